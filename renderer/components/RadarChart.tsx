/** One axis of the radar: a clause or Annex A objective with its average current and target maturity. */
export interface RadarAxis {
  readonly id: string;
  readonly label: string;
  readonly current: number | null;
  readonly target: number | null;
}

const SIZE = 320;
const CENTER = SIZE / 2;
const RADIUS = 110;

const point = (index: number, count: number, value: number) => {
  const angle = (Math.PI * 2 * index) / count - Math.PI / 2;
  const r = (RADIUS * value) / 5;
  return [CENTER + r * Math.cos(angle), CENTER + r * Math.sin(angle)] as const;
};
const polygon = (axes: readonly RadarAxis[], pick: (a: RadarAxis) => number | null) =>
  axes.map((axis, i) => point(i, axes.length, pick(axis) ?? 0).join(',')).join(' ');

/**
 * Maturity 0–5 per axis, current (filled) against target (dashed). Drawn as SVG so it scales for a
 * projector; the figures are also in the accessible description and the table beside it.
 */
export function RadarChart({
  axes,
  title,
  labels,
}: {
  axes: readonly RadarAxis[];
  title: string;
  labels: { current: string; target: string };
}) {
  if (axes.length < 3) return null;
  return (
    <figure className="radar">
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={title}>
        {[1, 2, 3, 4, 5].map((level) => (
          <polygon key={level} className="radar-ring" points={polygon(axes, () => level)} />
        ))}
        {axes.map((axis, i) => {
          const [x, y] = point(i, axes.length, 5.9);
          const [lx, ly] = point(i, axes.length, 5);
          return (
            <g key={axis.id}>
              <line className="radar-spoke" x1={CENTER} y1={CENTER} x2={lx} y2={ly} />
              <text x={x} y={y} textAnchor="middle" dominantBaseline="middle" className="radar-label">
                {axis.label}
              </text>
            </g>
          );
        })}
        <polygon className="radar-target" points={polygon(axes, (a) => a.target)} />
        <polygon className="radar-current" points={polygon(axes, (a) => a.current)} />
      </svg>
      <figcaption>
        <span className="legend legend-current">{labels.current}</span>
        <span className="legend legend-target">{labels.target}</span>
      </figcaption>
    </figure>
  );
}
