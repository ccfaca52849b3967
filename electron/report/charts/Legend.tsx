import { StyleSheet, Svg, Line, Rect, View } from '@react-pdf/renderer';
import type { LegendEntry } from '../../../shared/report/model';
import { Txt } from '../blocks/Txt';
import { INK, TONE_FILLS, TYPE } from '../theme';

const styles = StyleSheet.create({
  legend: { flexDirection: 'row', flexWrap: 'wrap', marginTop: 4, marginBottom: 8 },
  entry: { flexDirection: 'row', alignItems: 'center', marginRight: 12, marginBottom: 2 },
  label: { fontSize: TYPE.small.size, color: INK.muted, marginLeft: 4 },
});

/** How a series is drawn, so the legend can show the same mark. */
export type Swatch =
  { kind: 'fill'; color: string; stroke?: string } | { kind: 'line'; color: string; dashed: boolean };

export function Legend({ entries }: { entries: readonly { label: string; swatch: Swatch }[] }) {
  return (
    <View style={styles.legend} wrap={false}>
      {entries.map((entry, i) => (
        <View key={i} style={styles.entry}>
          <Svg width={16} height={8}>
            {entry.swatch.kind === 'fill' ? (
              <Rect
                x={0.5}
                y={0.5}
                width={15}
                height={7}
                fill={entry.swatch.color}
                stroke={entry.swatch.stroke ?? INK.muted}
                strokeWidth={0.5}
              />
            ) : (
              <Line
                x1={0}
                y1={4}
                x2={16}
                y2={4}
                stroke={entry.swatch.color}
                strokeWidth={1.5}
                strokeDasharray={entry.swatch.dashed ? '3,2' : undefined}
              />
            )}
          </Svg>
          <Txt style={styles.label}>{entry.label}</Txt>
        </View>
      ))}
    </View>
  );
}

/** Legend entries for toned fills (risk bands, priorities). */
export const toneSwatches = (legend: readonly LegendEntry[]) =>
  legend.map((entry) => ({
    label: entry.label,
    swatch: { kind: 'fill' as const, color: TONE_FILLS[entry.tone].fill },
  }));
