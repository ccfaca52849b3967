import { AlertTriangle, Trash2 } from 'lucide-react';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RaciActivity, RaciCell, Role } from '../../../../shared/schemas/governance';
import { api } from '../../../api';
import { saveEdit } from '../../../store/records';
import { AddForm } from '../../../components/form/AddForm';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { DraftInput } from '../../../components/form/DraftInput';
import { accountability, cellKey, nextRaciValue, raciValueForKey, setRaciCell, type RaciValue } from './raci';

interface Props {
  roles: Role[];
  activities: RaciActivity[];
  cells: readonly RaciCell[];
}

/**
 * The RACI matrix, activities × roles. A matrix of one-letter cells is a grid widget rather than a
 * data table, so it follows the ARIA grid pattern: one tab stop, arrows move, R A C I set a cell,
 * Delete clears it, Enter/Space or a click cycles it.
 */
export function RaciGrid({ roles, activities, cells }: Props) {
  const { t } = useTranslation();
  const grid = useRef<HTMLTableElement>(null);
  const [active, setActive] = useState({ row: 0, col: 0 });
  const values = useMemo(
    () => new Map(cells.map((c) => [cellKey(c.activityId, c.roleId), c.value])),
    [cells],
  );
  const roleIds = roles.map((r) => r.id);
  const row = Math.min(active.row, activities.length - 1);
  const col = Math.min(active.col, roles.length - 1);
  const issues = activities.filter((a) => accountability(values, a.id, roleIds) !== 'ok').length;

  const moveTo = (r: number, c: number) => {
    const next = {
      row: Math.max(0, Math.min(r, activities.length - 1)),
      col: Math.max(0, Math.min(c, roles.length - 1)),
    };
    setActive(next);
    grid.current?.querySelector<HTMLElement>(`[data-cell="${next.row}-${next.col}"]`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent, r: number, c: number, current: RaciValue | null) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const activityId = activities[r]!.id;
    const roleId = roles[c]!.id;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [r - 1, c],
      ArrowDown: [r + 1, c],
      ArrowLeft: [r, c - 1],
      ArrowRight: [r, c + 1],
      Home: [r, 0],
      End: [r, roles.length - 1],
    };
    const move = moves[event.key];
    const value = raciValueForKey(event.key);
    if (move) moveTo(...move);
    else if (event.key === 'Enter' || event.key === ' ')
      setRaciCell(activityId, roleId, nextRaciValue(current));
    else if (value !== undefined) setRaciCell(activityId, roleId, value);
    else return;
    event.preventDefault();
  };

  const valueLabel = (value: RaciValue | null) => t(`governance.raci.values.${value ?? 'none'}`);

  return (
    <section className="card" aria-labelledby="gov-raci-title">
      <h3 id="gov-raci-title">{t('governance.raci.title')}</h3>
      <p className="hint">{t('governance.raci.keys')}</p>
      <ul className="raci-legend" aria-label={t('governance.raci.legend')}>
        {(['R', 'A', 'C', 'I'] as const).map((v) => (
          <li key={v}>
            <span className={`raci-value raci-${v}`}>{v}</span> {valueLabel(v)}
          </li>
        ))}
      </ul>
      {roles.length === 0 ? (
        <p className="empty">{t('governance.raci.noRoles')}</p>
      ) : activities.length === 0 ? (
        <p className="empty">{t('governance.raci.noActivities')}</p>
      ) : (
        <div className="table-scroll">
          <table ref={grid} role="grid" className="raci-grid" aria-labelledby="gov-raci-title">
            <thead>
              <tr>
                <th scope="col" className="raci-activity">
                  {t('governance.raci.activity')}
                </th>
                {roles.map((role) => (
                  <th key={role.id} scope="col" className="raci-role">
                    <span>{role.name}</span>
                    {role.holder && <small>{role.holder}</small>}
                  </th>
                ))}
                <th scope="col" className="raci-check">
                  {t('governance.raci.check')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('governance.common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {activities.map((activity, r) => {
                const state = accountability(values, activity.id, roleIds);
                return (
                  <tr key={activity.id}>
                    <th scope="row" className="raci-activity">
                      <div className="activity-head">
                        <DraftInput
                          value={activity.name}
                          required
                          aria-label={t('governance.raci.activityName', { name: activity.name })}
                          onSave={(name) =>
                            void saveEdit((wb) =>
                              api.raciActivity.update({ wb, id: activity.id, patch: { name } }),
                            )
                          }
                        />
                        {activity.itemId && <span className="item-badge">{activity.itemId}</span>}
                      </div>
                    </th>
                    {roles.map((role, c) => {
                      const value = values.get(cellKey(activity.id, role.id)) ?? null;
                      return (
                        <td
                          key={role.id}
                          role="gridcell"
                          data-cell={`${r}-${c}`}
                          tabIndex={r === row && c === col ? 0 : -1}
                          aria-label={t('governance.raci.cell', {
                            activity: activity.name,
                            role: role.name,
                            value: valueLabel(value),
                          })}
                          aria-keyshortcuts="R A C I Delete Enter"
                          className={`raci-cell${value ? ` raci-${value}` : ''}`}
                          onFocus={() => setActive({ row: r, col: c })}
                          onClick={() => setRaciCell(activity.id, role.id, nextRaciValue(value))}
                          onKeyDown={(event) => onKeyDown(event, r, c, value)}
                        >
                          {value ?? <span aria-hidden="true">–</span>}
                        </td>
                      );
                    })}
                    <td className="raci-check">
                      {state !== 'ok' && (
                        <span className="warning">
                          <AlertTriangle size={16} aria-hidden="true" />
                          {t(`governance.raci.${state}`)}
                        </span>
                      )}
                    </td>
                    <td>
                      <ConfirmButton
                        label={t('governance.common.delete', { name: activity.name })}
                        confirmLabel={t('governance.common.confirmDelete')}
                        onConfirm={() =>
                          void saveEdit((wb) => api.raciActivity.delete({ wb, id: activity.id }))
                        }
                      >
                        <Trash2 size={16} aria-hidden />
                      </ConfirmButton>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {issues > 0 && (
        <p className="warning" role="note">
          <AlertTriangle size={16} aria-hidden="true" />
          {t('governance.raci.issues', { count: issues })}
        </p>
      )}
      <AddForm
        label={t('governance.raci.newActivity')}
        button={t('governance.common.add')}
        onAdd={(name) => saveEdit((wb) => api.raciActivity.create({ wb, data: { name } }))}
      />
    </section>
  );
}
