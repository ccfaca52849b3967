import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPACT_LABELS, LIKELIHOOD_LABELS } from '../../../../shared/catalog/vocab/risk';
import type { AiSystem } from '../../../../shared/schemas/risk';
import { api } from '../../../api';
import { saveEdit } from '../../../store/records';
import { SelectField } from '../../../components/form/SelectField';
import { useUiLanguage } from '../../../i18n/useUiLanguage';
import { useRiskUi } from '../riskUi';
import { BandPill } from './BandPill';
import { NO_SYSTEM } from './filterRisks';
import { levelOptions } from './levels';

/**
 * Adds a risk: title and rating first, the rest in the form that opens after. A heatmap cell or an AI
 * system chosen in the filters pre-fills the new risk, so "add a risk here" is one step.
 */
export function NewRiskForm({ systems }: { systems: readonly AiSystem[] }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const { filters, setPanel } = useRiskUi();
  const [title, setTitle] = useState('');
  const [aiSystemId, setAiSystemId] = useState(
    filters.aiSystemId && filters.aiSystemId !== NO_SYSTEM ? filters.aiSystemId : '',
  );
  const [likelihood, setLikelihood] = useState(filters.cell?.likelihood ?? 3);
  const [impact, setImpact] = useState(filters.cell?.impact ?? 3);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') return;
    const created = await saveEdit((wb) =>
      api.risk.create({
        wb,
        data: { title: title.trim(), likelihood, impact, aiSystemId: aiSystemId || null, status: 'open' },
      }),
    );
    if (created) setPanel({ kind: 'edit', id: created.id });
  };

  return (
    <form className="side-form" aria-labelledby="new-risk-title" onSubmit={(e) => void submit(e)}>
      <h3 id="new-risk-title">{t('risk.register.new')}</h3>
      <div className="kit-field">
        <label htmlFor="new-risk-name">{t('risk.riskForm.title')}</label>
        <input
          id="new-risk-name"
          autoFocus
          required
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <SelectField
        label={t('risk.riskForm.aiSystem')}
        value={aiSystemId}
        options={[
          { value: '', label: t('risk.register.noSystem') },
          ...systems.map((s) => ({ value: s.id, label: s.name })),
        ]}
        onChange={setAiSystemId}
      />
      <div className="field-row">
        <SelectField
          label={t('risk.riskForm.likelihood')}
          value={String(likelihood)}
          options={levelOptions(LIKELIHOOD_LABELS, lang)}
          onChange={(v) => setLikelihood(Number(v))}
        />
        <SelectField
          label={t('risk.riskForm.impact')}
          value={String(impact)}
          options={levelOptions(IMPACT_LABELS, lang)}
          onChange={(v) => setImpact(Number(v))}
        />
      </div>
      <p>
        {t('risk.riskForm.inherent')}: <BandPill likelihood={likelihood} impact={impact} />
      </p>
      <div className="buttons">
        <button type="submit" className="primary" disabled={title.trim() === ''}>
          {t('risk.register.create')}
        </button>
        <button type="button" onClick={() => setPanel({ kind: 'closed' })}>
          {t('risk.common.cancel')}
        </button>
      </div>
    </form>
  );
}
