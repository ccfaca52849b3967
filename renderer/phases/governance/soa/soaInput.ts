import type { LegalDutyInput, SoaInput } from '../../../../shared/domain/soa';
import type { Assessment } from '../../../../shared/schemas/assessment';
import type { AiSystem, Classification, Risk } from '../../../../shared/schemas/risk';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/**
 * The AI Act position of one AI system, read from its recorded classification. An unclassified or
 * incomplete system still counts with its operator role (tier null): the role alone brings Art. 4.
 */
function dutiesOf(system: AiSystem, classification: Classification | undefined): LegalDutyInput[] {
  const result = classification?.complete ? classification.result : {};
  const duty: LegalDutyInput = {
    sourceId: system.id,
    name: system.name,
    tier: classification?.tier ?? null,
    role: system.operatorRole,
    friaRequired: isRecord(result.fria) && result.fria.required === true,
    gpaiModelProvider:
      isRecord(result.gpai) && result.gpai.isGpai === true && system.operatorRole === 'provider',
  };
  // Art. 25(1): a deployer who rebrands or substantially modifies a high-risk system becomes its provider.
  const becameProvider = isRecord(result.role) && result.role.becameProvider === true;
  return becameProvider ? [duty, { ...duty, role: 'provider' }] : [duty];
}

/** What phases 1 and 2 recorded, in the shape the SoA suggestion rules (shared/domain/soa) read. */
export function soaInputFrom(records: {
  risks: readonly Risk[];
  systems: readonly AiSystem[];
  classifications: readonly Classification[];
  assessments: readonly Assessment[];
}): SoaInput {
  const bySystem = new Map(records.classifications.map((c) => [c.aiSystemId, c]));
  return {
    risks: records.risks,
    legalDuties: records.systems.flatMap((system) => dutiesOf(system, bySystem.get(system.id))),
    assessments: records.assessments,
  };
}
