import { FileText, Scale, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { OPERATOR_ROLES } from '../../../../shared/catalog/aiact';
import { LIFECYCLE_STAGE_LABELS, LIFECYCLE_STAGES } from '../../../../shared/catalog/vocab/lifecycle';
import type { Input } from '../../../../shared/contract';
import type { AiSystem } from '../../../../shared/schemas/risk';
import { api } from '../../../api';
import { saveEdit } from '../../../store/records';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { TextField } from '../../../components/form/TextField';
import { SelectField } from '../../../components/form/SelectField';
import { useOverlay } from '../useOverlay';
import { useUiLanguage } from '../../../i18n/useUiLanguage';
import { vocabularyOptions } from '../../../components/form/vocabularyOptions';
import { useRiskUi } from '../riskUi';

type Patch = Input<'aiSystem:update'>['patch'];

/** One AI system of the inventory; every field saves itself. */
export function AiSystemForm({ system: saved, autoFocus }: { system: AiSystem; autoFocus: boolean }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const openSystemIn = useRiskUi((s) => s.openSystemIn);
  const [system, save] = useOverlay(saved, (patch: Patch) =>
    saveEdit((wb) => api.aiSystem.update({ wb, id: saved.id, patch })),
  );
  const stage = LIFECYCLE_STAGE_LABELS[system.lifecycleStage];
  const role = OPERATOR_ROLES.find((r) => r.id === system.operatorRole);

  return (
    <section className="card system-form" aria-labelledby="system-form-title">
      <h3 id="system-form-title">{system.name}</h3>
      <TextField
        label={t('risk.system.name')}
        value={system.name}
        required
        onSave={(name) => save({ name })}
      />
      <TextField
        label={t('risk.system.purpose')}
        value={system.purpose}
        multiline
        autoFocus={autoFocus}
        onSave={(purpose) => save({ purpose })}
      />
      <div className="field-row">
        <TextField label={t('risk.system.owner')} value={system.owner} onSave={(owner) => save({ owner })} />
        <TextField label={t('risk.system.users')} value={system.users} onSave={(users) => save({ users })} />
      </div>
      <div className="field-row">
        <SelectField
          label={t('risk.system.operatorRole')}
          value={system.operatorRole}
          options={OPERATOR_ROLES.map((r) => ({ value: r.id, label: r.name[lang] }))}
          onChange={(value) => void save({ operatorRole: value as AiSystem['operatorRole'] })}
          hint={role?.definition[lang]}
        />
        <SelectField
          label={t('risk.system.lifecycleStage')}
          value={system.lifecycleStage}
          options={vocabularyOptions(LIFECYCLE_STAGES, LIFECYCLE_STAGE_LABELS, lang)}
          onChange={(value) => void save({ lifecycleStage: value as AiSystem['lifecycleStage'] })}
          hint={stage.description?.[lang]}
        />
      </div>
      <TextField
        label={t('risk.system.dataCategories')}
        value={system.dataCategories}
        multiline
        rows={2}
        onSave={(dataCategories) => save({ dataCategories })}
      />
      <TextField
        label={t('risk.system.modelType')}
        value={system.modelType}
        onSave={(modelType) => save({ modelType })}
      />
      <div className="buttons">
        <button type="button" onClick={() => openSystemIn('classification', system.id)}>
          <Scale size={16} aria-hidden /> {t('risk.system.classify')}
        </button>
        <button type="button" onClick={() => openSystemIn('impact', system.id)}>
          <FileText size={16} aria-hidden /> {t('risk.system.assessImpact')}
        </button>
      </div>
      <div className="buttons form-footer">
        <ConfirmButton
          label={t('risk.system.delete')}
          confirmLabel={t('risk.common.confirmDelete')}
          // Main announces the risks, classification and impact assessment the deletion touches, so they reload.
          onConfirm={() => saveEdit((wb) => api.aiSystem.delete({ wb, id: system.id }))}
        >
          <Trash2 size={16} aria-hidden /> {t('risk.system.delete')}
        </ConfirmButton>
      </div>
    </section>
  );
}
