import { describe, expect, it } from 'vitest';
import { LEGAL_RULES, BEST_PRACTICE_RULES } from '../../../shared/domain/soaRules';
import {
  coreText,
  legalText,
  noteFor,
  riskText,
  roleBestPracticeText,
  ROLE_TEXT,
  TIER_TEXT,
} from '../../../shared/domain/soaTexts';

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('rule table changed');
  return value;
}
const A_3_2_DEPLOYER = must(LEGAL_RULES['ai-act-high-risk-deployer'].find((d) => d.controlId === 'A.3.2'));
const A_9_3_DEPLOYER = must(BEST_PRACTICE_RULES['deployer-use'].find((d) => d.controlId === 'A.9.3'));
const A_5_2_CORE = must(BEST_PRACTICE_RULES['impact-assessment-core'].find((d) => d.controlId === 'A.5.2'));

describe('riskText', () => {
  it('names the risk, its inherent and residual band and its treatment', () => {
    const text = riskText({
      id: 'r1',
      ref: 'R-04',
      title: 'Biased ranking',
      treatment: 'modify',
      likelihood: 4,
      impact: 5,
      residualLikelihood: 2,
      residualImpact: 2,
      controlIds: [],
    });
    expect(text).toEqual({
      de: 'Risiko R-04 (inhärent: Kritisch; Restrisiko: Niedrig) wird durch Risikominderung behandelt und stützt sich auf diese Maßnahme.',
      en: 'Risk R-04 (inherent: critical; residual: low) is treated by risk modification and relies on this control.',
    });
  });

  it('falls back to the title, then the id, and leaves out a half-rated residual', () => {
    const base = { id: 'r9', treatment: 'share' as const, likelihood: 1, impact: 5, controlIds: [] };
    expect(riskText({ ...base, title: 'Vendor lock-in', residualLikelihood: 1 }).en).toBe(
      'Risk Vendor lock-in (inherent: medium) is treated by risk sharing and relies on this control.',
    );
    expect(riskText({ ...base, ref: '', title: '' }).de).toBe(
      'Risiko r9 (inhärent: Mittel) wird durch Risikoteilung behandelt und stützt sich auf diese Maßnahme.',
    );
  });
});

describe('legalText', () => {
  it('states system, tier, role, articles and topic', () => {
    const text = legalText(
      { sourceId: 'sys-1', name: 'HR-Screen', tier: 'high-risk', role: 'deployer' },
      A_3_2_DEPLOYER,
    );
    expect(text).toEqual({
      de: 'KI-System „HR-Screen“ (Hochrisiko, Betreiber): Art. 26(2) KI-VO – menschliche Aufsicht kompetenten Personen zuweisen.',
      en: 'AI system “HR-Screen” (high-risk, deployer): AI Act Art. 26(2) – human oversight assigned to competent persons.',
    });
  });

  it('says "not yet classified" while the tier is open and uses the id without a name', () => {
    const text = legalText({ sourceId: 'sys-7', tier: null, role: 'provider' }, A_3_2_DEPLOYER);
    expect(text.en).toMatch(/^AI system “sys-7” \(not yet classified, provider\): /);
    expect(text.de).toMatch(/^KI-System „sys-7“ \(Einstufung offen, Anbieter\): /);
  });
});

describe('best-practice texts', () => {
  it('roleBestPracticeText names the role, the system, the topic and the supported clause', () => {
    expect(
      roleBestPracticeText(
        { sourceId: 's', name: 'Chatbot', tier: 'minimal', role: 'deployer' },
        A_9_3_DEPLOYER,
      ),
    ).toEqual({
      de: 'Bewährte Praxis als Betreiber von KI-System „Chatbot“: Ziele für verantwortungsvolle Nutzung (stützt Abschnitt 6.2).',
      en: 'Good practice as deployer of AI system “Chatbot”: objectives for responsible use (supports clause 6.2).',
    });
  });

  it('coreText applies to every AI management system', () => {
    expect(coreText(A_5_2_CORE).en).toBe(
      'Good practice for every AI management system: AI system impact assessment process (supports clause 6.1.4).',
    );
  });
});

describe('noteFor', () => {
  it('flags a binding reason that conflicts with a not-applicable verdict', () => {
    expect(noteFor(true, true, true)?.en).toBe(
      'Marked not applicable in the gap analysis, yet backed by a risk, a law or a contract – review the verdict.',
    );
  });

  it('has nothing to say about an applicable control without conflict', () => {
    expect(noteFor(true, true, false)).toBeNull();
    expect(noteFor(true, false, false)).toBeNull();
  });

  it('asks to justify an exclusion, distinguishing a not-applicable verdict from a lack of reasons', () => {
    expect(noteFor(false, false, true)?.de).toBe(
      'In der Gap-Analyse als nicht anwendbar bewertet; Begründung des Ausschlusses in der SoA festhalten.',
    );
    expect(noteFor(false, false, false)?.en).toBe(
      'No risk, legal or contractual requirement points to this control; justify its exclusion or consider including it.',
    );
  });
});

describe('tier and role texts', () => {
  it('exist in German and English for every tier and role', () => {
    for (const text of [...Object.values(TIER_TEXT), ...Object.values(ROLE_TEXT)]) {
      expect(text.de.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
    }
    expect(Object.keys(ROLE_TEXT)).toHaveLength(6);
    expect(Object.keys(TIER_TEXT)).toEqual(['prohibited', 'high-risk', 'transparency', 'minimal']);
  });
});
