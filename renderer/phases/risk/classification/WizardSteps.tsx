import { Check } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type {
  ClassificationAnswers,
  ClassificationQuestionId,
} from '../../../../shared/domain/classification';
import { useUiLanguage } from '../../../i18n/useUiLanguage';
import type { QuestionDef } from './questions';

/** The questions still relevant, each with its answer in a word; any of them can be reopened. */
export function WizardSteps({
  steps,
  current,
  answers,
  defs,
  onSelect,
}: {
  steps: readonly ClassificationQuestionId[];
  current: ClassificationQuestionId | undefined;
  answers: ClassificationAnswers;
  defs: Readonly<Record<ClassificationQuestionId, QuestionDef>>;
  onSelect(id: ClassificationQuestionId): void;
}) {
  const { t } = useTranslation();
  const lang = useUiLanguage();

  const summary = (id: ClassificationQuestionId): string => {
    const value = answers[id];
    if (value === undefined) return t('risk.wizard.open');
    if (typeof value === 'boolean') return t(value ? 'risk.wizard.yes' : 'risk.wizard.no');
    if (Array.isArray(value)) {
      return value.length === 0 ? t('risk.wizard.none') : t('risk.wizard.selected', { count: value.length });
    }
    const def = defs[id];
    const option = def.kind === 'choice' ? def.options.find((o) => o.id === value) : undefined;
    return option?.label?.[lang] ?? t(`risk.questions.${id}.options.${String(value)}`);
  };

  return (
    <nav className="wizard-steps" aria-label={t('risk.wizard.steps')}>
      <ol>
        {steps.map((id, index) => {
          const answered = answers[id] !== undefined;
          return (
            <li key={id}>
              <button
                type="button"
                aria-current={id === current ? 'step' : undefined}
                data-answered={answered}
                onClick={() => onSelect(id)}
              >
                <span className="step-number" aria-hidden>
                  {answered ? <Check size={14} /> : index + 1}
                </span>
                <span className="step-text">
                  <span>{t(`risk.questions.${id}.short`)}</span>
                  <small>{summary(id)}</small>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
