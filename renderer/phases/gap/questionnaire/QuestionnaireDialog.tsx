import './questionnaire.css';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionnairePreview } from '../../../../shared/contract/exchange';
import { api } from '../../../api';
import { useEngagement } from '../../../store/engagement';
import { saveEdit } from '../../../store/records';

/**
 * Both directions of the client self-assessment: write the questionnaire for the client, and read the
 * filled file back — preview first, then apply as the client's self-rating, kept apart from the consultant's.
 */
export function QuestionnaireDialog() {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const engagementLanguage = useEngagement()?.language ?? 'de';
  const [chosen, setLang] = useState<'de' | 'en' | null>(null);
  // The questionnaire speaks the client's language (the engagement's) unless the consultant picks another.
  const lang = chosen ?? engagementLanguage;
  const [written, setWritten] = useState<string | null>(null);
  const [preview, setPreview] = useState<QuestionnairePreview | null>(null);
  const [applied, setApplied] = useState<number | null>(null);

  const generate = async () => {
    const file = await saveEdit((wb) => api.questionnaire.generate({ wb, lang }));
    setWritten(file?.fileName ?? null);
  };
  const read = async () => {
    setApplied(null);
    setPreview((await saveEdit((wb) => api.questionnaire.preview({ wb }))) ?? null);
  };
  const apply = async () => {
    if (!preview) return;
    const result = await saveEdit((wb) => api.questionnaire.apply({ wb, token: preview.token }));
    if (result) {
      setApplied(result.applied);
      setPreview(null);
    }
  };

  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()}>
        {t('questionnaire.open')}
      </button>
      <dialog ref={dialog} className="questionnaire" aria-labelledby="questionnaire-title">
        <h2 id="questionnaire-title">{t('questionnaire.title')}</h2>
        <section aria-labelledby="questionnaire-send">
          <h3 id="questionnaire-send">{t('questionnaire.sendTitle')}</h3>
          <p className="muted">{t('questionnaire.sendHint')}</p>
          <label htmlFor="questionnaire-lang">{t('questionnaire.language')}</label>{' '}
          <select
            id="questionnaire-lang"
            value={lang}
            onChange={(e) => setLang(e.target.value === 'en' ? 'en' : 'de')}
          >
            <option value="de">{t('languages.de')}</option>
            <option value="en">{t('languages.en')}</option>
          </select>{' '}
          <button type="button" onClick={() => void generate()}>
            {t('questionnaire.generate')}
          </button>
          {written && <p role="status">{t('questionnaire.written', { file: written })}</p>}
        </section>
        <section aria-labelledby="questionnaire-import">
          <h3 id="questionnaire-import">{t('questionnaire.importTitle')}</h3>
          <p className="muted">{t('questionnaire.importHint')}</p>
          <button type="button" onClick={() => void read()}>
            {t('questionnaire.read')}
          </button>
          {preview && <PreviewTable preview={preview} />}
          {preview && (
            <button type="button" className="primary" onClick={() => void apply()}>
              {t('questionnaire.apply')}
            </button>
          )}
          {applied !== null && <p role="status">{t('questionnaire.applied', { count: applied })}</p>}
        </section>
        <form method="dialog">
          <button type="submit">{t('questionnaire.close')}</button>
        </form>
      </dialog>
    </>
  );
}

function PreviewTable({ preview }: { preview: QuestionnairePreview }) {
  const { t } = useTranslation();
  const rating = (value: number | null) => (value === null ? '–' : String(value));
  return (
    <>
      <p>
        {t('questionnaire.preview', {
          count: preview.changes.length,
          file: preview.fileName,
          unanswered: preview.unanswered,
        })}
      </p>
      <div className="questionnaire-preview">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('questionnaire.columns.item')}</th>
              <th scope="col">{t('questionnaire.columns.client')}</th>
              <th scope="col">{t('questionnaire.columns.previous')}</th>
              <th scope="col">{t('questionnaire.columns.consultant')}</th>
              <th scope="col">{t('questionnaire.columns.answer')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.changes.map((change) => (
              <tr key={change.itemId} data-differs={change.differs}>
                <th scope="row">{change.itemId}</th>
                <td>
                  {rating(change.clientSelfRating)}
                  {change.differs && <span className="differs"> ⚠ {t('questionnaire.differs')}</span>}
                </td>
                <td>{rating(change.previousSelfRating)}</td>
                <td>{rating(change.consultantRating)}</td>
                <td className="answer">{change.clientAnswer ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
