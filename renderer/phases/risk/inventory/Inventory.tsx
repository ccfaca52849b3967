import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OPERATOR_ROLES } from '../../../../shared/catalog/aiact';
import { LIFECYCLE_STAGE_LABELS } from '../../../../shared/catalog/vocab/lifecycle';
import { TierBadge } from '../classification/TierBadge';
import { useUiLanguage } from '../../../i18n/useUiLanguage';
import { useRiskUi } from '../riskUi';
import { useClassifications, useSelectedSystem } from '../systems';
import { AiSystemForm } from './AiSystemForm';
import { NewSystemForm } from './NewSystemForm';

/** The AI system inventory: the list beside the form of the chosen system. */
export function Inventory() {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const { systems, system } = useSelectedSystem();
  const classifications = useClassifications();
  const selectSystem = useRiskUi((s) => s.selectSystem);
  const [created, setCreated] = useState<string | null>(null);
  if (!systems) return <p aria-busy="true">…</p>;
  const roleName = (id: string) => OPERATOR_ROLES.find((r) => r.id === id)?.name[lang] ?? id;

  return (
    <div className="master-detail">
      <section className="card" aria-labelledby="inventory-title">
        <div className="card-head">
          <h3 id="inventory-title">{t('risk.inventory.title')}</h3>
          <NewSystemForm
            onCreated={(id) => {
              setCreated(id);
              selectSystem(id);
            }}
          />
        </div>
        {systems.length === 0 ? (
          <p className="muted">{t('risk.inventory.empty')}</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('risk.system.name')}</th>
                <th scope="col">{t('risk.system.operatorRole')}</th>
                <th scope="col">{t('risk.system.lifecycleStage')}</th>
                <th scope="col">{t('risk.inventory.aiAct')}</th>
              </tr>
            </thead>
            <tbody>
              {systems.map((s) => (
                <tr key={s.id} data-selected={s.id === system?.id} onClick={() => selectSystem(s.id)}>
                  <td>
                    <button
                      type="button"
                      className="row-link"
                      aria-current={s.id === system?.id ? 'true' : undefined}
                      onClick={() => selectSystem(s.id)}
                    >
                      {s.name}
                    </button>
                    {s.owner && <small className="muted block">{s.owner}</small>}
                  </td>
                  <td>{roleName(s.operatorRole)}</td>
                  <td>{LIFECYCLE_STAGE_LABELS[s.lifecycleStage].label[lang]}</td>
                  <td>
                    <TierBadge classification={classifications.get(s.id)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {system && <AiSystemForm key={system.id} system={system} autoFocus={created === system.id} />}
    </div>
  );
}
