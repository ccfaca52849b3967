import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RegisterSchema, type Register } from '../../../shared/contract/exchange';
import { REPORT_TYPES, type ReportType } from '../../../shared/report/model';
import { api } from '../../api';
import { saveEdit } from '../../store/records';

type Lang = 'de' | 'en';

/**
 * PDF reports and spreadsheet exports. The report language is chosen per report and defaults to the
 * engagement's, independent of the UI language; main asks where to save.
 */
export function Deliverables({ engagementLanguage }: { engagementLanguage: Lang }) {
  const { t } = useTranslation();
  const [type, setType] = useState<ReportType>('full');
  const [reportLang, setReportLang] = useState<Lang>(engagementLanguage);
  const [register, setRegister] = useState<Register>('gap');
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  /** Every deliverable is written where main's save dialog says; null means the user cancelled. */
  const run = async (send: (wb: string) => ReturnType<typeof api.report.generate>) => {
    setBusy(true);
    setSaved(null);
    try {
      const written = await saveEdit(send);
      if (written) setSaved(written.fileName);
    } finally {
      setBusy(false);
    }
  };
  const languages = (id: string, value: Lang, set: (lang: Lang) => void) => (
    <select id={id} value={value} onChange={(e) => set(e.target.value === 'en' ? 'en' : 'de')}>
      <option value="de">{t('languages.de')}</option>
      <option value="en">{t('languages.en')}</option>
    </select>
  );

  return (
    <>
      <section className="card" aria-labelledby="report-title">
        <h3 id="report-title">{t('reports.generate.title')}</h3>
        <div className="deliverable-form">
          <label htmlFor="report-type">{t('reports.generate.type')}</label>
          <select id="report-type" value={type} onChange={(e) => setType(e.target.value as ReportType)}>
            {REPORT_TYPES.map((id) => (
              <option key={id} value={id}>
                {t(`reports.generate.types.${id}`)}
              </option>
            ))}
          </select>
          <label htmlFor="report-lang">{t('reports.generate.language')}</label>
          {languages('report-lang', reportLang, setReportLang)}
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => void run((wb) => api.report.generate({ wb, type, lang: reportLang }))}
          >
            {busy ? t('reports.generate.busy') : t('reports.generate.create')}
          </button>
        </div>
      </section>
      <section className="card" aria-labelledby="exports-title">
        <h3 id="exports-title">{t('reports.exports.title')}</h3>
        <div className="deliverable-form">
          <label htmlFor="export-register">{t('reports.exports.register')}</label>
          <select
            id="export-register"
            value={register}
            onChange={(e) => setRegister(RegisterSchema.parse(e.target.value))}
          >
            {RegisterSchema.options.map((id) => (
              <option key={id} value={id}>
                {t(`reports.exports.registers.${id}`)}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={busy}
            onClick={() => void run((wb) => api.export.xlsx({ wb, what: register, lang: reportLang }))}
          >
            {t('reports.exports.create')}
          </button>
        </div>
        <button type="button" disabled={busy} onClick={() => void run((wb) => api.archive.export({ wb }))}>
          {t('reports.exports.archive')}
        </button>
      </section>
      {saved && (
        <p role="status" className="notice">
          {t('reports.generate.done', { file: saved })}
        </p>
      )}
    </>
  );
}
