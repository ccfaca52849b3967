import { Sparkles } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ManagementSystem } from '../../../shared/schemas/integration';
import { api } from '../../api';
import type { CatalogItems } from '../../store/catalog';
import { saveEdit } from '../../store/records';
import { hsColumn, matchingReference } from './standards';
import { useReferencePrefix } from './useReferencePrefix';

interface CoverageSuggestionProps {
  system: ManagementSystem;
  catalog: CatalogItems;
  covered: ReadonlySet<string>;
}

/**
 * Offers to mark every requirement with a harmonized-structure match as covered by the system. A match
 * in clause numbering is only a presumption, so the consultant confirms it and reviews the marks after.
 */
export function CoverageSuggestion({ system, catalog, covered }: CoverageSuggestionProps) {
  const { t } = useTranslation();
  const prefix = useReferencePrefix();
  const [stage, setStage] = useState<'offer' | 'confirm' | { done: number; total: number }>('offer');
  const column = hsColumn(system.standard);
  if (!column) return null;
  const matches = catalog.filter((item) => item.hs[column] && !covered.has(item.id));
  if (matches.length === 0 && typeof stage === 'string') return null;
  const values = {
    count: matches.length,
    standard: t(`integration.standards.${system.standard}`),
    name: system.name,
  };

  const apply = async () => {
    const todo = [...matches];
    // One edit per requirement, so Ctrl+Z takes back a single mark rather than the whole batch.
    for (const [index, item] of todo.entries()) {
      setStage({ done: index, total: todo.length });
      const reference = matchingReference(item, system.standard, prefix(system.standard));
      const saved = await saveEdit((wb) =>
        api.coverage.set({
          wb,
          itemId: item.id,
          managementSystemId: system.id,
          reference,
          note: '',
          covered: true,
        }),
      );
      if (!saved) break;
    }
    setStage('offer');
  };

  return (
    <div className="integ-suggestion" role="region" aria-label={t('integration.suggestion.label')}>
      <Sparkles size={18} aria-hidden />
      {stage === 'offer' && (
        <>
          <p>{t('integration.suggestion.text', values)}</p>
          <button type="button" onClick={() => setStage('confirm')}>
            {t('integration.suggestion.review')}
          </button>
        </>
      )}
      {stage === 'confirm' && (
        <>
          <p>{t('integration.suggestion.confirm', values)}</p>
          <button type="button" className="primary" onClick={() => void apply()} autoFocus>
            {t('integration.suggestion.apply', values)}
          </button>
          <button type="button" onClick={() => setStage('offer')}>
            {t('integration.suggestion.cancel')}
          </button>
        </>
      )}
      {typeof stage === 'object' && (
        <p role="status">{t('integration.suggestion.running', { done: stage.done, count: stage.total })}</p>
      )}
    </div>
  );
}
