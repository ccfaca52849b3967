import { useMemo } from 'react';
import type { AiSystem, Classification } from '../../../shared/schemas/risk';
import { useList } from '../../store/records';
import { useRiskUi } from './riskUi';

/**
 * The AI systems and the one the tabs work on: the chosen one while it exists, else the first, so a
 * deleted or foreign id never leaves a tab empty.
 */
export function useSelectedSystem(): { systems: AiSystem[] | undefined; system: AiSystem | null } {
  const systems = useList('aiSystem');
  const systemId = useRiskUi((s) => s.systemId);
  const system = systems?.find((s) => s.id === systemId) ?? systems?.[0] ?? null;
  return { systems, system };
}

/** The recorded classification of each AI system, by system id. */
export function useClassifications(): Map<string, Classification> {
  const classifications = useList('classification');
  return useMemo(() => new Map((classifications ?? []).map((c) => [c.aiSystemId, c])), [classifications]);
}
