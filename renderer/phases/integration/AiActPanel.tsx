import { Search } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { aiActArticle, formatAiActRef } from '../../../shared/catalog/aiact/articles';
import { VERDICT_LABELS } from '../../../shared/catalog/vocab/assessment';
import { useCatalog } from '../../store/catalog';
import { useList } from '../../store/records';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { CatalogItemLink } from './CatalogItemLink';
import { groupByAiActArticle } from './aiActGroups';
import { useIntegrationView } from './integrationView';

/** EU AI Act provisions with the ISO 42001 requirements that help to meet them, and how those stand. */
export function AiActPanel() {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const catalog = useCatalog();
  const assessments = useList('assessment');
  const { aiActSearch, setAiActSearch } = useIntegrationView();
  const groups = useMemo(() => (catalog ? groupByAiActArticle(catalog) : []), [catalog]);
  if (!catalog || !assessments) return null;
  const verdicts = new Map(assessments.map((a) => [a.itemId, a.verdict]));
  const needle = aiActSearch.trim().toLowerCase();
  const visible = groups.filter(
    (group) =>
      !needle ||
      [group.base, formatAiActRef(group.base, lang), aiActArticle(group.base)?.title[lang] ?? ''].some(
        (text) => text.toLowerCase().includes(needle),
      ) ||
      group.entries.some(({ item }) => `${item.id} ${item.title[lang]}`.toLowerCase().includes(needle)),
  );

  return (
    <>
      <div className="kit-toolbar">
        <p className="kit-muted kit-grow-text">{t('integration.aiAct.intro')}</p>
        <div className="kit-field kit-search">
          <label htmlFor="ai-act-search" className="visually-hidden">
            {t('integration.aiAct.filter')}
          </label>
          <Search size={16} aria-hidden />
          <input
            id="ai-act-search"
            type="search"
            value={aiActSearch}
            placeholder={t('integration.aiAct.filter')}
            onChange={(e) => setAiActSearch(e.target.value)}
          />
        </div>
      </div>
      <div className="integ-ai-act-grid">
        {visible.map((group) => {
          const conform = group.entries.filter(({ item }) => verdicts.get(item.id) === 'conform').length;
          const headingId = `ai-act-${group.base.replace(/\W+/g, '-')}`;
          return (
            <section key={group.base} className="card integ-ai-act-article" aria-labelledby={headingId}>
              <h3 id={headingId}>
                <span className="integ-article-ref">{formatAiActRef(group.base, lang)}</span>{' '}
                {aiActArticle(group.base)?.title[lang]}
              </h3>
              <p className="kit-figure">
                {t('integration.aiAct.requirements', { count: group.entries.length })} ·{' '}
                {t('integration.aiAct.conform', { conform, count: group.entries.length })}
              </p>
              <ul>
                {group.entries.map(({ item, refs }) => {
                  const verdict = verdicts.get(item.id) ?? 'not-assessed';
                  const specific = refs.filter((ref) => ref !== group.base);
                  return (
                    <li key={item.id}>
                      <CatalogItemLink item={item} />
                      {specific.length > 0 && (
                        <span className="kit-muted">
                          {' '}
                          ({specific.map((ref) => formatAiActRef(ref, lang)).join(', ')})
                        </span>
                      )}
                      <span className="integ-verdict-chip" data-verdict={verdict}>
                        {VERDICT_LABELS[verdict].label[lang]}
                      </span>
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
      </div>
      {visible.length === 0 && <p className="kit-empty">{t('integration.aiAct.none')}</p>}
    </>
  );
}
