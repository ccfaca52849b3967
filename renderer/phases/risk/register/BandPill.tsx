import { useTranslation } from 'react-i18next';
import { RISK_BAND_LABELS } from '../../../../shared/catalog/vocab/risk';
import { riskBand } from '../../../../shared/domain/risk';
import { useUiLanguage } from '../../../i18n/useUiLanguage';

/** A rating as its band (colour and word, never colour alone) with likelihood × impact. */
export function BandPill({ likelihood, impact }: { likelihood: number | null; impact: number | null }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  if (likelihood === null || impact === null)
    return <span className="muted">{t('risk.register.notRated')}</span>;
  const band = riskBand(likelihood, impact);
  return (
    <span className="band" data-band={band}>
      {RISK_BAND_LABELS[band].label[lang]}
      <span className="score">
        {likelihood}×{impact}
      </span>
    </span>
  );
}
