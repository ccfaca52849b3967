import { Info } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { AI_ACT_OBLIGATIONS, milestoneDate } from '../../../../shared/catalog/aiact';
import { useEngagement } from '../../../store/engagement';
import { useUiLanguage } from '../../../i18n/useUiLanguage';

const LITERACY = AI_ACT_OBLIGATIONS.find((o) => o.id === 'ai-literacy');

/**
 * The AI literacy duty of Art. 4 AI Act as the catalogue words it for the engagement's regime — the
 * Omnibus changed it from "ensure a sufficient level" to "support the development".
 */
export function LiteracyNote() {
  const { t, i18n } = useTranslation();
  const lang = useUiLanguage();
  const engagement = useEngagement();
  if (!engagement || !LITERACY) return null;
  const regime = engagement.aiActRegime;
  const since = milestoneDate(regime, 'prohibitions-and-literacy');
  const date = since
    ? new Date(`${since}T00:00:00`).toLocaleDateString(i18n.language, { dateStyle: 'long' })
    : '';
  return (
    <p className="legal-note">
      <Info size={16} aria-hidden="true" />
      <span>
        <strong>{t('governance.competence.art4', { date })}</strong>{' '}
        {(LITERACY.textByRegime?.[regime] ?? LITERACY.text)[lang]} {t('governance.competence.register')}
      </span>
    </p>
  );
}
