import { useTranslation } from 'react-i18next';

/** Key caps in the notation every consultant's keyboard shows; the meaning beside each is translated. */
const KEYS = [
  ['0–5', 'maturity'],
  ['T', 'target'],
  ['V', 'verdict'],
  ['N', 'note'],
  ['A', 'action'],
  ['J / K', 'move'],
  ['↵', 'next'],
  ['Ctrl F', 'search'],
  ['Esc', 'leave'],
] as const;

/** The workshop keys, always in view on the projector so the room can follow what is happening. */
export function ShortcutLegend() {
  const { t } = useTranslation();
  return (
    <dl className="shortcut-legend" aria-label={t('gap.workshop.legend')}>
      {KEYS.map(([keys, meaning]) => (
        <div key={meaning}>
          <dt>
            <kbd>{keys}</kbd>
          </dt>
          <dd>{t(`gap.workshop.${meaning}`)}</dd>
        </div>
      ))}
    </dl>
  );
}
