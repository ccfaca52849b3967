import { Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_STATUSES, DOCUMENT_STATUS_LABELS } from '../../../shared/catalog/vocab/audit';
import { requiredDocument } from '../../../shared/domain/documents';
import type { DocumentRecord } from '../../../shared/schemas/audit';
import { api } from '../../api';
import { saveEdit } from '../../store/records';
import { ConfirmButton } from '../../components/ConfirmButton';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { vocabularyOptions } from '../../components/form/vocabularyOptions';

type Patch = Parameters<typeof api.document.update>[0]['patch'];

/**
 * One entry of the register. A required document shows the catalogue's name in the UI language (the
 * stored title is in the report language); a document the client added keeps its own, editable name.
 */
export function DocumentRow({ document }: { document: DocumentRecord }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const required = document.requirementKey ? requiredDocument(document.requirementKey) : undefined;
  const save = (patch: Patch) => saveEdit((wb) => api.document.update({ wb, id: document.id, patch }));
  const name = required?.title[lang] ?? document.title;
  return (
    <tr data-document={document.requirementKey ?? document.id} data-status={document.status}>
      <td className="kit-id">{document.itemId ?? '–'}</td>
      <td className="audit-document-name">
        {required ? (
          <>
            <strong>{name}</strong>{' '}
            <span className="kit-chip audit-kind-chip">{t(`audit.documents.kinds.${required.kind}`)}</span>
            <p className="audit-description">{required.description[lang]}</p>
          </>
        ) : (
          <TextField
            label={t('audit.documents.titleOf', { name })}
            hideLabel
            required
            value={document.title}
            onSave={(title) => save({ title })}
          />
        )}
      </td>
      <td>
        <SelectField
          label={t('audit.documents.statusOf', { name })}
          hideLabel
          className="audit-status-select"
          value={document.status}
          options={vocabularyOptions(DOCUMENT_STATUSES, DOCUMENT_STATUS_LABELS, lang)}
          onChange={(status) => save({ status })}
        />
      </td>
      <td>
        <TextField
          label={t('audit.documents.ownerOf', { name })}
          hideLabel
          value={document.owner}
          onSave={(owner) => save({ owner })}
        />
      </td>
      <td>
        <TextField
          label={t('audit.documents.locationOf', { name })}
          hideLabel
          value={document.location}
          onSave={(location) => save({ location })}
        />
      </td>
      <td className="audit-version">
        <TextField
          label={t('audit.documents.versionOf', { name })}
          hideLabel
          value={document.version}
          onSave={(version) => save({ version })}
        />
      </td>
      <td>
        {!required && (
          <ConfirmButton
            label={t('audit.documents.delete', { name })}
            confirmLabel={t('audit.confirmDelete')}
            onConfirm={() => saveEdit((wb) => api.document.delete({ wb, id: document.id }))}
          >
            <Trash2 size={16} aria-hidden />
          </ConfirmButton>
        )}
      </td>
    </tr>
  );
}
