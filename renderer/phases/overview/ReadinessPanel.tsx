import { useTranslation } from 'react-i18next';
import type { Readiness, ReadinessStage } from '../../../shared/domain/readiness';
import { RuleStatus } from '../../components/RuleStatus';
import { useUiLanguage } from '../../i18n/useUiLanguage';

/** Stage 1 and Stage 2 verdicts, each rule with why it matters and what is missing. */
export function ReadinessPanel({ readiness }: { readiness: Readiness }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const stage = (id: ReadinessStage) => {
    const tally = readiness[id];
    return (
      <section key={id} className="readiness-stage" aria-labelledby={`readiness-${id}`}>
        <h3 id={`readiness-${id}`}>
          {t(`overview.${id}`)}{' '}
          <span className="verdict-badge" data-ready={tally.ready}>
            {tally.ready
              ? t('overview.ready')
              : t('overview.notReady', { met: tally.met, total: tally.total })}
          </span>
        </h3>
        <ul className="rules">
          {readiness.rules
            .filter((rule) => rule.stage === id)
            .map((rule) => (
              <li key={rule.id} data-rule={rule.id}>
                <RuleStatus status={rule.status} />
                <details>
                  <summary>
                    {rule.title[lang]}
                    {rule.clauses.length > 0 && <span className="clauses"> ({rule.clauses.join(', ')})</span>}
                  </summary>
                  <p>{rule.rationale[lang]}</p>
                  {rule.status !== 'met' && <p className="rule-detail">{rule.detail[lang]}</p>}
                </details>
              </li>
            ))}
        </ul>
      </section>
    );
  };
  return (
    <section className="card" aria-labelledby="readiness-title">
      <h2 id="readiness-title">{t('overview.readiness')}</h2>
      <div className="readiness-stages">{(['stage1', 'stage2'] as const).map(stage)}</div>
    </section>
  );
}
