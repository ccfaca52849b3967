import { useTranslation } from 'react-i18next';
import type { ReadinessStage } from '../../../shared/domain/readiness';
import { RuleStatus } from '../../components/RuleStatus';
import { useReadiness } from '../../store/readiness';
import { useUiLanguage } from '../../i18n/useUiLanguage';

const STAGES = ['stage1', 'stage2'] as const satisfies readonly ReadinessStage[];

/** Stage 1 and Stage 2 verdicts with every rule: what the auditor checks, why, and what is missing. */
export function ReadinessRules() {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const readiness = useReadiness();
  if (!readiness) return null;
  return (
    <div className="audit-readiness-columns">
      {STAGES.map((stage) => {
        const tally = readiness[stage];
        return (
          <section key={stage} className="card audit-readiness-stage" aria-labelledby={`audit-${stage}`}>
            <header>
              <h3 id={`audit-${stage}`}>{t(`audit.readiness.${stage}`)}</h3>
              <span className="audit-verdict-pill" data-ready={tally.ready}>
                {tally.ready
                  ? t('audit.readiness.ready')
                  : t('audit.readiness.notReady', { met: tally.met, total: tally.total })}
              </span>
            </header>
            <p className="kit-muted">{t(`audit.readiness.${stage}Intro`)}</p>
            <ol className="audit-rule-list">
              {readiness.rules
                .filter((rule) => rule.stage === stage)
                .map((rule) => (
                  <li key={rule.id} data-rule={rule.id} data-status={rule.status}>
                    <RuleStatus status={rule.status} />
                    <div>
                      <h4>{rule.title[lang]}</h4>
                      <p>
                        {rule.rationale[lang]}
                        {rule.clauses.length > 0 &&
                          ` ${t('audit.readiness.clauses', { clauses: rule.clauses.join(', ') })}`}
                      </p>
                      {rule.status !== 'met' && rule.detail[lang] && (
                        <p className="audit-rule-missing">{rule.detail[lang]}</p>
                      )}
                    </div>
                  </li>
                ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
