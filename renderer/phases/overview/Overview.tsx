import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { VERDICT_LABELS } from '../../../shared/catalog/vocab/assessment';
import { riskHeatmaps } from '../../../shared/domain/risk';
import { scoresOf } from '../../../shared/domain/workbookFigures';
import { RadarChart, type RadarAxis } from '../../components/RadarChart';
import { RiskHeatmap } from '../../components/RiskHeatmap';
import { usePhaseProgress } from '../../frame/phaseProgress';
import type { UiLanguage } from '../../i18n';
import { useCatalog } from '../../store/catalog';
import { PHASES, useNavigation } from '../../store/navigation';
import { useReadiness } from '../../store/readiness';
import { useList } from '../../store/records';
import { ReadinessPanel } from './ReadinessPanel';
import './overview.css';

/** The engagement at a glance; every figure leads to where it can be worked on. */
export function Overview() {
  const { t, i18n } = useTranslation();
  const lang: UiLanguage = i18n.language === 'en' ? 'en' : 'de';
  const { go, showItem } = useNavigation();
  const catalog = useCatalog();
  const assessments = useList('assessment');
  const risks = useList('risk');
  const progress = usePhaseProgress();
  const readiness = useReadiness();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' });

  const scores = useMemo(
    () => (catalog && assessments && risks ? scoresOf({ catalog, assessments, risks }) : null),
    [catalog, assessments, risks],
  );
  const maps = useMemo(() => (risks ? riskHeatmaps(risks) : null), [risks]);

  if (!catalog || !scores) return <p aria-busy="true">…</p>;
  const title = new Map(catalog.map((item) => [item.id, item.title[lang]]));
  const axes = (kind: 'clause' | 'control'): RadarAxis[] =>
    scores.groups
      .filter((g) => g.kind === kind)
      .map((g) => ({ id: g.group, label: g.group, current: g.averageCurrent, target: g.averageTarget }));
  const radarLabels = { current: t('overview.current'), target: t('overview.target') };
  const index = scores.overall.all.index;

  return (
    <div className="overview">
      <h2 className="visually-hidden">{t('overview.title')}</h2>
      <div className="overview-grid">
        <section className="card" aria-labelledby="phases-title">
          <h2 id="phases-title">{t('overview.phases')}</h2>
          <ul className="phase-list">
            {PHASES.filter((p) => p !== 'overview' && p !== 'reports').map((phase) => {
              const share = progress[phase];
              return (
                <li key={phase}>
                  <button type="button" className="link-row" onClick={() => go(phase)}>
                    <span>{t(`nav.${phase}`)}</span>
                    <meter min={0} max={1} value={share ?? 0} aria-label={t(`nav.${phase}`)} />
                    <span className="figure">
                      {share === null || share === undefined
                        ? t('overview.notStarted')
                        : percent.format(share)}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
          <p className="maturity-index">
            {t('overview.maturityIndex')}:{' '}
            <strong>
              {index === null ? '–' : t('overview.maturityOf', { value: number.format(index) })}
            </strong>
          </p>
        </section>
        {readiness && <ReadinessPanel readiness={readiness} />}
        <section className="card" aria-labelledby="radar-title">
          <h2 id="radar-title">{t('overview.radarClauses')}</h2>
          <RadarChart axes={axes('clause')} title={t('overview.radarClauses')} labels={radarLabels} />
        </section>
        <section className="card" aria-labelledby="radar-controls-title">
          <h2 id="radar-controls-title">{t('overview.radarControls')}</h2>
          <RadarChart axes={axes('control')} title={t('overview.radarControls')} labels={radarLabels} />
        </section>
        {maps && (
          <section className="card" aria-labelledby="heatmap-title">
            <h2 id="heatmap-title">{t('overview.heatmap')}</h2>
            <RiskHeatmap map={maps.inherent} title={t('overview.heatmap')} onSelect={() => go('risk')} />
            {maps.inherent.unrated > 0 && (
              <p className="muted">{t('overview.unrated', { count: maps.inherent.unrated })}</p>
            )}
          </section>
        )}
        <section className="card wide" aria-labelledby="gaps-title">
          <h2 id="gaps-title">{t('overview.gaps')}</h2>
          {scores.gaps.length === 0 ? (
            <p>{t('overview.noGaps')}</p>
          ) : (
            <table className="gaps">
              <thead>
                <tr>
                  <th scope="col">{t('overview.gapColumns.item')}</th>
                  <th scope="col">{t('overview.gapColumns.current')}</th>
                  <th scope="col">{t('overview.gapColumns.target')}</th>
                  <th scope="col">{t('overview.gapColumns.verdict')}</th>
                </tr>
              </thead>
              <tbody>
                {scores.gaps.slice(0, 10).map((gap) => (
                  <tr key={gap.itemId}>
                    <td>
                      <button type="button" className="link" onClick={() => showItem(gap.itemId)}>
                        <strong>{gap.itemId}</strong> {title.get(gap.itemId)}
                      </button>
                    </td>
                    <td>{gap.current ?? '–'}</td>
                    <td>{gap.target ?? '–'}</td>
                    <td>
                      <span className="verdict" data-verdict={gap.verdict}>
                        {VERDICT_LABELS[gap.verdict].label[lang]}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </div>
  );
}
