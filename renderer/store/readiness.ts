import { useMemo } from 'react';
import { assessReadiness, type Readiness } from '../../shared/domain/readiness';
import { useCatalog } from './catalog';
import { useList } from './records';

/** Stage 1 / Stage 2 readiness of the open workbook, from the shared rules; null while loading. */
export function useReadiness(): Readiness | null {
  const catalog = useCatalog();
  const assessments = useList('assessment');
  const documents = useList('document');
  const soa = useList('soa');
  const aiSystems = useList('aiSystem');
  const classifications = useList('classification');
  const impactAssessments = useList('impact');
  const risks = useList('risk');
  const audits = useList('audit');
  const reviews = useList('review');
  const nonconformities = useList('nonconformity');
  const objectives = useList('objective');
  return useMemo(() => {
    if (!catalog || !assessments || !documents || !soa || !aiSystems || !classifications) return null;
    if (!impactAssessments || !risks || !audits || !reviews || !nonconformities || !objectives) return null;
    const kinds = new Map(catalog.map((item) => [item.id, item.kind]));
    return assessReadiness({
      assessments: assessments.map((a) => ({
        itemId: a.itemId,
        kind: kinds.get(a.itemId) ?? 'clause',
        verdict: a.verdict,
      })),
      documents,
      soa,
      aiSystems,
      classifications,
      impactAssessments,
      riskCount: risks.length,
      audits,
      reviews,
      nonconformities,
      objectives,
    });
  }, [
    catalog,
    assessments,
    documents,
    soa,
    aiSystems,
    classifications,
    impactAssessments,
    risks,
    audits,
    reviews,
    nonconformities,
    objectives,
  ]);
}
