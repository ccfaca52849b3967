import { ArrowDown, ArrowUp, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { PolicySection } from '../../../../shared/schemas/governance';
import { api } from '../../../api';
import { saveEdit } from '../../../store/records';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { DraftInput, DraftTextarea } from '../../../components/form/DraftInput';

type Patch = Partial<Pick<PolicySection, 'title' | 'body'>>;
const update = (id: string, patch: Patch) => saveEdit((wb) => api.policy.update({ wb, id, patch }));

interface Props {
  section: PolicySection;
  number: number;
  first: boolean;
  last: boolean;
  onMove(step: -1 | 1): void;
}

/** One section of the AI policy: numbered title, text, and its place in the order. */
export function PolicySectionCard({ section, number, first, last, onMove }: Props) {
  const { t } = useTranslation();
  // aria-disabled rather than disabled: the button keeps focus when the section reaches the edge.
  const moveButton = (step: -1 | 1, edge: boolean) => {
    const label = t(step < 0 ? 'governance.policy.moveUp' : 'governance.policy.moveDown', {
      title: section.title,
    });
    return (
      <button
        type="button"
        className="icon-button"
        aria-label={label}
        title={label}
        aria-disabled={edge}
        onClick={() => !edge && onMove(step)}
      >
        {step < 0 ? <ArrowUp size={16} aria-hidden="true" /> : <ArrowDown size={16} aria-hidden="true" />}
      </button>
    );
  };
  return (
    <article className="policy-section" id={`policy-${section.id}`}>
      <header>
        <span className="section-number" aria-hidden="true">
          {number}
        </span>
        <DraftInput
          className="section-title"
          value={section.title}
          required
          aria-label={t('governance.policy.sectionTitle', { number })}
          onSave={(title) => void update(section.id, { title })}
        />
        <div className="tools">
          {moveButton(-1, first)}
          {moveButton(1, last)}
          <ConfirmButton
            label={t('governance.common.delete', { name: section.title })}
            confirmLabel={t('governance.common.confirmDelete')}
            onConfirm={() => void saveEdit((wb) => api.policy.delete({ wb, id: section.id }))}
          >
            <Trash2 size={16} aria-hidden />
          </ConfirmButton>
        </div>
      </header>
      <DraftTextarea
        className="section-body"
        value={section.body}
        aria-label={t('governance.policy.sectionBody', { title: section.title })}
        onSave={(body) => void update(section.id, { body })}
      />
    </article>
  );
}
