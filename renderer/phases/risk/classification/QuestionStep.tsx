import { ChevronLeft, ChevronRight } from 'lucide-react';
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAiActRef } from '../../../../shared/catalog/aiact';
import { assertNever } from '../../../../shared/domain/assertNever';
import { useUiLanguage } from '../../../i18n/useUiLanguage';
import type { ChoiceOption, QuestionDef } from './questions';

interface QuestionStepProps {
  def: QuestionDef;
  /** undefined = not answered; for lists, [] = "none of these applies". */
  value: unknown;
  onChange(value: unknown): void;
  position: number;
  total: number;
  onBack: (() => void) | null;
  onNext(): void;
  isLast: boolean;
}

/** One question of the wizard. Enter goes on, an open question may be skipped and stays open. */
export function QuestionStep({
  def,
  value,
  onChange,
  position,
  total,
  onBack,
  onNext,
  isLast,
}: QuestionStepProps) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const shown = useRef(def.id);

  // Moving to another question puts the keyboard on its answer, so arrows answer at once.
  useEffect(() => {
    if (shown.current === def.id) return;
    shown.current = def.id;
    const inputs = fieldset.current;
    (inputs?.querySelector<HTMLInputElement>('input:checked') ?? inputs?.querySelector('input'))?.focus();
  }, [def.id]);

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLInputElement;
    if (event.key === 'Enter' && target.tagName === 'INPUT') {
      event.preventDefault();
      onNext();
    }
  };

  const optionLabel = (option: ChoiceOption) =>
    option.label?.[lang] ?? t(`risk.questions.${def.id}.options.${option.id}`);
  const optionBody = (option: ChoiceOption): ReactNode => (
    <span className="choice-text">
      <span className="choice-label">
        {option.ref && <span className="ref">{formatAiActRef(option.ref, lang)}</span>} {optionLabel(option)}
      </span>
      {option.description && <small>{option.description[lang]}</small>}
      {option.section && <small>{t('risk.wizard.annexISection', { section: option.section })}</small>}
    </span>
  );

  let control: ReactNode;
  switch (def.kind) {
    case 'boolean':
      control = (
        <div className="choices boolean">
          {[true, false].map((answer) => (
            <label key={String(answer)} className="choice">
              <input
                type="radio"
                name={def.id}
                checked={value === answer}
                onChange={() => onChange(answer)}
              />
              <span className="choice-label">{t(answer ? 'risk.wizard.yes' : 'risk.wizard.no')}</span>
            </label>
          ))}
        </div>
      );
      break;
    case 'choice':
      control = (
        <div className={def.options.length > 8 ? 'choices columns' : 'choices'}>
          {def.options.map((option) => (
            <label key={option.id} className="choice">
              <input
                type="radio"
                name={def.id}
                checked={value === option.id}
                onChange={() => onChange(option.id)}
              />
              {optionBody(option)}
            </label>
          ))}
        </div>
      );
      break;
    case 'multi': {
      const list = Array.isArray(value) ? (value as string[]) : undefined;
      // Unticking the last item leaves the question open again: "none" has to be said explicitly.
      const toggle = (id: string) => {
        const next = list?.includes(id) ? list.filter((x) => x !== id) : [...(list ?? []), id];
        onChange(next.length > 0 ? next : undefined);
      };
      control = (
        <div className={def.groups.length > 1 ? 'choice-groups' : undefined}>
          {def.groups.map((group) => {
            const boxes = group.options.map((option) => (
              <label key={option.id} className="choice">
                <input
                  type="checkbox"
                  checked={list?.includes(option.id) ?? false}
                  onChange={() => toggle(option.id)}
                />
                {optionBody(option)}
              </label>
            ));
            return group.title ? (
              <fieldset key={group.id} className="choice-group">
                <legend>
                  {group.id} · {group.title[lang]}
                </legend>
                {boxes}
              </fieldset>
            ) : (
              <div key={group.id} className="choices">
                {boxes}
              </div>
            );
          })}
          <label className="choice none">
            <input
              type="checkbox"
              checked={list?.length === 0}
              onChange={() => onChange(list?.length === 0 ? undefined : [])}
            />
            <span className="choice-label">{t('risk.wizard.noneApplies')}</span>
          </label>
        </div>
      );
      break;
    }
    default:
      control = assertNever(def);
  }

  return (
    <form
      className="question"
      onSubmit={(event) => {
        event.preventDefault();
        onNext();
      }}
      onKeyDown={onKeyDown}
    >
      <p className="question-meta">
        {t('risk.wizard.position', { position, total })}
        {def.ref && <span className="ref">{formatAiActRef(def.ref, lang)}</span>}
      </p>
      <fieldset ref={fieldset}>
        <legend>
          <h4>{t(`risk.questions.${def.id}.title`)}</h4>
        </legend>
        <p className="help">{t(`risk.questions.${def.id}.help`)}</p>
        {def.context && <p className="context">{def.context[lang]}</p>}
        {control}
      </fieldset>
      <div className="buttons">
        <button type="button" onClick={() => onBack?.()} disabled={!onBack}>
          <ChevronLeft size={16} aria-hidden /> {t('risk.wizard.back')}
        </button>
        {value !== undefined && def.id !== 'operatorRole' && (
          <button type="button" className="link" onClick={() => onChange(undefined)}>
            {t('risk.wizard.clear')}
          </button>
        )}
        <span className="spacer" />
        <button type="submit" className={value === undefined ? undefined : 'primary'}>
          {isLast
            ? t('risk.wizard.showResult')
            : value === undefined
              ? t('risk.wizard.skip')
              : t('risk.wizard.next')}{' '}
          <ChevronRight size={16} aria-hidden />
        </button>
      </div>
    </form>
  );
}
