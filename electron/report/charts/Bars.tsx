import { Line, Rect, StyleSheet, Svg, Text, View } from '@react-pdf/renderer';
import type { MaturitySeries } from '../../../shared/report/model';
import { Txt } from '../blocks/Txt';
import { FONT_FAMILY } from '../fonts';
import { useReportStyle } from '../ReportContext';
import { INK, TEXT_WIDTH } from '../theme';
import { Legend } from './Legend';

export const BAR_ROW = 17;
const LABEL_SHARE = 0.36;
const VALUE_WIDTH = 44;
const PLOT = TEXT_WIDTH * (1 - LABEL_SHARE) - VALUE_WIDTH;
const MAX = 5;

const styles = StyleSheet.create({
  chart: { marginBottom: 6 },
  row: { flexDirection: 'row', alignItems: 'center', minHeight: BAR_ROW },
  label: { width: `${LABEL_SHARE * 100}%`, fontSize: 7.5, paddingRight: 6, lineHeight: 1.25 },
  value: { width: VALUE_WIDTH, fontSize: 7, color: INK.muted, paddingLeft: 4 },
});

const x = (value: number) => (PLOT * Math.max(0, Math.min(MAX, value))) / MAX;
const decimal = (value: number | null, lang: 'de' | 'en') =>
  value === null ? '–' : lang === 'de' ? value.toFixed(1).replace('.', ',') : value.toFixed(1);

/**
 * Horizontal bars per group: the target as a dashed outline, the current maturity as a solid bar inside
 * it, with the figures written beside them, so colour is never needed to read the chart.
 */
export function BarChart({
  bars,
  legend,
  lang,
}: {
  bars: readonly MaturitySeries[];
  legend: readonly { label: string }[];
  lang: 'de' | 'en';
}) {
  const { primary } = useReportStyle();
  return (
    <View style={styles.chart} wrap={false}>
      {bars.map((bar, i) => (
        <View key={i} style={styles.row}>
          <Txt style={styles.label}>{`${bar.label}  ${bar.title}`}</Txt>
          <Svg width={PLOT} height={BAR_ROW}>
            {[1, 2, 3, 4, 5].map((level) => (
              <Line
                key={level}
                x1={x(level)}
                y1={0}
                x2={x(level)}
                y2={BAR_ROW}
                stroke={INK.rule}
                strokeWidth={0.4}
              />
            ))}
            <Line x1={0.3} y1={0} x2={0.3} y2={BAR_ROW} stroke={INK.muted} strokeWidth={0.6} />
            {bar.target !== null && bar.target > 0 ? (
              <Rect
                x={0.3}
                y={3}
                width={x(bar.target)}
                height={BAR_ROW - 6}
                fill="none"
                stroke={INK.text}
                strokeWidth={0.8}
                strokeDasharray="2.5,1.5"
              />
            ) : null}
            {bar.current !== null && bar.current > 0 ? (
              <Rect x={0.3} y={5.5} width={x(bar.current)} height={BAR_ROW - 11} fill={primary} />
            ) : null}
          </Svg>
          <Txt style={styles.value}>{`${decimal(bar.current, lang)} / ${decimal(bar.target, lang)}`}</Txt>
        </View>
      ))}
      <View style={styles.row}>
        <View style={{ width: `${LABEL_SHARE * 100}%` }} />
        <Svg width={PLOT + 8} height={10}>
          {[0, 1, 2, 3, 4, 5].map((level) => (
            <Text
              key={level}
              x={x(level) + (level === 0 ? 1 : 0)}
              y={8}
              textAnchor="middle"
              style={{ fontSize: 6, fontFamily: FONT_FAMILY }}
              fill={INK.muted}
            >
              {String(level)}
            </Text>
          ))}
        </Svg>
      </View>
      <Legend
        entries={[
          { label: legend[0]?.label ?? '', swatch: { kind: 'fill', color: primary, stroke: primary } },
          { label: legend[1]?.label ?? '', swatch: { kind: 'line', color: INK.text, dashed: true } },
        ]}
      />
    </View>
  );
}
