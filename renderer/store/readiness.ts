import { useMemo } from 'react';
import type { Readiness } from '../../shared/domain/readiness';
import { readinessOf } from '../../shared/domain/workbookFigures';
import { useCatalog } from './catalog';
import { useList } from './records';

/** Stage 1 / Stage 2 readiness of the open workbook, as the reports compute it; null while loading. */
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
    return readinessOf({
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
