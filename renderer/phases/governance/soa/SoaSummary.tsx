import { AlertTriangle, CheckCircle2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { SoaCompleteness } from '../../../../shared/domain/soaCompleteness';
import { useGovernanceView } from '../governanceView';
import { focusSoaRow } from './SoaTable';

/** Jumps to a control with an open point; the "open" filter always shows it. */
function jumpTo(controlId: string) {
  const view = useGovernanceView.getState();
  if (view.soaFilter === 'differs') view.setSoaFilter('open');
  requestAnimationFrame(() => focusSoaRow(controlId));
}

function ControlList({ label, ids }: { label: string; ids: readonly string[] }) {
  if (ids.length === 0) return null;
  return (
    <li>
      <AlertTriangle size={16} aria-hidden="true" />
      <span>{label}</span>
      <span className="control-links">
        {ids.map((id) => (
          <button key={id} type="button" className="link" onClick={() => jumpTo(id)}>
            {id}
          </button>
        ))}
      </span>
    </li>
  );
}

/** The completeness check of ISO 42001 6.1.3 (shared/domain/soaCompleteness) in figures and open points. */
export function SoaSummary({ completeness: c }: { completeness: SoaCompleteness }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const figures = [
    ['applicable', c.applicable],
    ['excluded', c.excluded],
    ['undecided', c.undecided.length],
  ] as const;
  return (
    <section className="card soa-summary" aria-labelledby="gov-soa-summary">
      <h3 id="gov-soa-summary" className="visually-hidden">
        {t('governance.soa.summary')}
      </h3>
      <div className="soa-progress">
        <strong>
          {t('governance.soa.decided', { decided: number.format(c.decided), total: number.format(c.total) })}
        </strong>
        <meter min={0} max={c.total} value={c.decided} aria-label={t('governance.soa.summary')} />
        <dl className="soa-figures">
          {figures.map(([key, value]) => (
            <div key={key}>
              <dt>{t(`governance.soa.figures.${key}`)}</dt>
              <dd>{number.format(value)}</dd>
            </div>
          ))}
        </dl>
      </div>
      {c.complete ? (
        <p className="complete">
          <CheckCircle2 size={18} aria-hidden="true" />
          {t('governance.soa.complete')}
        </p>
      ) : (
        <ul className="open-points" aria-label={t('governance.soa.openPoints')}>
          <ControlList label={t('governance.soa.unjustified')} ids={c.unjustifiedExclusions} />
          <ControlList label={t('governance.soa.withoutReason')} ids={c.inclusionsWithoutReason} />
          {c.undecided.length > 0 && (
            <li>
              <AlertTriangle size={16} aria-hidden="true" />
              <span>{t('governance.soa.undecidedCount', { count: c.undecided.length })}</span>
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
