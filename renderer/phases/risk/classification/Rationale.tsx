import { useTranslation } from 'react-i18next';
import type { RationaleStep } from '../../../../shared/domain/classification';
import { useUiLanguage } from '../../../i18n/useUiLanguage';

/** The classifier's reasoning in decision order, in the UI language (both languages are stored). */
export function Rationale({ steps }: { steps: readonly RationaleStep[] }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  if (steps.length === 0) return null;
  return (
    <>
      <h4>{t('risk.result.rationale')}</h4>
      <ol className="rationale">
        {steps.map((step, index) => (
          <li key={index}>
            <span className="step-tag">{t(`risk.result.steps.${step.step}`)}</span>
            <span>{step[lang]}</span>
          </li>
        ))}
      </ol>
    </>
  );
}
