import { Info } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { INCLUSION_REASON_LABELS } from '../../../../shared/catalog/vocab/soa';
import { DraftTextarea } from '../../../components/form/DraftInput';
import { useUiLanguage } from '../../../i18n/useUiLanguage';
import { updateSoa } from './soaEdits';
import type { SoaRow } from './useSoaRows';

/** Every reason behind the suggestion, the rules' hint, and the consultant's notes on the control. */
export function SoaDetails({ row }: { row: SoaRow }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const { suggestion } = row;
  return (
    <div className="soa-details">
      <div>
        <h4>{t('governance.soa.reasonsTitle')}</h4>
        {suggestion.reasons.length === 0 ? (
          <p className="muted">{t('governance.soa.noReasons')}</p>
        ) : (
          <ul className="reason-list">
            {suggestion.reasons.map((reason) => (
              <li key={`${reason.ruleId}|${reason.sourceId}`}>
                <span className="reason-kind">{INCLUSION_REASON_LABELS[reason.kind].label[lang]}</span>
                {reason.text[lang]}
              </li>
            ))}
          </ul>
        )}
        {suggestion.note && (
          <p className="soa-note">
            <Info size={16} aria-hidden="true" />
            {suggestion.note[lang]}
          </p>
        )}
      </div>
      <label>
        {row.follows || row.entry.applicable === null
          ? t('governance.soa.notes')
          : t('governance.soa.notesOverride')}
        <DraftTextarea value={row.entry.notes} onSave={(notes) => void updateSoa(row.controlId, { notes })} />
      </label>
    </div>
  );
}
