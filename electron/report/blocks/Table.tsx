import { StyleSheet, View } from '@react-pdf/renderer';
import type { Cell, Column } from '../../../shared/report/model';
import { useReportStyle } from '../ReportContext';
import { INK, TONE_COLORS, TYPE } from '../theme';
import { Txt } from './Txt';

export const CELL_PAD_X = 4;
export const CELL_PAD_Y = 3.2;
export const HEADER_SIZE = 7.6;
/** Rows estimated taller than this may break across pages; shorter rows always stay whole. */
export const SPLITTABLE_ROW = 260;

const styles = StyleSheet.create({
  table: { marginBottom: 10 },
  header: { flexDirection: 'row' },
  headerCell: {
    fontSize: HEADER_SIZE,
    fontWeight: 700,
    paddingHorizontal: CELL_PAD_X,
    paddingVertical: CELL_PAD_Y + 0.6,
  },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: INK.rule },
  cell: { paddingHorizontal: CELL_PAD_X, paddingVertical: CELL_PAD_Y },
  text: { fontSize: TYPE.table.size, lineHeight: TYPE.table.leading },
  toned: { flexDirection: 'row' },
  marker: { width: 5, height: 5, marginTop: 3, marginRight: 4 },
  empty: { fontSize: TYPE.body.size, color: INK.muted, fontStyle: 'italic', marginBottom: 10 },
});

/** Column widths as percentages of the text width. */
export function columnShares(columns: readonly Column[]): number[] {
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  return columns.map((c) => c.width / total);
}

function CellView({ cell, align }: { cell: Cell; align: Column['align'] }) {
  const textStyle = [styles.text, { textAlign: align ?? 'left' }, cell.bold ? { fontWeight: 700 } : {}];
  if (!cell.tone || cell.tone === 'neutral') return <Txt style={textStyle}>{cell.text}</Txt>;
  // The square carries the colour; the words carry the meaning, so greyscale prints lose nothing.
  return (
    <View style={styles.toned}>
      <View style={[styles.marker, { backgroundColor: TONE_COLORS[cell.tone] }]} />
      <Txt style={[...textStyle, { flex: 1 }]}>{cell.text}</Txt>
    </View>
  );
}

interface TableProps {
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly Cell[])[];
  /** Estimated height of each row, to let only very tall rows break across pages. */
  readonly heights: readonly number[];
  /** Index of the first row in the whole table, for continuous zebra striping across pages. */
  readonly start: number;
  readonly empty: string;
}

/** A table whose header row repeats on every page it runs onto (`fixed`). */
export function Table({ columns, rows, heights, start, empty }: TableProps) {
  const { primary, onPrimary } = useReportStyle();
  if (rows.length === 0) return <Txt style={styles.empty}>{empty}</Txt>;
  const shares = columnShares(columns);
  return (
    <View style={styles.table}>
      <View style={[styles.header, { backgroundColor: primary }]} fixed>
        {columns.map((column, i) => (
          <Txt
            key={i}
            style={[
              styles.headerCell,
              { width: `${shares[i]! * 100}%`, color: onPrimary, textAlign: column.align ?? 'left' },
            ]}
          >
            {column.header}
          </Txt>
        ))}
      </View>
      {rows.map((row, r) => (
        <View
          key={r}
          style={[styles.row, (start + r) % 2 === 1 ? { backgroundColor: INK.zebra } : {}]}
          wrap={(heights[r] ?? 0) > SPLITTABLE_ROW}
        >
          {row.map((cell, c) => (
            <View key={c} style={[styles.cell, { width: `${shares[c]! * 100}%` }]}>
              <CellView cell={cell} align={columns[c]?.align} />
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}
