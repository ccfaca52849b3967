import { useTranslation } from 'react-i18next';
import { useList } from '../../store/records';
import { AddSystemForm } from './AddSystemForm';
import { SystemCard } from './SystemCard';

/** The client's existing management systems and their certificates. */
export function SystemsPanel() {
  const { t } = useTranslation();
  const systems = useList('managementSystem');
  const coverage = useList('coverage');
  if (!systems || !coverage) return null;
  const counts = new Map<string, number>();
  for (const c of coverage) counts.set(c.managementSystemId, (counts.get(c.managementSystemId) ?? 0) + 1);
  return (
    <>
      <AddSystemForm />
      {systems.length === 0 && <p className="kit-empty">{t('integration.systems.empty')}</p>}
      <div className="integ-system-list">
        {systems.map((system) => (
          <SystemCard key={system.id} system={system} coverageCount={counts.get(system.id) ?? 0} />
        ))}
      </div>
    </>
  );
}
