import { describe, expect, it } from 'vitest';
import { VERDICTS } from '../../../shared/catalog/vocab/assessment';
import { priorityOfGap, priorityOfRisk } from '../../../shared/domain/actionPriority';

describe('the priority of a raised action', () => {
  it('follows the verdict of a gap: a major nonconformity is critical, anything not judged as a finding medium', () => {
    expect(Object.fromEntries(VERDICTS.map((v) => [v, priorityOfGap(v)]))).toMatchObject({
      'major-nc': 'critical',
      'minor-nc': 'high',
      observation: 'medium',
      ofi: 'low',
    });
    expect(priorityOfGap(undefined)).toBe('medium');
  });

  it('follows the inherent band of a risk', () => {
    expect(priorityOfRisk({ likelihood: 1, impact: 1 })).toBe('low');
    expect(priorityOfRisk({ likelihood: 5, impact: 5 })).toBe('critical');
  });
});
