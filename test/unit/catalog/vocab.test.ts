import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { OPERATOR_ROLE_IDS, OPERATOR_ROLES } from '../../../shared/catalog/aiact';
import {
  ACTION_STATUSES,
  AI_OBJECTIVES,
  AI_RISK_SOURCES,
  DOCUMENT_STATUSES,
  IMPACT_LEVELS,
  IMPLEMENTATION_STATUSES,
  INCLUSION_REASONS,
  LIFECYCLE_STAGES,
  LIKELIHOOD_LEVELS,
  MATURITY_LEVELS,
  NC_SEVERITIES,
  NC_STATUSES,
  PRIORITIES,
  RISK_BANDS,
  RISK_STATUSES,
  TREATMENTS,
  VERDICTS,
  VOCABULARIES,
  type VocabularyName,
} from '../../../shared/catalog/scales';
import { LANGS } from '../../../shared/catalog/types';
import {
  ActionStatusSchema,
  DocumentStatusSchema,
  ImplementationStatusSchema,
  InclusionReasonSchema,
  LevelSchema,
  LifecycleStageSchema,
  MaturitySchema,
  NcSeveritySchema,
  NcStatusSchema,
  OperatorRoleSchema,
  PrioritySchema,
  RiskStatusSchema,
  TreatmentSchema,
  VerdictSchema,
} from '../../../shared/schemas/enums';

const NAMES = Object.keys(VOCABULARIES) as VocabularyName[];
const idsOf = (name: VocabularyName): string[] => Object.keys(VOCABULARIES[name]);

/** The id list behind each vocabulary, as exported next to it. */
const ID_LISTS: Record<VocabularyName, readonly (string | number)[]> = {
  maturity: MATURITY_LEVELS,
  verdict: VERDICTS,
  likelihood: LIKELIHOOD_LEVELS,
  impact: IMPACT_LEVELS,
  riskBand: RISK_BANDS,
  treatment: TREATMENTS,
  riskStatus: RISK_STATUSES,
  aiRiskSource: AI_RISK_SOURCES,
  aiObjective: AI_OBJECTIVES,
  lifecycleStage: LIFECYCLE_STAGES,
  implementationStatus: IMPLEMENTATION_STATUSES,
  inclusionReason: INCLUSION_REASONS,
  actionStatus: ACTION_STATUSES,
  priority: PRIORITIES,
  documentStatus: DOCUMENT_STATUSES,
  ncSeverity: NC_SEVERITIES,
  ncStatus: NC_STATUSES,
};

/** Stored ids (zod enums of the workbook) and the vocabulary that labels them. */
const STORED: [VocabularyName, z.ZodEnum][] = [
  ['verdict', VerdictSchema],
  ['treatment', TreatmentSchema],
  ['riskStatus', RiskStatusSchema],
  ['lifecycleStage', LifecycleStageSchema],
  ['inclusionReason', InclusionReasonSchema],
  ['implementationStatus', ImplementationStatusSchema],
  ['actionStatus', ActionStatusSchema],
  ['priority', PrioritySchema],
  ['documentStatus', DocumentStatusSchema],
  ['ncSeverity', NcSeveritySchema],
  ['ncStatus', NcStatusSchema],
];

