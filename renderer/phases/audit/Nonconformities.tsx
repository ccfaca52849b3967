import { Plus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  NC_SEVERITIES,
  NC_SEVERITY_LABELS,
  NC_STATUS_LABELS,
  type NcSeverity,
} from '../../../shared/catalog/vocab/audit';
import { api } from '../../api';
import { saveEdit, useList } from '../../store/records';
import { NonconformityForm } from './NonconformityForm';
import { useAuditView } from './auditView';
import { useFormats } from '../../i18n/formats';
import { useUiLanguage } from '../../i18n/useUiLanguage';

/** Nonconformities from audits, reviews and incidents, each with its corrective action (ISO 42001 10.2). */
export function Nonconformities() {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const dates = useFormats();
  const list = useList('nonconformity');
  const { nonconformityId, selectNonconformity } = useAuditView();
  const [title, setTitle] = useState('');
  const [severity, setSeverity] = useState<NcSeverity>('minor');
  if (!list) return null;
  const selected = list.find((nc) => nc.id === nonconformityId) ?? list[0];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return;
    const created = await saveEdit((wb) =>
      api.nonconformity.create({ wb, data: { title: title.trim(), severity } }),
    );
    if (created) {
      setTitle('');
      selectNonconformity(created.id);
    }
  };

  return (
    <>
      <form className="kit-inline-form" onSubmit={(e) => void submit(e)} aria-label={t('audit.nc.addTitle')}>
        <div className="kit-field kit-grow">
          <label htmlFor="new-nc-title">{t('audit.nc.title')}</label>
          <input id="new-nc-title" value={title} required onChange={(e) => setTitle(e.target.value)} />
        </div>
        <div className="kit-field">
          <label htmlFor="new-nc-severity">{t('audit.nc.severity')}</label>
          <select
            id="new-nc-severity"
            value={severity}
            onChange={(e) => setSeverity(e.target.value as NcSeverity)}
          >
            {NC_SEVERITIES.map((id) => (
              <option key={id} value={id}>
                {NC_SEVERITY_LABELS[id].label[lang]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="primary kit-icon-button" disabled={!title.trim()}>
          <Plus size={16} aria-hidden /> {t('audit.nc.add')}
        </button>
      </form>
      {list.length === 0 ? (
        <p className="kit-empty">{t('audit.nc.empty')}</p>
      ) : (
        <div className="audit-master-detail">
          <table className="kit-table audit-nc-list">
            <thead>
              <tr>
                <th scope="col">{t('audit.nc.ref')}</th>
                <th scope="col">{t('audit.nc.title')}</th>
                <th scope="col">{t('audit.nc.severity')}</th>
                <th scope="col">{t('audit.nc.status')}</th>
                <th scope="col">{t('audit.nc.due')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((nc) => (
                <tr key={nc.id} aria-selected={nc.id === selected?.id} data-severity={nc.severity}>
                  <td className="kit-id">{nc.ref}</td>
                  <td>
                    <button
                      type="button"
                      className="kit-item-link"
                      onClick={() => selectNonconformity(nc.id)}
                    >
                      {nc.title}
                    </button>
                    {nc.itemId && <span className="kit-muted"> · {nc.itemId}</span>}
                  </td>
                  <td>
                    <span className="kit-chip audit-severity-chip" data-severity={nc.severity}>
                      {NC_SEVERITY_LABELS[nc.severity].label[lang]}
                    </span>
                  </td>
                  <td>{NC_STATUS_LABELS[nc.status].label[lang]}</td>
                  <td className="audit-date">{dates.day(nc.dueDate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {selected && <NonconformityForm key={selected.id} nc={selected} />}
        </div>
      )}
    </>
  );
}
