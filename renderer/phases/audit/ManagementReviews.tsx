import { Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { saveEdit, useList } from '../../store/records';
import { ReviewCard } from './ReviewCard';

/** Management reviews (ISO 42001 9.3) with the checklist of required inputs. */
export function ManagementReviews() {
  const { t } = useTranslation();
  const reviews = useList('review');
  if (!reviews) return null;
  return (
    <>
      <div className="kit-toolbar">
        <p className="kit-muted kit-grow-text">{t('audit.review.intro')}</p>
        <button
          type="button"
          className="primary kit-icon-button"
          onClick={() => void saveEdit((wb) => api.review.create({ wb, data: {} }))}
        >
          <Plus size={16} aria-hidden /> {t('audit.review.add')}
        </button>
      </div>
      {reviews.length === 0 && <p className="kit-empty">{t('audit.review.empty')}</p>}
      <div className="audit-record-list">
        {reviews.map((review) => (
          <ReviewCard key={review.id} review={review} />
        ))}
      </div>
    </>
  );
}
