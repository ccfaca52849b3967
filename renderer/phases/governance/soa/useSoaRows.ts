import { useMemo } from 'react';
import type { Text } from '../../../../shared/catalog/types';
import { suggestSoa, type SoaSuggestion } from '../../../../shared/domain/soa';
import { soaCompleteness, type SoaCompleteness } from '../../../../shared/domain/soaCompleteness';
import type { SoaEntry } from '../../../../shared/schemas/governance';
import { useCatalog } from '../../../store/catalog';
import { useList } from '../../../store/records';
import { followsSuggestion } from './soaEdits';
import { soaInputFrom } from './soaInput';

/** What still keeps a control from being complete in the sense of ISO 42001 6.1.3. */
export type SoaIssue = 'undecided' | 'unjustified' | 'no-reason';

export interface SoaRow {
  controlId: string;
  /** The Annex A objective, 'A.2' … 'A.10'. */
  group: string;
  title: Text;
  entry: SoaEntry;
  suggestion: SoaSuggestion;
  follows: boolean;
  issue: SoaIssue | null;
}

function issueOf(entry: SoaEntry): SoaIssue | null {
  if (entry.applicable === null) return 'undecided';
  if (entry.applicable) return entry.inclusionReasons.length === 0 ? 'no-reason' : null;
  return entry.exclusionJustification.trim() === '' ? 'unjustified' : null;
}

/**
 * The 38 controls in annex order, each with the consultant's entry and the suggestion the shared rules
 * derive from phases 1–2 — the same rules the reports use, never a second copy here.
 */
export function useSoaRows(): { rows: SoaRow[]; completeness: SoaCompleteness } | null {
  const catalog = useCatalog();
  const entries = useList('soa');
  const risks = useList('risk');
  const systems = useList('aiSystem');
  const classifications = useList('classification');
  const assessments = useList('assessment');

  const suggestions = useMemo(() => {
    if (!risks || !systems || !classifications || !assessments) return null;
    const input = soaInputFrom({ risks, systems, classifications, assessments });
    return new Map(suggestSoa(input).map((s) => [s.controlId as string, s]));
  }, [risks, systems, classifications, assessments]);

  return useMemo(() => {
    if (!catalog || !entries || !suggestions) return null;
    const byControl = new Map(entries.map((e) => [e.controlId, e]));
    const rows = catalog.flatMap((item): SoaRow[] => {
      const entry = byControl.get(item.id);
      const suggestion = suggestions.get(item.id);
      if (item.kind !== 'control' || !entry || !suggestion) return [];
      return [
        {
          controlId: item.id,
          group: item.group,
          title: item.title,
          entry,
          suggestion,
          follows: followsSuggestion(entry, suggestion),
          issue: issueOf(entry),
        },
      ];
    });
    return { rows, completeness: soaCompleteness(entries) };
  }, [catalog, entries, suggestions]);
}
