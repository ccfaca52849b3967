import { useTranslation } from 'react-i18next';
import { AI_ACT_REGIMES } from '../../../../shared/catalog/aiact';
import { useUiLanguage } from '../../../i18n/useUiLanguage';
import { NoSystems, SystemSelect } from '../SystemSelect';
import { useClassifications, useSelectedSystem } from '../systems';
import { useEngagement } from '../../../store/engagement';
import { ClassificationWizard } from './ClassificationWizard';

/** EU AI Act classification tab: the wizard for the chosen AI system and its recorded result. */
export function Classification() {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const { systems, system } = useSelectedSystem();
  const classifications = useClassifications();
  // Main classifies under the engagement's regime; the wizard asks the questions that regime's rules need.
  const regime = useEngagement()?.aiActRegime ?? null;
  if (!systems || !regime) return <p aria-busy="true">…</p>;
  if (!system) return <NoSystems />;
  const record = classifications.get(system.id);

  return (
    <div className="classification">
      <div className="toolbar">
        <SystemSelect systems={systems} system={system} />
        <p className="muted toolbar-status">
          {t('risk.classification.regime', { regime: AI_ACT_REGIMES[regime].label[lang] })}
        </p>
      </div>
      <ClassificationWizard key={`${system.id}:${regime}`} system={system} record={record} regime={regime} />
    </div>
  );
}
