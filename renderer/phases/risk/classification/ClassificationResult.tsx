import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { AI_ACT_REGIMES, type AiActRegimeId } from '../../../../shared/catalog/aiact';
import type { ClassificationQuestionId } from '../../../../shared/domain/classification';
import type { Classification } from '../../../../shared/schemas/risk';
import { TextField } from '../../../components/form/TextField';
import { useUiLanguage } from '../../../i18n/useUiLanguage';
import { InScopeResult } from './InScopeResult';
import { Rationale } from './Rationale';
import { storedResult } from './storedResult';

interface ResultProps {
  record: Classification | undefined;
  regime: AiActRegimeId;
  /** An answer is on its way to main; the result shown is the one before it. */
  saving: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onJump(question: ClassificationQuestionId): void;
  onNote(note: string): void;
}

/** The classification as recorded: tier, what it rests on, the role's obligations and the reasoning. */
export function ClassificationResult({ record, regime, saving, headingRef, onJump, onNote }: ResultProps) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const result = storedResult(record);

  let body;
  if (!result) {
    body = <p className="muted">{t('risk.result.notStarted')}</p>;
  } else if (result.status === 'incomplete') {
    body = (
      <>
        <div className="tier-banner" data-tier="incomplete">
          <strong>{t('risk.tiers.incomplete')}</strong>
          <span>{t('risk.result.missing', { count: result.missing.length })}</span>
        </div>
        <ul className="missing">
          {result.missing.map((q) => (
            <li key={q}>
              <button type="button" className="link" onClick={() => onJump(q)}>
                {t(`risk.questions.${q}.title`)}
              </button>
            </li>
          ))}
        </ul>
        <Rationale steps={result.rationale} />
      </>
    );
  } else if (result.tier === null) {
    body = (
      <>
        <div className="tier-banner" data-tier="out-of-scope">
          <strong>{t('risk.tiers.out-of-scope')}</strong>
        </div>
        <p>{result.outOfScope.text[lang]}</p>
        <Rationale steps={result.rationale} />
      </>
    );
  } else {
    body = <InScopeResult result={result} />;
  }

  return (
    <section className="card result-card" aria-labelledby="result-title" aria-busy={saving}>
      <h3 id="result-title" ref={headingRef} tabIndex={-1}>
        {t('risk.result.title')}
      </h3>
      <p className="muted regime-line">
        {t('risk.result.regime', { regime: AI_ACT_REGIMES[result?.regime ?? regime].label[lang] })}
      </p>
      {result && result.regime !== regime && (
        <p className="notice">
          {t('risk.result.otherRegime', { regime: AI_ACT_REGIMES[regime].label[lang] })}
        </p>
      )}
      {body}
      <TextField
        label={t('risk.result.note')}
        value={record?.rationaleNote ?? ''}
        multiline
        onSave={onNote}
      />
    </section>
  );
}
