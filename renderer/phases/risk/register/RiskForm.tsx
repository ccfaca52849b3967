import { ListPlus, X, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { AI_RISK_SOURCE_LABELS, AI_RISK_SOURCES } from '../../../../shared/catalog/vocab/annexC';
import {
  IMPACT_LABELS,
  LIKELIHOOD_LABELS,
  RISK_STATUS_LABELS,
  RISK_STATUSES,
  TREATMENT_LABELS,
  TREATMENTS,
} from '../../../../shared/catalog/vocab/risk';
import type { Input } from '../../../../shared/contract';
import type { AiSystem, Risk } from '../../../../shared/schemas/risk';
import { api } from '../../../api';
import { saveEdit, useList } from '../../../store/records';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { TextField } from '../../../components/form/TextField';
import { DateField } from '../../../components/form/DateField';
import { SelectField, type SelectOption } from '../../../components/form/SelectField';
import { useOverlay } from '../useOverlay';
import { useUiLanguage } from '../../../i18n/useUiLanguage';
import { vocabularyOptions } from '../../../components/form/vocabularyOptions';
import { useRiskUi } from '../riskUi';
import { BandPill } from './BandPill';
import { ControlPicker } from './ControlPicker';
import { useCreateAction } from './createAction';
import { levelOptions } from './levels';

type Patch = Input<'risk:update'>['patch'];
const level = (value: string) => (value === '' ? null : Number(value));

/** One risk of the register beside the table; selects save on change, text on pause and blur. */
export function RiskForm({ risk: saved, systems }: { risk: Risk; systems: readonly AiSystem[] }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const setPanel = useRiskUi((s) => s.setPanel);
  const createAction = useCreateAction();
  const [risk, save] = useOverlay(saved, (patch: Patch) =>
    saveEdit((wb) => api.risk.update({ wb, id: saved.id, patch })),
  );
  const actions = useList('action')?.filter((a) => a.sourceKind === 'risk' && a.sourceId === risk.id) ?? [];
  const notRated: SelectOption = { value: '', label: t('risk.register.notRated') };

  // Risk sources are Annex C ids; a value typed elsewhere is kept as an option rather than lost.
  const sources: SelectOption[] = [
    { value: '', label: '–' },
    ...vocabularyOptions(AI_RISK_SOURCES, AI_RISK_SOURCE_LABELS, lang),
  ];
  if (risk.riskSource && !sources.some((o) => o.value === risk.riskSource)) {
    sources.push({ value: risk.riskSource, label: risk.riskSource });
  }
  const sourceHint = (AI_RISK_SOURCES as readonly string[]).includes(risk.riskSource)
    ? AI_RISK_SOURCE_LABELS[risk.riskSource as (typeof AI_RISK_SOURCES)[number]].description?.[lang]
    : undefined;

  return (
    <section className="side-form" aria-labelledby="risk-form-title">
      <div className="side-form-head">
        <h3 id="risk-form-title">
          <span className="ref">{risk.ref}</span> {risk.title}
        </h3>
        <button
          type="button"
          className="icon"
          aria-label={t('risk.common.close')}
          onClick={() => setPanel({ kind: 'closed' })}
        >
          <X size={18} aria-hidden />
        </button>
      </div>
      <TextField
        label={t('risk.riskForm.title')}
        value={risk.title}
        required
        onSave={(title) => save({ title })}
      />
      <TextField
        label={t('risk.riskForm.description')}
        value={risk.description}
        multiline
        onSave={(description) => save({ description })}
      />
      <SelectField
        label={t('risk.riskForm.aiSystem')}
        value={risk.aiSystemId ?? ''}
        options={[
          { value: '', label: t('risk.register.noSystem') },
          ...systems.map((s) => ({ value: s.id, label: s.name })),
        ]}
        onChange={(v) => void save({ aiSystemId: v === '' ? null : v })}
      />
      <SelectField
        label={t('risk.riskForm.source')}
        value={risk.riskSource}
        options={sources}
        hint={sourceHint}
        onChange={(riskSource) => void save({ riskSource })}
      />
      <TextField label={t('risk.riskForm.owner')} value={risk.owner} onSave={(owner) => save({ owner })} />
      <fieldset className="rating">
        <legend>
          {t('risk.riskForm.inherent')} <BandPill likelihood={risk.likelihood} impact={risk.impact} />
        </legend>
        <div className="field-row">
          <SelectField
            label={t('risk.riskForm.likelihood')}
            value={String(risk.likelihood)}
            options={levelOptions(LIKELIHOOD_LABELS, lang)}
            onChange={(v) => void save({ likelihood: Number(v) })}
          />
          <SelectField
            label={t('risk.riskForm.impact')}
            value={String(risk.impact)}
            options={levelOptions(IMPACT_LABELS, lang)}
            onChange={(v) => void save({ impact: Number(v) })}
          />
        </div>
      </fieldset>
      <SelectField
        label={t('risk.riskForm.treatment')}
        value={risk.treatment}
        options={vocabularyOptions(TREATMENTS, TREATMENT_LABELS, lang)}
        hint={TREATMENT_LABELS[risk.treatment].description?.[lang]}
        onChange={(v) => void save({ treatment: v as Risk['treatment'] })}
      />
      <TextField
        label={t('risk.riskForm.plan')}
        value={risk.treatmentPlan}
        multiline
        onSave={(treatmentPlan) => save({ treatmentPlan })}
      />
      <fieldset className="rating">
        <legend>
          {t('risk.riskForm.residual')}{' '}
          <BandPill likelihood={risk.residualLikelihood} impact={risk.residualImpact} />
        </legend>
        <div className="field-row">
          <SelectField
            label={t('risk.riskForm.likelihood')}
            value={risk.residualLikelihood === null ? '' : String(risk.residualLikelihood)}
            options={[notRated, ...levelOptions(LIKELIHOOD_LABELS, lang)]}
            onChange={(v) => void save({ residualLikelihood: level(v) })}
          />
          <SelectField
            label={t('risk.riskForm.impact')}
            value={risk.residualImpact === null ? '' : String(risk.residualImpact)}
            options={[notRated, ...levelOptions(IMPACT_LABELS, lang)]}
            onChange={(v) => void save({ residualImpact: level(v) })}
          />
        </div>
      </fieldset>
      <div className="field-row">
        <SelectField
          label={t('risk.riskForm.status')}
          value={risk.status}
          options={vocabularyOptions(RISK_STATUSES, RISK_STATUS_LABELS, lang)}
          onChange={(v) => void save({ status: v as Risk['status'] })}
        />
        <DateField
          label={t('risk.riskForm.dueDate')}
          value={risk.dueDate}
          onSave={(dueDate) => save({ dueDate })}
        />
      </div>
      <ControlPicker value={risk.controlIds} onChange={(controlIds) => void save({ controlIds })} />
      <div className="linked-actions">
        <h4>{t('risk.riskForm.actions', { count: actions.length })}</h4>
        {actions.length > 0 && (
          <ul>
            {actions.map((a) => (
              <li key={a.id}>
                <span className="ref">{a.ref}</span> {a.title}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="buttons">
        <button type="button" onClick={() => void createAction(risk)}>
          <ListPlus size={16} aria-hidden /> {t('risk.register.createAction')}
        </button>
        <span className="spacer" />
        <ConfirmButton
          label={t('risk.riskForm.delete')}
          confirmLabel={t('risk.common.confirmDelete')}
          onConfirm={async () => {
            if (await saveEdit((wb) => api.risk.delete({ wb, id: risk.id }))) setPanel({ kind: 'closed' });
          }}
        >
          <Trash2 size={16} aria-hidden /> {t('risk.riskForm.delete')}
        </ConfirmButton>
      </div>
    </section>
  );
}
