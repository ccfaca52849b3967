import { describe, expect, it } from 'vitest';
import {
  ANNEX_A_CONTROL_IDS,
  CLAUSE_ITEM_IDS,
  isAnnexAControlId,
} from '../../../shared/domain/requirementIds';
import { BEST_PRACTICE_RULES, LEGAL_RULES, type ControlDuty } from '../../../shared/domain/soaRules';

const controls = (duties: readonly ControlDuty[]): string[] => duties.map((d) => d.controlId);

describe('LEGAL_RULES', () => {
  it('names the Annex A controls each AI Act duty calls for', () => {
    expect(controls(LEGAL_RULES['ai-act-prohibited'])).toEqual(['A.2.2', 'A.5.4', 'A.5.5', 'A.9.4']);
    expect(controls(LEGAL_RULES['ai-act-high-risk-provider'])).toEqual([
      'A.5.2',
      'A.5.3',
      'A.5.4',
      'A.5.5',
      'A.6.1.3',
      'A.6.2.2',
      'A.6.2.3',
      'A.6.2.4',
      'A.6.2.5',
      'A.6.2.6',
      'A.6.2.7',
      'A.6.2.8',
      'A.7.2',
      'A.7.3',
      'A.7.4',
      'A.7.5',
      'A.7.6',
      'A.8.2',
      'A.8.4',
      'A.8.5',
    ]);
    expect(controls(LEGAL_RULES['ai-act-high-risk-deployer'])).toEqual([
      'A.3.2',
      'A.6.2.6',
      'A.6.2.8',
      'A.7.4',
      'A.8.4',
      'A.8.5',
      'A.9.2',
      'A.9.4',
    ]);
    expect(controls(LEGAL_RULES['ai-act-high-risk-supply-chain'])).toEqual(['A.10.2', 'A.10.3']);
    expect(controls(LEGAL_RULES['ai-act-fria'])).toEqual(['A.5.2', 'A.5.3', 'A.5.4', 'A.5.5']);
    expect(controls(LEGAL_RULES['ai-act-transparency'])).toEqual(['A.8.2', 'A.8.5']);
    expect(controls(LEGAL_RULES['ai-act-gpai'])).toEqual(['A.6.2.7', 'A.7.3', 'A.7.5', 'A.8.2', 'A.10.4']);
    expect(controls(LEGAL_RULES['ai-act-literacy'])).toEqual(['A.4.6']);
  });

  it('backs each duty with AI Act articles', () => {
    expect(LEGAL_RULES['ai-act-fria'].every((d) => d.refs.join() === 'Art. 27')).toBe(true);
    expect(LEGAL_RULES['ai-act-high-risk-provider'].filter((d) => d.controlId.startsWith('A.7.'))).toEqual(
      expect.arrayContaining([expect.objectContaining({ controlId: 'A.7.2', refs: ['Art. 10'] })]),
    );
    for (const duties of Object.values(LEGAL_RULES)) {
      for (const d of duties) {
        expect(d.refs.length).toBeGreaterThan(0);
        for (const ref of d.refs) expect(ref).toMatch(/^Art\. \d+/);
      }
    }
  });

  it('names each control at most once per rule', () => {
    for (const duties of Object.values(LEGAL_RULES)) {
      expect(new Set(controls(duties)).size).toBe(duties.length);
    }
  });
});

describe('BEST_PRACTICE_RULES', () => {
  it('names the controls and the clause each supports', () => {
    const table = Object.fromEntries(
      Object.entries(BEST_PRACTICE_RULES).map(([id, duties]) => [
        id,
        duties.map((d) => `${d.controlId}→${d.refs.join()}`),
      ]),
    );
    expect(table).toEqual({
      'governance-core': ['A.2.2→5.2', 'A.2.3→5.2', 'A.2.4→5.2', 'A.3.2→5.3', 'A.3.3→5.3'],
      'impact-assessment-core': ['A.5.2→6.1.4', 'A.5.3→8.4'],
      'deployer-use': ['A.9.2→8.1', 'A.9.3→6.2', 'A.9.4→8.1'],
      'provider-development': ['A.6.1.2→6.2', 'A.6.1.3→8.1'],
    });
  });

  it('refers only to assessable clauses', () => {
    const clauses: readonly string[] = CLAUSE_ITEM_IDS;
    for (const duties of Object.values(BEST_PRACTICE_RULES)) {
      for (const d of duties) for (const ref of d.refs) expect(clauses).toContain(ref);
    }
  });
});

describe('every rule', () => {
  it('points at real Annex A controls with a topic in German and English', () => {
    const all = [...Object.values(LEGAL_RULES), ...Object.values(BEST_PRACTICE_RULES)].flat();
    expect(all.length).toBeGreaterThan(0);
    for (const d of all) {
      expect(isAnnexAControlId(d.controlId)).toBe(true);
      expect(d.topic.de.trim()).not.toBe('');
      expect(d.topic.en.trim()).not.toBe('');
    }
  });

  it('together can reach most controls, but not those only risks or contracts justify', () => {
    const reachable = new Set(
      [...Object.values(LEGAL_RULES), ...Object.values(BEST_PRACTICE_RULES)].flat().map((d) => d.controlId),
    );
    expect(ANNEX_A_CONTROL_IDS.filter((id) => !reachable.has(id))).toEqual([
      'A.4.2',
      'A.4.3',
      'A.4.4',
      'A.4.5',
      'A.8.3',
    ]);
  });
});
