import { Line, Rect, StyleSheet, Svg, Text, View } from '@react-pdf/renderer';
import type { GanttRow, LegendEntry } from '../../../shared/report/model';
import { Txt } from '../blocks/Txt';
import { FONT_FAMILY } from '../fonts';
import { INK, TEXT_WIDTH, TONE_COLORS, TONE_FILLS, TYPE } from '../theme';
import { Legend, toneSwatches } from './Legend';

export const GANTT_ROW = 13;
export const GANTT_AXIS = 16;
export const GANTT_LABEL_SHARE = 0.4;
const PLOT = TEXT_WIDTH * (1 - GANTT_LABEL_SHARE);
/** Month labels closer than this are thinned out, so long plans keep a legible axis. */
const MIN_TICK_GAP = 38;

const styles = StyleSheet.create({
  row: { flexDirection: 'row', alignItems: 'center', minHeight: GANTT_ROW },
  // One line per action, so label and bar share a row; the action plan below gives the full title.
  label: {
    height: GANTT_ROW,
    fontSize: 7,
    paddingRight: 6,
    paddingTop: 2,
    maxLines: 1,
    textOverflow: 'ellipsis',
  },
  empty: { fontSize: TYPE.body.size, color: INK.muted, fontStyle: 'italic', marginBottom: 8 },
});

type Tick = { readonly label: string; readonly at: number };

function visibleTicks(ticks: readonly Tick[]): Tick[] {
  const shown: Tick[] = [];
  for (const tick of ticks) {
    const last = shown[shown.length - 1];
    const fitsOnAxis = tick.at * PLOT + MIN_TICK_GAP <= PLOT + 4;
    if (fitsOnAxis && (!last || (tick.at - last.at) * PLOT >= MIN_TICK_GAP)) shown.push(tick);
  }
  return shown;
}

function Grid({ ticks, height }: { ticks: readonly Tick[]; height: number }) {
  return (
    <>
      {ticks.map((tick, i) => (
        <Line
          key={i}
          x1={tick.at * PLOT}
          y1={0}
          x2={tick.at * PLOT}
          y2={height}
          stroke={INK.rule}
          strokeWidth={0.4}
        />
      ))}
    </>
  );
}

/**
 * A month axis and one bar per action, the bars of a page drawn in one SVG. Priority sets the fill on a light-to-dark ramp; done actions are
 * drawn as an outline only, so status and priority both survive a greyscale print.
 */
export function Gantt(props: {
  ticks: readonly Tick[];
  rows: readonly GanttRow[];
  legend: readonly LegendEntry[];
  empty: string;
  done: string;
  showLegend: boolean;
}) {
  if (props.rows.length === 0) return <Txt style={styles.empty}>{props.empty}</Txt>;
  const ticks = visibleTicks(props.ticks);
  return (
    <View style={{ marginBottom: 8 }}>
      <View style={styles.row} fixed>
        <View style={{ width: `${GANTT_LABEL_SHARE * 100}%` }} />
        <Svg width={PLOT} height={GANTT_AXIS}>
          {ticks.map((tick, i) => (
            <Text
              key={i}
              x={tick.at * PLOT + 2}
              y={10}
              style={{ fontSize: 6.5, fontFamily: FONT_FAMILY }}
              fill={INK.muted}
            >
              {tick.label}
            </Text>
          ))}
          <Line
            x1={0}
            y1={GANTT_AXIS - 0.5}
            x2={PLOT}
            y2={GANTT_AXIS - 0.5}
            stroke={INK.muted}
            strokeWidth={0.5}
          />
        </Svg>
      </View>
      <View style={{ flexDirection: 'row' }} wrap={false}>
        <View style={{ width: `${GANTT_LABEL_SHARE * 100}%` }}>
          {props.rows.map((row, i) => (
            // Plain Text: a one-line label ends in an ellipsis at a word, not after a hyphenated syllable.
            <Text key={i} style={styles.label}>
              {row.label}
            </Text>
          ))}
        </View>
        <Svg width={PLOT} height={props.rows.length * GANTT_ROW}>
          <Grid ticks={ticks} height={props.rows.length * GANTT_ROW} />
          {props.rows.map((row, i) => (
            <Rect
              key={i}
              x={row.from * PLOT}
              y={i * GANTT_ROW + 3}
              width={Math.max(2, (row.to - row.from) * PLOT)}
              height={GANTT_ROW - 6}
              fill={row.done ? '#ffffff' : TONE_FILLS[row.tone].fill}
              stroke={row.done ? INK.muted : TONE_COLORS[row.tone]}
              strokeWidth={0.6}
            />
          ))}
        </Svg>
      </View>
      {props.showLegend ? (
        <Legend
          entries={[
            ...toneSwatches(props.legend),
            { label: props.done, swatch: { kind: 'fill', color: '#ffffff', stroke: INK.muted } },
          ]}
        />
      ) : null}
    </View>
  );
}
