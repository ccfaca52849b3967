import { Paperclip, Plus, Trash2 } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EvidenceKindSchema } from '../../../shared/schemas/enums';
import type { Evidence } from '../../../shared/schemas/assessment';
import { SHORT_TEXT_MAX } from '../../../shared/schemas/common';
import { useList } from '../../store/records';
import { addEvidence, attachEvidence, deleteEvidence } from './edits';
import { SelectField } from '../../components/form/SelectField';
import type { Formats } from '../../i18n/formats';

type Kind = Evidence['kind'];
const KINDS = EvidenceKindSchema.options;

function EvidenceEntry({ entry, formats }: { entry: Evidence; formats: Formats }) {
  const { t } = useTranslation();
  return (
    <li>
      <span className="evidence-text">
        <span className="evidence-title">{entry.title}</span>
        {entry.reference && <span className="evidence-reference">{entry.reference}</span>}
        {entry.fileName && entry.size !== null && (
          <span className="evidence-file">
            <Paperclip size={14} aria-hidden="true" />
            <span className="visually-hidden">{t('gap.evidence.file')}</span>
            {entry.fileName !== entry.title && `${entry.fileName} · `}
            {formats.size(entry.size)}
          </span>
        )}
      </span>
      <button
        type="button"
        className="icon-button"
        aria-label={t('gap.evidence.delete', { title: entry.title })}
        title={t('gap.evidence.delete', { title: entry.title })}
        onClick={() => void deleteEvidence(entry.id)}
      >
        <Trash2 size={16} aria-hidden="true" />
      </button>
    </li>
  );
}

/** Evidence seen and requested for one item: references typed in, files attached through main's dialog. */
export function EvidencePanel({ itemId, formats }: { itemId: string; formats: Formats }) {
  const { t } = useTranslation();
  const all = useList('evidence');
  const [kind, setKind] = useState<Kind>('seen');
  const [title, setTitle] = useState('');
  const [reference, setReference] = useState('');
  const headingId = useId();
  const evidence = all?.filter((e) => e.itemId === itemId) ?? [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return;
    void addEvidence({ itemId, kind, title: title.trim(), reference: reference.trim() });
    setTitle('');
    setReference('');
  };

  return (
    <section className="evidence" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('gap.evidence.title')}</h3>
      <div className="evidence-lists">
        {KINDS.map((k) => {
          const entries = evidence.filter((e) => e.kind === k);
          return (
            <div key={k}>
              <h4>{t(`gap.evidence.${k}`)}</h4>
              {entries.length === 0 ? (
                <p className="quiet">{t('gap.evidence.none')}</p>
              ) : (
                <ul aria-label={t(`gap.evidence.${k}`)}>
                  {entries.map((entry) => (
                    <EvidenceEntry key={entry.id} entry={entry} formats={formats} />
                  ))}
                </ul>
              )}
            </div>
          );
        })}
      </div>
      <form className="evidence-add" onSubmit={submit}>
        <SelectField<Kind>
          className="select-field"
          label={t('gap.evidence.kind')}
          value={kind}
          options={KINDS.map((k) => ({ value: k, label: t(`gap.evidence.${k}`) }))}
          onChange={setKind}
        />
        <label className="grow">
          <span>{t('gap.evidence.name')}</span>
          <input
            value={title}
            required
            maxLength={SHORT_TEXT_MAX}
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>
        <label className="grow">
          <span>{t('gap.evidence.reference')}</span>
          <input
            value={reference}
            maxLength={SHORT_TEXT_MAX}
            onChange={(e) => setReference(e.target.value)}
          />
        </label>
        <div className="evidence-buttons">
          <button type="submit">
            <Plus size={16} aria-hidden="true" /> {t('gap.evidence.add')}
          </button>
          <button type="button" onClick={() => void attachEvidence(itemId, kind)}>
            <Paperclip size={16} aria-hidden="true" /> {t('gap.evidence.attach')}
          </button>
        </div>
      </form>
    </section>
  );
}
