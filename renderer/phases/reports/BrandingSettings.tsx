import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Branding } from '../../../shared/schemas/branding';
import { api } from '../../api';
import { saveEdit } from '../../store/records';
import { useWorkbook } from '../../store/workbook';

type TextKey = 'firmName' | 'footerText' | 'confidentiality' | 'disclaimer';
type ColorKey = 'primaryColor' | 'accentColor';

/** Firm name, colours, footer, confidentiality label and logos, as every report of this workbook uses them. */
export function BrandingSettings() {
  const { t, i18n } = useTranslation();
  const wb = useWorkbook((s) => s.open?.wb);
  const [branding, setBranding] = useState<Branding | null>(null);
  const [draft, setDraft] = useState<Partial<Branding>>({});
  useEffect(() => {
    if (!wb) return;
    void api.branding.get({ wb }).then((result) => result.ok && setBranding(result.value));
  }, [wb]);
  if (!branding) return null;

  const keep = (next: Branding | undefined) => {
    if (next) setBranding(next);
  };
  const commit = (key: TextKey | ColorKey) => {
    const value = draft[key];
    setDraft(({ [key]: _sent, ...rest }) => rest);
    if (value !== undefined && value !== branding[key])
      void saveEdit((id) => api.branding.update({ wb: id, patch: { [key]: value } })).then(keep);
  };
  const text = (key: TextKey, multiline = false) => {
    const props = {
      id: `branding-${key}`,
      value: String(draft[key] ?? branding[key]),
      onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value }),
      onBlur: () => commit(key),
    };
    return (
      <>
        <label htmlFor={props.id}>{t(`reports.branding.${key}`)}</label>
        {multiline ? <textarea rows={3} {...props} /> : <input {...props} />}
      </>
    );
  };
  const color = (key: ColorKey) => (
    <>
      <label htmlFor={`branding-${key}`}>{t(`reports.branding.${key}`)}</label>
      <input
        id={`branding-${key}`}
        type="color"
        value={String(draft[key] ?? branding[key])}
        onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
        onBlur={() => commit(key)}
      />
    </>
  );
  const size = new Intl.NumberFormat(i18n.language, {
    style: 'unit',
    unit: 'kilobyte',
    maximumFractionDigits: 0,
  });
  const logo = (slot: 'firm' | 'client') => {
    const info = slot === 'firm' ? branding.firmLogo : branding.clientLogo;
    return (
      <>
        <span className="label">{t(`reports.branding.${slot}Logo`)}</span>
        <span className="logo-slot">
          <span data-testid={`${slot}-logo`}>
            {info
              ? t('reports.branding.logoInfo', { type: info.mimeType, size: size.format(info.size / 1024) })
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
      </>
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
