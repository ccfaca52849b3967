import { useTranslation } from 'react-i18next';
import { DOCUMENT_STATUSES, DOCUMENT_STATUS_LABELS } from '../../../shared/catalog/vocab/audit';
import { REQUIRED_DOCUMENTS } from '../../../shared/domain/documents';
import type { DocumentRecord } from '../../../shared/schemas/audit';
import { useCatalog } from '../../store/catalog';
import { useList } from '../../store/records';
import { AddDocumentForm } from './AddDocumentForm';
import { DocumentRow } from './DocumentRow';
import { useAuditView, type DocumentFilter } from './auditView';
import { SelectField } from '../../components/form/SelectField';
import { useUiLanguage } from '../../i18n/useUiLanguage';

const REQUIRED_ORDER = new Map<string, number>(REQUIRED_DOCUMENTS.map((d, index) => [d.id, index]));

/** Catalogue order (clause 4 before 10, as the store's text order would not), own documents after. */
function byCatalogOrder(catalogIndex: ReadonlyMap<string, number>) {
  const rank = (d: DocumentRecord) => [
    d.itemId === null ? Infinity : (catalogIndex.get(d.itemId) ?? Infinity),
    d.requirementKey === null ? Infinity : (REQUIRED_ORDER.get(d.requirementKey) ?? Infinity),
  ];
  return (a: DocumentRecord, b: DocumentRecord) => {
    const [a1, a2] = rank(a);
    const [b1, b2] = rank(b);
    return a1! - b1! || a2! - b2! || a.title.localeCompare(b.title);
  };
}

/** The documented information ISO 42001 requires (pre-filled), plus the client's own documents. */
export function DocumentRegister() {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const documents = useList('document');
  const catalog = useCatalog();
  const { documentFilter, setDocumentFilter } = useAuditView();
  if (!documents || !catalog) return null;
  const catalogIndex = new Map(catalog.map((item, index) => [item.id, index]));
  const approved = documents.filter((d) => d.status === 'approved').length;
  const missing = documents.filter((d) => d.status === 'missing').length;
  const shown = [...documents]
    .sort(byCatalogOrder(catalogIndex))
    .filter(
      (d) =>
        documentFilter === 'all' ||
        (documentFilter === 'own' ? d.requirementKey === null : d.status === documentFilter),
    );
  const filters: { value: DocumentFilter; label: string }[] = [
    { value: 'all', label: t('audit.documents.filters.all') },
    ...DOCUMENT_STATUSES.map((id) => ({ value: id, label: DOCUMENT_STATUS_LABELS[id].label[lang] })),
    { value: 'own', label: t('audit.documents.filters.own') },
  ];
  return (
    <>
      <div className="kit-toolbar">
        <SelectField
          label={t('audit.documents.filter')}
          value={documentFilter}
          options={filters}
          onChange={setDocumentFilter}
        />
        <span className="kit-spacer" />
        <p className="kit-figure" role="status">
          {t('audit.documents.summary', { approved, missing, total: documents.length })}
        </p>
      </div>
      <table className="kit-table audit-documents">
        <thead>
          <tr>
            <th scope="col">{t('audit.documents.item')}</th>
            <th scope="col">{t('audit.documents.title')}</th>
            <th scope="col">{t('audit.documents.status')}</th>
            <th scope="col">{t('audit.documents.owner')}</th>
            <th scope="col">{t('audit.documents.location')}</th>
            <th scope="col">{t('audit.documents.version')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('audit.actionsColumn')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((document) => (
            <DocumentRow key={document.id} document={document} />
          ))}
        </tbody>
      </table>
      {shown.length === 0 && <p className="kit-empty">{t('audit.documents.none')}</p>}
      <AddDocumentForm />
    </>
  );
}
