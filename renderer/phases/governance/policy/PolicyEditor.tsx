import { FileText } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api';
import { saveEdit, useList } from '../../../store/records';
import { useWorkbook } from '../../../store/workbook';
import { AddForm } from '../../../components/form/AddForm';
import { PolicySectionCard } from './PolicySectionCard';
import { inPolicyOrder, insertPolicyTemplate, movePolicySection } from './policyEdits';
import { useEngagement } from '../../../store/engagement';

/** Jumps to a section by focusing its title, which also scrolls it into view. */
const focusSection = (id: string) =>
  document.querySelector<HTMLInputElement>(`#policy-${CSS.escape(id)} .section-title`)?.focus();

/** The AI policy (ISO 42001 5.2, A.2.2) as ordered sections, with a template to start from. */
export function PolicyEditor() {
  const { t } = useTranslation();
  const rows = useList('policy');
  const engagement = useEngagement();
  const clientName = useWorkbook((s) => s.open?.clientName ?? '');
  const [inserting, setInserting] = useState(false);
  const sections = inPolicyOrder(rows ?? []);

  const insertTemplate = async () => {
    if (!engagement) return;
    setInserting(true);
    try {
      await insertPolicyTemplate({ sections, lang: engagement.language, organisation: clientName });
    } finally {
      setInserting(false);
    }
  };
  const templateButton = (
    <button
      type="button"
      className={sections.length === 0 ? 'primary' : undefined}
      disabled={!engagement || inserting}
      onClick={() => void insertTemplate()}
    >
      <FileText size={16} aria-hidden="true" />
      {t('governance.policy.insertTemplate')}
    </button>
  );

  return (
    <section className="card" aria-labelledby="gov-policy-title">
      <div className="card-head">
        <h3 id="gov-policy-title">{t('governance.policy.title')}</h3>
        {sections.length > 0 && templateButton}
      </div>
      <p className="hint">
        {t('governance.policy.intro')}{' '}
        {engagement &&
          t('governance.policy.templateLanguage', {
            language: t(`languages.${engagement.language}`),
          })}
      </p>
      {sections.length === 0 ? (
        <div className="empty">
          <p>{t('governance.policy.empty')}</p>
          {templateButton}
        </div>
      ) : (
        <div className="policy-layout">
          <nav className="policy-toc" aria-label={t('governance.policy.contents')}>
            <ol>
              {sections.map((s) => (
                <li key={s.id}>
                  <button type="button" className="toc-link" onClick={() => focusSection(s.id)}>
                    {s.title}
                  </button>
                </li>
              ))}
            </ol>
          </nav>
          <div className="policy-sections">
            {sections.map((section, index) => (
              <PolicySectionCard
                key={section.id}
                section={section}
                number={index + 1}
                first={index === 0}
                last={index === sections.length - 1}
                onMove={(step) => void movePolicySection(sections, section.id, step)}
              />
            ))}
          </div>
        </div>
      )}
      <AddForm
        label={t('governance.policy.newSection')}
        button={t('governance.common.add')}
        onAdd={(title) =>
          saveEdit((wb) =>
            api.policy.create({
              wb,
              data: { title, position: sections.reduce((max, s) => Math.max(max, s.position + 1), 0) },
            }),
          )
        }
      />
    </section>
  );
}
