import { useTranslation } from 'react-i18next';
import { PHASES, useNavigation } from '../store/navigation';
import { usePhaseProgress } from './phaseProgress';

/** The journey: Overview · 1–5 · Actions · Reports, each with its progress. Alt+0…7 jump there. */
export function Navigation() {
  const { t, i18n } = useTranslation();
  const { phase, go } = useNavigation();
  const progress = usePhaseProgress();
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' });
  return (
    <nav className="journey" aria-label={t('nav.label')}>
      <ol>
        {PHASES.map((id, index) => {
          const share = progress[id];
          return (
            <li key={id}>
              <button
                type="button"
                aria-current={phase === id ? 'page' : undefined}
                aria-keyshortcuts={`Alt+${index}`}
                onClick={() => go(id)}
                data-phase={id}
              >
                <span className="phase-name">{t(`nav.${id}`)}</span>
                {share !== undefined && share !== null && (
                  <span
                    className="phase-progress"
                    aria-label={t('nav.progress', { percent: percent.format(share) })}
                  >
                    <span style={{ width: `${Math.round(share * 100)}%` }} />
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
