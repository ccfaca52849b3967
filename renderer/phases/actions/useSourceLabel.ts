import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../../shared/schemas/action';
import { useList } from '../../store/records';

/** "Gap 4.3", "Risk R-004", "NC NC-002": where an action came from, with the source's own reference. */
export function useSourceLabel(): (action: Action) => string {
  const { t } = useTranslation();
  const risks = useList('risk');
  const nonconformities = useList('nonconformity');
  return useMemo(() => {
    const riskRefs = new Map(risks?.map((r) => [r.id, r.ref]));
    const ncRefs = new Map(nonconformities?.map((nc) => [nc.id, nc.ref]));
    return (action: Action) => {
      const kind = t(`actions.sources.${action.sourceKind}`);
      const id = action.sourceId;
      if (!id) return kind;
      const ref =
        action.sourceKind === 'risk'
          ? riskRefs.get(id)
          : action.sourceKind === 'nonconformity'
            ? ncRefs.get(id)
            : id;
      return ref ? `${kind} ${ref}` : kind;
    };
  }, [t, risks, nonconformities]);
}
