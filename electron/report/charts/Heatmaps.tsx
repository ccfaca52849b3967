import { G, Rect, StyleSheet, Svg, Text, View } from '@react-pdf/renderer';
import type { HeatmapChart, LegendEntry } from '../../../shared/report/model';
import { Txt } from '../blocks/Txt';
import { FONT_FAMILY } from '../fonts';
import { INK, TEXT_WIDTH, TONE_FILLS, TYPE } from '../theme';
import { Legend, toneSwatches } from './Legend';

export const HEATMAPS_HEIGHT = 262;
const CELL = 31;
const AXIS = 22;
const SIZE = AXIS + 5 * CELL;

const styles = StyleSheet.create({
  row: { flexDirection: 'row', justifyContent: 'space-between' },
  map: { width: TEXT_WIDTH / 2 - 8, alignItems: 'center' },
  title: { fontSize: 9, fontWeight: 700, marginBottom: 4 },
  note: { fontSize: TYPE.small.size, color: INK.muted, marginTop: 2 },
  scales: { fontSize: TYPE.small.size, color: INK.muted, lineHeight: 1.35, marginTop: 2 },
});

/** 5×5 grid, likelihood up, impact right; each cell holds its count on the fill of its band. */
function Map({ map, xAxis, yAxis }: { map: HeatmapChart; xAxis: string; yAxis: string }) {
  return (
    <View style={styles.map} wrap={false}>
      <Txt style={styles.title}>{map.title}</Txt>
      <Svg width={SIZE + 14} height={SIZE + 14}>
        <Text
          x={6}
          y={(5 * CELL) / 2}
          textAnchor="middle"
          style={{ fontSize: 6.5, fontFamily: FONT_FAMILY }}
          fill={INK.muted}
          transform={`rotate(-90 6 ${(5 * CELL) / 2})`}
        >
          {yAxis}
        </Text>
        {map.cells.map((row, r) =>
          row.map((cell, c) => {
            const fill = TONE_FILLS[cell.tone];
            const x = 14 + AXIS + c * CELL;
            const y = r * CELL;
            return (
              <G key={`${r}-${c}`}>
                <Rect
                  x={x}
                  y={y}
                  width={CELL}
                  height={CELL}
                  fill={fill.fill}
                  stroke="#ffffff"
                  strokeWidth={1.2}
                />
                {cell.count > 0 ? (
                  <Text
                    x={x + CELL / 2}
                    y={y + CELL / 2 + 3.5}
                    textAnchor="middle"
                    style={{ fontSize: 10, fontFamily: FONT_FAMILY, fontWeight: 700 }}
                    fill={fill.text}
                  >
                    {String(cell.count)}
                  </Text>
                ) : null}
              </G>
            );
          }),
        )}
        {map.rowLabels.map((label, r) => (
          <Text
            key={r}
            x={14 + AXIS - 5}
            y={r * CELL + CELL / 2 + 3}
            textAnchor="end"
            style={{ fontSize: 7.5, fontFamily: FONT_FAMILY }}
            fill={INK.text}
          >
            {label.split(' ')[0] ?? ''}
          </Text>
        ))}
        {map.columnLabels.map((label, c) => (
          <Text
            key={c}
            x={14 + AXIS + c * CELL + CELL / 2}
            y={5 * CELL + 10}
            textAnchor="middle"
            style={{ fontSize: 7.5, fontFamily: FONT_FAMILY }}
            fill={INK.text}
          >
            {label.split(' ')[0] ?? ''}
          </Text>
        ))}
        <Text
          x={14 + AXIS + (5 * CELL) / 2}
          y={SIZE + 12}
          textAnchor="middle"
          style={{ fontSize: 6.5, fontFamily: FONT_FAMILY }}
          fill={INK.muted}
        >
          {xAxis}
        </Text>
      </Svg>
      {map.note ? <Txt style={styles.note}>{map.note}</Txt> : null}
    </View>
  );
}

/** The inherent and residual heatmaps side by side, with the band legend and the meaning of the scale steps. */
export function Heatmaps(props: {
  maps: readonly HeatmapChart[];
  legend: readonly LegendEntry[];
  xAxis: string;
  yAxis: string;
}) {
  const first = props.maps[0];
  return (
    <View wrap={false} style={{ marginBottom: 8 }}>
      <View style={styles.row}>
        {props.maps.map((map, i) => (
          <Map key={i} map={map} xAxis={props.xAxis} yAxis={props.yAxis} />
        ))}
      </View>
      <Legend entries={toneSwatches(props.legend)} />
      {first ? (
        <Txt style={styles.scales}>
          {`${props.yAxis}: ${[...first.rowLabels].reverse().join(' · ')}\n${props.xAxis}: ${first.columnLabels.join(' · ')}`}
        </Txt>
      ) : null}
    </View>
  );
}
