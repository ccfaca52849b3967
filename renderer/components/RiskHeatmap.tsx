import { useTranslation } from 'react-i18next';
import { IMPACT_LABELS, LIKELIHOOD_LABELS } from '../../shared/catalog/vocab/risk';
import type { Heatmap } from '../../shared/domain/risk';
import { useUiLanguage } from '../i18n/useUiLanguage';
import './heatmap.css';

/**
 * The 5×5 matrix, likelihood up, impact right, each cell a button with its count so it can be reached
 * and announced by keyboard; `onSelect` receives the cell's ratings.
 */
export function RiskHeatmap({
  map,
  title,
  onSelect,
  selected,
}: {
  map: Heatmap;
  title: string;
  onSelect?: (cell: { likelihood: number; impact: number }) => void;
  selected?: { likelihood: number; impact: number } | null;
}) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  return (
    <table className="heatmap" aria-label={title}>
      <tbody>
        {map.likelihoods.map((likelihood, row) => (
          <tr key={likelihood}>
            <th scope="row">{LIKELIHOOD_LABELS[likelihood].label[lang]}</th>
            {map.impacts.map((impact, column) => {
              const count = map.counts[row]![column]!;
              const isSelected = selected?.likelihood === likelihood && selected.impact === impact;
              return (
                <td key={impact} data-band={map.bands[row]![column]}>
                  <button
                    type="button"
                    aria-pressed={isSelected}
                    aria-label={t('heatmap.cell', { count, likelihood, impact })}
                    onClick={() => onSelect?.({ likelihood, impact })}
                    disabled={!onSelect}
                  >
                    {count > 0 ? count : ''}
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td />
          {map.impacts.map((impact) => (
            <th key={impact} scope="col">
              <span>{IMPACT_LABELS[impact].label[lang]}</span>
            </th>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}
