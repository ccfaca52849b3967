import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../shared/catalog/types';
import type { CatalogItem } from './useGapRows';

/** The catalogue's help for the interview: what an auditor looks for, what to ask, what to ask for. */
export function CatalogGuidance({ item, lang }: { item: CatalogItem; lang: Lang }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <aside className="guidance" aria-labelledby={headingId}>
      <h3 id={headingId} className="visually-hidden">
        {t('gap.guidance.title')}
      </h3>
      <h4>{t('gap.guidance.auditorFocus')}</h4>
      <p>{item.auditorFocus[lang]}</p>
      <h4>{t('gap.guidance.questions')}</h4>
      <ol className="questions">
        {item.guidingQuestions[lang].map((question) => (
          <li key={question}>{question}</li>
        ))}
      </ol>
      <h4>{t('gap.guidance.typicalEvidence')}</h4>
      <ul>
        {item.typicalEvidence[lang].map((evidence) => (
          <li key={evidence}>{evidence}</li>
        ))}
      </ul>
    </aside>
  );
}
