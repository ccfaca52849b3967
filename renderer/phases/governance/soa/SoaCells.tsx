import { CheckCircle2, ChevronDown, ChevronRight } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import {
  IMPLEMENTATION_STATUSES,
  IMPLEMENTATION_STATUS_LABELS,
  INCLUSION_REASONS,
  INCLUSION_REASON_LABELS,
  type ImplementationStatus,
} from '../../../../shared/catalog/vocab/soa';
import { DraftTextarea } from '../../../components/form/DraftInput';
import { useUiLanguage } from '../../../i18n/useUiLanguage';
import { useGovernanceView } from '../governanceView';
import { acceptSuggestion, decide, suggestedReasons, updateSoa } from './soaEdits';
import type { SoaRow } from './useSoaRows';

/** Id and title; the button opens the details and is the row's keyboard anchor (see SoaTable). */
export function ControlCell({ row }: { row: SoaRow }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const open = useGovernanceView((s) => s.soaDetails.includes(row.controlId));
  const toggle = useGovernanceView((s) => s.toggleSoaDetails);
  const Chevron = open ? ChevronDown : ChevronRight;
  return (
    <button
      type="button"
      className="control-toggle"
      data-row-focus={row.controlId}
      aria-expanded={open}
      aria-keyshortcuts="A Y N U ArrowUp ArrowDown"
      title={t('governance.soa.rowKeys')}
      onClick={() => toggle(row.controlId)}
    >
      <Chevron size={16} aria-hidden="true" />
      <span className="control-id">{row.controlId}</span>
      <span className="control-title">{row.title[lang]}</span>
    </button>
  );
}

/** What phases 1–2 suggest, the first reason in words, and whether the decision follows it. */
export function SuggestionCell({ row }: { row: SoaRow }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const { suggestion, entry } = row;
  const first = suggestion.reasons[0];
  return (
    <div className="suggestion">
      <div className="suggestion-head">
        <span className={`pill ${suggestion.applicable ? 'pill-include' : 'pill-exclude'}`}>
          {t(suggestion.applicable ? 'governance.soa.include' : 'governance.soa.exclude')}
        </span>
        {suggestedReasons(suggestion).map((kind) => (
          <span key={kind} className="reason-kind">
            {INCLUSION_REASON_LABELS[kind].label[lang]}
          </span>
        ))}
      </div>
      <p className="reason-text">{first ? first.text[lang] : suggestion.note?.[lang]}</p>
      {row.follows ? (
        <span className="accepted">
          <CheckCircle2 size={14} aria-hidden="true" />
          {t('governance.soa.accepted')}
        </span>
      ) : (
        <div className="suggestion-foot">
          {entry.applicable !== null && <span className="overridden">{t('governance.soa.overridden')}</span>}
          <button
            type="button"
            className="small"
            aria-keyshortcuts="A"
            aria-label={t('governance.soa.acceptFor', { control: row.controlId })}
            onClick={() => void acceptSuggestion(entry, suggestion)}
          >
            {t('governance.soa.accept')}
          </button>
        </div>
      )}
    </div>
  );
}

const DECISIONS = [
  { value: true, key: 'yes' },
  { value: false, key: 'no' },
  { value: null, key: 'open' },
] as const;

/**
 * Applicable yes / no / not yet decided as one radio group, and under it what the decision needs:
 * reasons for an inclusion, a justification for an exclusion.
 */
export function DecisionCell({ row }: { row: SoaRow }) {
  const { t } = useTranslation();
  return (
    <div className="decision">
      <div
        className="segmented"
        role="radiogroup"
        aria-label={t('governance.soa.applicableFor', { control: row.controlId })}
      >
        {DECISIONS.map(({ value, key }) => (
          <label key={key} className={`seg seg-${key}`}>
            <input
              type="radio"
              name={`soa-applicable-${row.controlId}`}
              checked={row.entry.applicable === value}
              onChange={() => void decide(row.entry, value, row.suggestion)}
            />
            {t(`governance.soa.decision.${key}`)}
          </label>
        ))}
      </div>
      <Justification row={row} />
    </div>
  );
}

function Justification({ row }: { row: SoaRow }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const { entry } = row;
  if (entry.applicable === null) return null;
  if (!entry.applicable) {
    const missing = entry.exclusionJustification.trim() === '';
    return (
      <DraftTextarea
        className="justification"
        value={entry.exclusionJustification}
        aria-label={t('governance.soa.justificationFor', { control: row.controlId })}
        aria-invalid={missing}
        placeholder={t('governance.soa.justificationPlaceholder')}
        data-justification={row.controlId}
        onSave={(exclusionJustification) => void updateSoa(row.controlId, { exclusionJustification })}
      />
    );
  }
  const toggle = (kind: (typeof INCLUSION_REASONS)[number]) => {
    const has = entry.inclusionReasons.includes(kind);
    const inclusionReasons = has
      ? entry.inclusionReasons.filter((r) => r !== kind)
      : INCLUSION_REASONS.filter((r) => r === kind || entry.inclusionReasons.includes(r));
    void updateSoa(row.controlId, { inclusionReasons });
  };
  return (
    <fieldset className="reason-chips" aria-invalid={entry.inclusionReasons.length === 0}>
      <legend className="visually-hidden">
        {t('governance.soa.reasonsFor', { control: row.controlId })}
      </legend>
      {INCLUSION_REASONS.map((kind) => (
        <label key={kind} className="chip">
          <input
            type="checkbox"
            checked={entry.inclusionReasons.includes(kind)}
            onChange={() => toggle(kind)}
          />
          {INCLUSION_REASON_LABELS[kind].label[lang]}
        </label>
      ))}
    </fieldset>
  );
}

/** How far an applicable control is implemented; an excluded one has nothing to implement. */
export function StatusCell({ row }: { row: SoaRow }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  if (!row.entry.applicable) return <span className="muted">–</span>;
  return (
    <select
      value={row.entry.implementationStatus}
      aria-label={t('governance.soa.statusFor', { control: row.controlId })}
      onChange={(e) =>
        void updateSoa(row.controlId, { implementationStatus: e.target.value as ImplementationStatus })
      }
    >
      {IMPLEMENTATION_STATUSES.map((s) => (
        <option key={s} value={s}>
          {IMPLEMENTATION_STATUS_LABELS[s].label[lang]}
        </option>
      ))}
    </select>
  );
}
