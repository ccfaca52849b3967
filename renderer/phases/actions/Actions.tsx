import { CalendarRange, Plus, Table2 } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useList } from '../../store/records';
import { dateLocale } from '../../i18n/formats';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { ActionFilterBar } from './ActionFilterBar';
import { ActionForm } from './ActionForm';
import { ActionTable } from './ActionTable';
import { Roadmap } from './Roadmap';
import { useActionView, type ActionsViewMode } from './actionView';
import { filterActions, ownersOf } from './filterActions';
import { useCreateAction } from './useCreateAction';
import './actions.css';

const MODES = [
  { id: 'table', Icon: Table2 },
  { id: 'roadmap', Icon: CalendarRange },
] as const satisfies readonly { id: ActionsViewMode; Icon: unknown }[];

/** The action plan from gaps, risks and nonconformities: a table to work through and a roadmap to plan. */
export function Actions() {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const actions = useList('action');
  const { mode, setMode, filters, selectedId } = useActionView();
  const create = useCreateAction();
  const shown = useMemo(() => (actions ? filterActions(actions, filters) : []), [actions, filters]);
  const owners = useMemo(() => ownersOf(actions ?? [], dateLocale(lang)), [actions, lang]);
  const selected = actions?.find((a) => a.id === selectedId);
  if (!actions) return null;
  return (
    <section className="act-actions-phase" aria-labelledby="actions-title">
      <header className="kit-header">
        <h2 id="actions-title">{t('actions.title')}</h2>
        <p>{t('actions.intro')}</p>
        <div className="act-segmented" role="group" aria-label={t('actions.modes.label')}>
          {MODES.map(({ id, Icon }) => (
            <button
              key={id}
              type="button"
              className="kit-icon-button"
              aria-pressed={mode === id}
              onClick={() => setMode(id)}
            >
              <Icon size={16} aria-hidden /> {t(`actions.modes.${id}`)}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="primary kit-icon-button"
          onClick={() => void create()}
          aria-keyshortcuts="N"
          title={t('actions.newHint')}
        >
          <Plus size={16} aria-hidden /> {t('actions.new')}
        </button>
      </header>
      <ActionFilterBar owners={owners} shown={shown.length} total={actions.length} />
      <div className="act-actions-body" data-form-open={!!selected}>
        <div className="act-actions-main">
          {mode === 'table' ? (
            <ActionTable actions={shown} onCreate={() => void create()} compact={!!selected} />
          ) : (
            <Roadmap actions={shown} />
          )}
        </div>
        {selected && <ActionForm key={selected.id} action={selected} owners={owners} />}
      </div>
    </section>
  );
}
