import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Branding } from '../../../shared/schemas/branding';
import { api } from '../../api';
import { DraftInput } from '../../components/form/DraftInput';
import { Field } from '../../components/form/Field';
import { TextField } from '../../components/form/TextField';
import { useFormats } from '../../i18n/formats';
import { saveEdit } from '../../store/records';
import { useWorkbook } from '../../store/workbook';

type TextKey = 'firmName' | 'footerText' | 'confidentiality' | 'disclaimer';
type ColorKey = 'primaryColor' | 'accentColor';

/** Firm name, colours, footer, confidentiality label and logos, as every report of this workbook uses them. */
export function BrandingSettings() {
  const { t } = useTranslation();
  const formats = useFormats();
  const wb = useWorkbook((s) => s.open?.wb);
  const [branding, setBranding] = useState<Branding | null>(null);
  useEffect(() => {
    if (!wb) return;
    void api.branding.get({ wb }).then((result) => result.ok && setBranding(result.value));
  }, [wb]);
  if (!branding) return null;

  const keep = (next: Branding | undefined) => {
    if (next) setBranding(next);
  };
  const save = (key: TextKey | ColorKey) => (value: string) =>
    saveEdit((id) => api.branding.update({ wb: id, patch: { [key]: value } })).then(keep);
  const text = (key: TextKey, multiline = false) => (
    <TextField
      label={t(`reports.branding.${key}`)}
      value={branding[key]}
      onSave={save(key)}
      multiline={multiline}
    />
  );
  const color = (key: ColorKey) => (
    <Field label={t(`reports.branding.${key}`)}>
      {(control) => <DraftInput {...control} type="color" value={branding[key]} onSave={save(key)} />}
    </Field>
  );
  const logo = (slot: 'firm' | 'client') => {
    const info = slot === 'firm' ? branding.firmLogo : branding.clientLogo;
    return (
      <div className="kit-field">
        <span className="label">{t(`reports.branding.${slot}Logo`)}</span>
        <span className="logo-slot">
          <span data-testid={`${slot}-logo`}>
            {info
              ? t('reports.branding.logoInfo', { type: info.mimeType, size: formats.size(info.size) })
              : t('reports.branding.noLogo')}
          </span>
          <button
            type="button"
            onClick={() =>
              void saveEdit((id) => api.branding.attachLogo({ wb: id, slot })).then((b) =>
                keep(b ?? undefined),
              )
            }
          >
            {t('reports.branding.attach')}
          </button>
          {info && (
            <button
              type="button"
              className="link"
              onClick={() => void saveEdit((id) => api.branding.removeLogo({ wb: id, slot })).then(keep)}
            >
              {t('reports.branding.remove')}
            </button>
          )}
        </span>
      </div>
    );
  };

  return (
    <section className="card" aria-labelledby="branding-title">
      <h3 id="branding-title">{t('reports.branding.title')}</h3>
      <p className="muted">{t('reports.branding.hint')}</p>
      <div className="branding-form">
        {text('firmName')}
        {color('primaryColor')}
        {color('accentColor')}
        {text('footerText')}
        {text('confidentiality')}
        {text('disclaimer', true)}
        {logo('firm')}
        {logo('client')}
      </div>
    </section>
  );
}
