import { useTranslation } from 'react-i18next';
import type { AiSystem } from '../../../shared/schemas/risk';
import { SelectField } from '../../components/form/SelectField';
import { useRiskUi } from './riskUi';

/** Chooses the AI system a tab works on; the choice is shared by inventory, classification and impact. */
export function SystemSelect({ systems, system }: { systems: readonly AiSystem[]; system: AiSystem }) {
  const { t } = useTranslation();
  const selectSystem = useRiskUi((s) => s.selectSystem);
  return (
    <SelectField
      className="system-select"
      label={t('risk.system.label')}
      value={system.id}
      options={systems.map((s) => ({ value: s.id, label: s.name }))}
      onChange={selectSystem}
    />
  );
}

/** Shown instead of a tab that needs an AI system while the inventory is empty. */
export function NoSystems() {
  const { t } = useTranslation();
  const setTab = useRiskUi((s) => s.setTab);
  return (
    <div className="card empty">
      <p>{t('risk.inventory.emptyHere')}</p>
      <button type="button" className="primary" onClick={() => setTab('inventory')}>
        {t('risk.inventory.goTo')}
      </button>
    </div>
  );
}
