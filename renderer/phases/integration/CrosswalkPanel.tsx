import { useTranslation } from 'react-i18next';
import type { Coverage } from '../../../shared/schemas/integration';
import { useCatalog, type CatalogItems } from '../../store/catalog';
import { useList } from '../../store/records';
import { SelectField } from '../../components/form/SelectField';
import { CoverageSuggestion } from './CoverageSuggestion';
import { CrosswalkRow } from './CrosswalkRow';
import { useIntegrationView, type CrosswalkFilter } from './integrationView';
import { HS_COLUMNS, hsColumn, matchingReference } from './standards';
import { useReferencePrefix } from './useReferencePrefix';

const FILTERS = [
  'all',
  'clauses',
  'controls',
  'open',
  'covered',
] as const satisfies readonly CrosswalkFilter[];

const passes = (filter: CrosswalkFilter, item: CatalogItems[number], covered: boolean): boolean =>
  filter === 'all' ||
  (filter === 'clauses' && item.kind === 'clause') ||
  (filter === 'controls' && item.kind === 'control') ||
  (filter === 'open' && !covered) ||
  (filter === 'covered' && covered);

/** ISO 42001 requirements against the client's systems: what each one already covers, and where. */
export function CrosswalkPanel() {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const systems = useList('managementSystem');
  const coverage = useList('coverage');
  const view = useIntegrationView();
  const prefix = useReferencePrefix();
  if (!catalog || !systems || !coverage) return null;
  if (systems.length === 0) {
    return (
      <div className="kit-empty-state">
        <p>{t('integration.crosswalk.noSystems')}</p>
        <button type="button" className="primary" onClick={() => view.setTab('systems')}>
          {t('integration.crosswalk.toSystems')}
        </button>
      </div>
    );
  }
  // Until one is chosen, start with a system on the harmonized structure: that is where the matches are.
  const system =
    systems.find((s) => s.id === view.systemId) ?? systems.find((s) => hsColumn(s.standard)) ?? systems[0]!;
  const names = new Map(systems.map((s) => [s.id, s.name]));
  const byItem = new Map<string, Coverage[]>();
  for (const c of coverage) {
    const list = byItem.get(c.itemId);
    if (list) list.push(c);
    else byItem.set(c.itemId, [c]);
  }
  const mine = new Map(coverage.filter((c) => c.managementSystemId === system.id).map((c) => [c.itemId, c]));
  const rows = catalog.filter((item) => passes(view.filter, item, mine.has(item.id)));
  const active = hsColumn(system.standard);

  return (
    <>
      <div className="kit-toolbar">
        <SelectField
          label={t('integration.crosswalk.system')}
          value={system.id}
          options={systems.map((s) => ({ value: s.id, label: s.name }))}
          onChange={view.setSystem}
        />
        <SelectField
          label={t('integration.crosswalk.filter')}
          value={view.filter}
          options={FILTERS.map((id) => ({ value: id, label: t(`integration.crosswalk.filters.${id}`) }))}
          onChange={view.setFilter}
        />
        <span className="kit-spacer" />
        <p className="kit-figure" role="status">
          {t('integration.crosswalk.summary', {
            covered: mine.size,
            total: catalog.length,
            name: system.name,
          })}
        </p>
      </div>
      <CoverageSuggestion system={system} catalog={catalog} covered={new Set(mine.keys())} />
      <table className="kit-table integ-crosswalk">
        <thead>
          <tr>
            <th scope="col">{t('integration.crosswalk.requirement')}</th>
            {HS_COLUMNS.map((column) => (
              <th key={column} scope="col" className="integ-clause" data-active={column === active}>
                {t(`integration.standards.${column}`)}
              </th>
            ))}
            <th scope="col" className="integ-clause" data-active={system.standard === 'gdpr'}>
              {t('integration.crosswalk.gdpr')}
            </th>
            <th scope="col">{t('integration.crosswalk.coveredShort')}</th>
            <th scope="col">
              {t('integration.crosswalk.reference')} · {t('integration.crosswalk.note')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((item) => (
            <CrosswalkRow
              key={item.id}
              item={item}
              system={system}
              coverage={mine.get(item.id)}
              others={(byItem.get(item.id) ?? [])
                .filter((c) => c.managementSystemId !== system.id)
                .map((c) => names.get(c.managementSystemId) ?? '')}
              suggestedReference={matchingReference(item, system.standard, prefix(system.standard))}
            />
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="kit-empty">{t('integration.crosswalk.none')}</p>}
    </>
  );
}
