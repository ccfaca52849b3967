import { useTranslation } from 'react-i18next';
import type { Coverage, ManagementSystem } from '../../../shared/schemas/integration';
import { api } from '../../api';
import type { CatalogItems } from '../../store/catalog';
import { saveEdit } from '../../store/records';
import { TextField } from '../../components/form/TextField';
import { usePending } from '../../components/form/usePending';
import { CatalogItemLink } from './CatalogItemLink';
import { HS_COLUMNS, hsColumn } from './standards';

interface CrosswalkRowProps {
  item: CatalogItems[number];
  system: ManagementSystem;
  coverage: Coverage | undefined;
  /** Names of the other systems that cover this requirement. */
  others: readonly string[];
  /** The reference a new mark starts with: the system's matching clause. */
  suggestedReference: string;
}

/** One requirement against the harmonized-structure standards, with the "covered by" mark for one system. */
export function CrosswalkRow({ item, system, coverage, others, suggestedReference }: CrosswalkRowProps) {
  const { t } = useTranslation();
  const active = hsColumn(system.standard);
  const [ticked, setTicked] = usePending(!!coverage);
  const set = (change: { covered: boolean; reference?: string; note?: string }) =>
    saveEdit((wb) =>
      api.coverage.set({
        wb,
        itemId: item.id,
        managementSystemId: system.id,
        reference: change.reference ?? coverage?.reference ?? suggestedReference,
        note: change.note ?? coverage?.note ?? '',
        covered: change.covered,
      }),
    );
  return (
    <tr data-item={item.id} data-covered={!!coverage}>
      <td>
        <CatalogItemLink item={item} />
        {others.length > 0 && (
          <div className="integ-others">
            {t('integration.crosswalk.others')}:{' '}
            {others.map((name) => (
              <span key={name} className="kit-chip">
                {name}
              </span>
            ))}
          </div>
        )}
      </td>
      {HS_COLUMNS.map((column) => (
        <td key={column} className="integ-clause" data-active={column === active}>
          {item.hs[column] ?? '–'}
        </td>
      ))}
      <td className="integ-clause" data-active={system.standard === 'gdpr'}>
        {item.gdprArticles.join(', ') || '–'}
      </td>
      <td className="integ-covered">
        <input
          type="checkbox"
          checked={ticked}
          aria-label={t('integration.crosswalk.coveredFor', { id: item.id, name: system.name })}
          onChange={(e) => {
            setTicked(e.target.checked);
            void set({ covered: e.target.checked });
          }}
        />
      </td>
      <td className="integ-coverage-fields">
        {coverage && (
          <>
            <TextField
              label={t('integration.crosswalk.referenceFor', { id: item.id })}
              hideLabel
              placeholder={t('integration.crosswalk.reference')}
              value={coverage.reference}
              onSave={(reference) => set({ covered: true, reference })}
            />
            <TextField
              label={t('integration.crosswalk.noteFor', { id: item.id })}
              hideLabel
              placeholder={t('integration.crosswalk.note')}
              value={coverage.note}
              onSave={(note) => set({ covered: true, note })}
            />
          </>
        )}
      </td>
    </tr>
  );
}
