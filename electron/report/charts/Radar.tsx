import { Circle, G, Line, Polygon, StyleSheet, Svg, Text, View } from '@react-pdf/renderer';
import type { MaturitySeries } from '../../../shared/report/model';
import { Txt } from '../blocks/Txt';
import { FONT_FAMILY } from '../fonts';
import { useReportStyle } from '../ReportContext';
import { INK, TEXT_WIDTH } from '../theme';
import { Legend } from './Legend';

export const RADAR_HEIGHT = 250;
const WIDTH = 234;
const HEIGHT = 212;
const CX = WIDTH / 2;
const CY = HEIGHT / 2 + 2;
const RADIUS = 78;
/** Distance of the axis labels beyond the outer ring. */
const LABEL_GAP = 13;
const MAX = 5;

const styles = StyleSheet.create({
  row: { flexDirection: 'row', justifyContent: 'space-between', marginBottom: 2 },
  chart: { width: TEXT_WIDTH / 2 - 6, alignItems: 'center' },
  title: { fontSize: 9, fontWeight: 700, marginBottom: 2 },
});

const polar = (axis: number, count: number, r: number): [number, number] => {
  const angle = -Math.PI / 2 + (2 * Math.PI * axis) / count;
  return [CX + r * Math.cos(angle), CY + r * Math.sin(angle)];
};
const point = (axis: number, count: number, value: number) =>
  polar(axis, count, (RADIUS * Math.max(0, Math.min(MAX, value))) / MAX);
const points = (values: readonly number[]) =>
  values
    .map((v, i) =>
      point(i, values.length, v)
        .map((n) => n.toFixed(1))
        .join(','),
    )
    .join(' ');
const decimal = (value: number | null, lang: 'de' | 'en') =>
  value === null ? '–' : lang === 'de' ? value.toFixed(1).replace('.', ',') : value.toFixed(1);

/**
 * One radar: rings for the levels 1–5, the target as a dashed outline and the current maturity as a
 * filled, solid polygon, so both read apart in greyscale. Axes without assessed items sit at 0 and say '–'.
 */
function RadarChart({
  title,
  axes,
  lang,
}: {
  title: string;
  axes: readonly MaturitySeries[];
  lang: 'de' | 'en';
}) {
  const { primary } = useReportStyle();
  const n = Math.max(axes.length, 3);
  return (
    <View style={styles.chart} wrap={false}>
      <Txt style={styles.title}>{title}</Txt>
      <Svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`}>
        {[1, 2, 3, 4, 5].map((level) => (
          <Polygon
            key={level}
            points={points(Array.from({ length: n }, () => level))}
            fill="none"
            stroke={INK.rule}
            strokeWidth={level === MAX ? 0.8 : 0.5}
          />
        ))}
        {axes.map((_, i) => {
          const [x, y] = point(i, n, MAX);
          return <Line key={i} x1={CX} y1={CY} x2={x} y2={y} stroke={INK.rule} strokeWidth={0.5} />;
        })}
        {[1, 2, 3, 4].map((level) => (
          <Text
            key={level}
            x={CX + 2.5}
            y={CY - (RADIUS * level) / MAX - 1.5}
            style={{ fontSize: 5.5, fontFamily: FONT_FAMILY }}
            fill={INK.muted}
          >
            {String(level)}
          </Text>
        ))}
        <Polygon
          points={points(axes.map((a) => a.target ?? 0))}
          fill="none"
          stroke={INK.text}
          strokeWidth={1}
          strokeDasharray="3,2"
        />
        <Polygon
          points={points(axes.map((a) => a.current ?? 0))}
          fill={primary}
          fillOpacity={0.22}
          stroke={primary}
          strokeWidth={1.6}
        />
        {axes.map((a, i) => {
          const [x, y] = point(i, n, a.current ?? 0);
          return <Circle key={i} cx={x} cy={y} r={1.8} fill={primary} />;
        })}
        {axes.map((a, i) => {
          const [x, y] = polar(i, n, RADIUS + LABEL_GAP);
          const anchor = Math.abs(x - CX) < 4 ? 'middle' : x > CX ? 'start' : 'end';
          // Labels above the chart sit higher, so their second line does not run into the outer ring.
          const top = y < CY - RADIUS / 2 ? y - 6 : y;
          return (
            <G key={i}>
              <Text
                x={x}
                y={top}
                textAnchor={anchor}
                style={{ fontSize: 7.5, fontFamily: FONT_FAMILY, fontWeight: 700 }}
                fill={INK.text}
              >
                {a.label}
              </Text>
              <Text
                x={x}
                y={top + 8}
                textAnchor={anchor}
                style={{ fontSize: 6, fontFamily: FONT_FAMILY }}
                fill={INK.muted}
              >
                {`${decimal(a.current, lang)} / ${decimal(a.target, lang)}`}
              </Text>
            </G>
          );
        })}
      </Svg>
    </View>
  );
}

export function RadarCharts(props: {
  charts: readonly { title: string; axes: readonly MaturitySeries[] }[];
  legend: readonly { label: string }[];
  lang: 'de' | 'en';
}) {
  const { primary } = useReportStyle();
  return (
    <View wrap={false}>
      <View style={styles.row}>
        {props.charts.map((chart, i) => (
          <RadarChart key={i} title={chart.title} axes={chart.axes} lang={props.lang} />
        ))}
      </View>
      <Legend
        entries={[
          { label: props.legend[0]?.label ?? '', swatch: { kind: 'line', color: primary, dashed: false } },
          { label: props.legend[1]?.label ?? '', swatch: { kind: 'line', color: INK.text, dashed: true } },
        ]}
      />
    </View>
  );
}
