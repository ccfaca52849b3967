import { useTranslation } from 'react-i18next';
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from '../../../shared/schemas/common';
import { TextField } from '../../components/form/TextField';
import { useList } from '../../store/records';
import { CatalogGuidance } from './CatalogGuidance';
import { updateAssessment } from './edits';
import { EvidencePanel } from './EvidencePanel';
import { groupTitle } from './groupTitle';
import { RatingPanel } from './RatingPanel';
import type { Formats } from '../../i18n/formats';
import type { GapRow } from './useGapRows';

/** Everything recorded for one item, beside the catalogue's guidance for asking about it. */
export function ItemDetail({ row, formats }: { row: GapRow; formats: Formats }) {
  const { t } = useTranslation();
  const sessions = useList('session');
  const { item, assessment: a } = row;
  const { lang } = formats;
  const session = a?.sessionId ? sessions?.find((s) => s.id === a.sessionId) : undefined;
  const save = (field: 'finding' | 'interviewee' | 'notes') => (value: string) =>
    updateAssessment(item.id, { [field]: value });

  return (
    <article className="detail" aria-labelledby="gap-item-title" data-item={item.id}>
      <header className="detail-header">
        <p className="detail-group">
          {t(item.kind === 'clause' ? 'gap.detail.clause' : 'gap.detail.control', {
            group: item.group,
            title: groupTitle(item.group, lang),
          })}
        </p>
        <h3 id="gap-item-title">
          <span className="item-id">{item.id}</span> {item.title[lang]}
        </h3>
        {a && (
          <p className="detail-meta">
            {session && <span>{t('gap.detail.session', { title: session.title })}</span>}
            <span>{t('gap.detail.updated', { date: formats.timestamp(a.updatedAt) })}</span>
          </p>
        )}
      </header>
      <RatingPanel row={row} formats={formats} />
      <div className="detail-columns">
        <div className="detail-record">
          <TextField
            className="detail-field"
            label={t('gap.detail.finding')}
            value={a?.finding ?? ''}
            onSave={save('finding')}
            multiline
            rows={3}
            maxLength={LONG_TEXT_MAX}
          />
          <TextField
            className="detail-field"
            label={t('gap.detail.interviewee')}
            value={a?.interviewee ?? ''}
            onSave={save('interviewee')}
            maxLength={SHORT_TEXT_MAX}
          />
          <TextField
            className="detail-field"
            label={t('gap.detail.notes')}
            value={a?.notes ?? ''}
            onSave={save('notes')}
            multiline
            rows={3}
            maxLength={LONG_TEXT_MAX}
            keyTarget="notes"
            shortcut="N"
          />
          <EvidencePanel itemId={item.id} formats={formats} />
        </div>
        <CatalogGuidance item={item} lang={lang} />
      </div>
    </article>
  );
}