describe('every vocabulary', () => {
  it.each(NAMES)('%s labels exactly the ids of its id list, in order', (name) => {
    expect(idsOf(name)).toEqual(ID_LISTS[name].map(String));
    expect(idsOf(name).length).toBeGreaterThan(0);
  });

  it.each(NAMES)('%s has a non-empty German and English label, and description where given', (name) => {
    for (const [id, entry] of Object.entries(VOCABULARIES[name])) {
      for (const lang of LANGS) {
        expect(entry.label[lang].trim(), `${name}.${id}.label.${lang}`).not.toBe('');
        if (entry.description) {
          expect(entry.description[lang].trim(), `${name}.${id}.description.${lang}`).not.toBe('');
        }
      }
    }
  });

  it('describes every id of every vocabulary except the plain status lists', () => {
    const undescribed = NAMES.flatMap((name) =>
      Object.entries(VOCABULARIES[name])
        .filter(([, entry]) => entry.description === undefined)
        .map(([id]) => `${name}.${id}`),
    );
    expect(undescribed).toEqual([
      'riskStatus.open',
      'riskStatus.in-treatment',
      'riskStatus.accepted',
      'riskStatus.closed',
      'actionStatus.open',
      'actionStatus.in-progress',
      'actionStatus.done',
    ]);
  });

  it('gives distinct labels within a vocabulary', () => {
    for (const name of NAMES) {
      for (const lang of LANGS) {
        const labels = Object.values(VOCABULARIES[name]).map((e) => e.label[lang]);
        expect(new Set(labels).size, `${name} ${lang}`).toBe(labels.length);
      }
    }
  });
});

describe('scales', () => {
  it('maturity runs 0–5 with 6 levels, and MaturitySchema accepts exactly those', () => {
    expect(idsOf('maturity')).toEqual(['0', '1', '2', '3', '4', '5']);
    const accepted = [-1, 0, 1, 2, 3, 4, 5, 6, 2.5].filter((n) => MaturitySchema.safeParse(n).success);
    expect(accepted).toEqual([...MATURITY_LEVELS]);
  });

  it('likelihood and impact run 1–5, and LevelSchema accepts exactly those', () => {
    expect(idsOf('likelihood')).toEqual(['1', '2', '3', '4', '5']);
    expect(idsOf('impact')).toEqual(['1', '2', '3', '4', '5']);
    const accepted = [0, 1, 2, 3, 4, 5, 6, 1.5].filter((n) => LevelSchema.safeParse(n).success);
    expect(accepted).toEqual([...LIKELIHOOD_LEVELS]);
  });

  it('verdicts are the seven finding grades', () => {
    expect(idsOf('verdict')).toEqual([
      'conform',
      'minor-nc',
      'major-nc',
      'observation',
      'ofi',
      'not-applicable',
      'not-assessed',
    ]);
  });

  it('risk bands run low → critical', () => {
    expect(idsOf('riskBand')).toEqual(['low', 'medium', 'high', 'critical']);
  });
});

describe('stored ids and labelled ids', () => {
  it.each(STORED)('%s: the schema enum equals the vocabulary ids', (name, schema) => {
    expect(schema.options).toEqual(idsOf(name));
  });

  it('operator roles: the schema enum equals the AI Act role catalogue', () => {
    expect(OperatorRoleSchema.options).toEqual([...OPERATOR_ROLE_IDS]);
    expect(OPERATOR_ROLES.map((r) => r.id)).toEqual([...OPERATOR_ROLE_IDS]);
    for (const role of OPERATOR_ROLES) {
      for (const lang of LANGS) {
        expect(role.name[lang].trim()).not.toBe('');
        expect(role.definition[lang].trim()).not.toBe('');
      }
    }
  });
});

describe('Annex C (fact sheet §4)', () => {
  it('has the 7 risk sources of C.3', () => {
    expect(Object.values(VOCABULARIES.aiRiskSource).map((e) => e.label.en)).toEqual([
      'Complexity of environment',
      'Lack of transparency and explainability',
      'Level of automation',
      'Risk sources related to machine learning',
      'System hardware issues',
      'System life cycle issues',
      'Technology readiness',
    ]);
  });

  it('has the 11 objectives of C.2', () => {
    expect(Object.values(VOCABULARIES.aiObjective).map((e) => e.label.en)).toEqual([
      'Accountability',
      'AI expertise',
      'Availability and quality of training and test data',
      'Environmental impact',
      'Fairness',
      'Maintainability',
      'Privacy',
      'Robustness',
      'Safety',
      'Security',
      'Transparency and explainability',
    ]);
  });
});
