import { useTranslation } from 'react-i18next';
import { MATURITY_LABELS, type MaturityLevel } from '../../../shared/catalog/vocab/assessment';
import type { Assessment } from '../../../shared/schemas/assessment';
import { updateAssessment } from './edits';
import { MaturityScale } from './MaturityScale';
import type { GapRow } from './useGapRows';
import type { Formats } from '../../i18n/formats';
import { VerdictChoice } from './VerdictChoice';
import { verdictOptions } from './verdictOptions';

/** Current and target maturity, the gap between them and the verdict, with the client's own view. */
export function RatingPanel({ row, formats }: { row: GapRow; formats: Formats }) {
  const { t } = useTranslation();
  const { lang } = formats;
  const a: Assessment | null = row.assessment;
  const itemId = row.item.id;
  const verdict = a?.verdict ?? 'not-assessed';
  const self = a?.clientSelfRating ?? null;

  return (
    <section className="rating" aria-label={t('gap.detail.rating')}>
      <MaturityScale
        label={t('gap.detail.current')}
        value={a?.maturityCurrent ?? null}
        onChange={(level) => void updateAssessment(itemId, { maturityCurrent: level })}
        lang={lang}
        emptyText={t('gap.detail.notRated')}
        keyTarget="current"
        shortcuts={(level) => String(level)}
        badge={
          self !== null && (
            <span className="scale-badge">
              {t('gap.detail.clientSelfRating')}:{' '}
              <strong>
                {self} · {MATURITY_LABELS[self as MaturityLevel].label[lang]}
              </strong>
            </span>
          )
        }
        note={
          a?.clientAnswer && (
            <p className="client-answer">
              <span>{t('gap.detail.clientAnswer')}:</span> <q>{a.clientAnswer}</q>
            </p>
          )
        }
      />
      <MaturityScale
        label={t('gap.detail.target')}
        value={a?.maturityTarget ?? null}
        onChange={(level) => void updateAssessment(itemId, { maturityTarget: level })}
        lang={lang}
        emptyText={t('gap.detail.notRated')}
        keyTarget="target"
        shortcuts={() => 'T'}
        badge={
          row.gap !== null && (
            <span className="scale-badge" data-gap={row.gap > 0}>
              {row.gap > 0 ? t('gap.detail.gap', { count: row.gap }) : t('gap.detail.noGap')}
            </span>
          )
        }
      />
      <VerdictChoice
        label={t('gap.detail.verdict')}
        value={verdict}
        options={verdictOptions(row.item.kind, verdict)}
        onChange={(next) => void updateAssessment(itemId, { verdict: next })}
        lang={lang}
      />
    </section>
  );
}
