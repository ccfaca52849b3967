import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AiActRegimeId } from '../../../../shared/catalog/aiact';
import type {
  ClassificationAnswers,
  ClassificationQuestionId,
} from '../../../../shared/domain/classification';
import type { AiSystem, Classification } from '../../../../shared/schemas/risk';
import { api } from '../../../api';
import { saveEdit } from '../../../store/records';
import { ClassificationResult } from './ClassificationResult';
import { questionDefs } from './questions';
import { QuestionStep } from './QuestionStep';
import { relevantQuestions, sameAnswers, storedAnswers } from './relevance';
import { TierBadge } from './TierBadge';
import './classification.css';
import { WizardSteps } from './WizardSteps';

interface WizardProps {
  system: AiSystem;
  record: Classification | undefined;
  regime: AiActRegimeId;
}

/**
 * The EU AI Act questionnaire for one AI system, a question at a time. Every answer is saved at once
 * (main classifies and stores the result); the wizard only asks what the rule still needs.
 */
export function ClassificationWizard({ system, record, regime }: WizardProps) {
  const { t } = useTranslation();
  // The role recorded in the inventory answers the role question until the consultant says otherwise.
  const recorded = useMemo(
    (): ClassificationAnswers => ({ operatorRole: system.operatorRole, ...storedAnswers(record?.answers) }),
    [record, system.operatorRole],
  );
  const [answers, setAnswers] = useState(recorded);
  const sent = useRef(recorded);
  const note = useRef(record?.rationaleNote ?? '');
  const pending = useRef(0);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const wizard = useRef<HTMLElement>(null);

  // An undo or another view changed the record: follow it, unless a save of ours is still on its way.
  useEffect(() => {
    if (pending.current > 0) return;
    note.current = record?.rationaleNote ?? '';
    if (sameAnswers(recorded, sent.current)) return;
    sent.current = recorded;
    setAnswers(recorded);
  }, [record, recorded]);

  // Saves run one after another, so the workbook ends with the last answer given.
  const persist = (next: ClassificationAnswers, rationaleNote: string) => {
    sent.current = next;
    note.current = rationaleNote;
    pending.current += 1;
    queue.current = queue.current
      .then(() =>
        saveEdit((wb) =>
          api.classification.save({ wb, aiSystemId: system.id, answers: next, rationaleNote }),
        ),
      )
      .finally(() => {
        pending.current -= 1;
      });
  };

  const defs = useMemo(() => questionDefs(regime), [regime]);
  const relevant = useMemo(() => relevantQuestions(answers, regime), [answers, regime]);
  const [current, setCurrent] = useState<ClassificationQuestionId | undefined>(
    () => relevant.find((q) => answers[q] === undefined) ?? relevant[0],
  );
  const index = Math.max(0, current ? relevant.indexOf(current) : 0);
  const question = relevant[index];

  const answer = (id: ClassificationQuestionId, value: unknown) => {
    // The step offers only the catalogue's ids and booleans, the values the answers schema allows.
    const next = { ...answers, [id]: value } as ClassificationAnswers;
    if (value === undefined) delete next[id];
    setAnswers(next);
    persist(next, note.current);
  };
  const showResult = () => {
    resultHeading.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    resultHeading.current?.focus({ preventScroll: true });
  };
  const jump = (id: ClassificationQuestionId) => {
    setCurrent(id);
    wizard.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  };
  const next = () => {
    const following = relevant[index + 1];
    if (following) setCurrent(following);
    else showResult();
  };

  return (
    <>
      <section className="card wizard-card" aria-labelledby="wizard-title" ref={wizard}>
        <div className="card-head">
          <h3 id="wizard-title">{t('risk.wizard.title', { name: system.name })}</h3>
          <span className="toolbar-status">
            <TierBadge classification={record} />
            <button type="button" className="link" onClick={showResult}>
              {t('risk.wizard.toResult')}
            </button>
          </span>
        </div>
        <div className="wizard-layout">
          <WizardSteps
            steps={relevant}
            current={question}
            answers={answers}
            defs={defs}
            onSelect={setCurrent}
          />
          {question ? (
            <QuestionStep
              def={defs[question]}
              value={answers[question]}
              onChange={(value) => answer(question, value)}
              position={index + 1}
              total={relevant.length}
              onBack={index > 0 ? () => setCurrent(relevant[index - 1]) : null}
              onNext={next}
              isLast={index === relevant.length - 1}
            />
          ) : (
            <p className="muted">{t('risk.wizard.nothingToAsk')}</p>
          )}
        </div>
      </section>
      <ClassificationResult
        record={record}
        regime={regime}
        saving={!sameAnswers(answers, recorded)}
        headingRef={resultHeading}
        onJump={jump}
        onNote={(value) => persist(sent.current, value)}
      />
    </>
  );
}
