import { StyleSheet, View } from '@react-pdf/renderer';
import type { Fact, Kpi } from '../../../shared/report/model';
import { useReportStyle } from '../ReportContext';
import { INK, TONE_COLORS, TYPE } from '../theme';
import { Txt } from './Txt';

export const FACT_LABEL_SHARE = 0.3;
/** Fact values longer than this (a scope statement of several pages) may break across pages. */
const LONG_FACT = 1200;
/** Space a heading needs below it on the same page; less and it moves to the next page. */
export const HEADING_KEEP = 72;

const styles = StyleSheet.create({
  heading: { fontSize: TYPE.heading.size, fontWeight: 700, marginTop: 14, marginBottom: 6 },
  paragraph: { fontSize: TYPE.body.size, lineHeight: TYPE.body.leading, marginBottom: 8 },
  lead: { fontSize: 10.5, lineHeight: 1.45, marginBottom: 10, color: INK.text },
  note: {
    fontSize: TYPE.small.size + 0.5,
    lineHeight: 1.4,
    marginBottom: 8,
    color: INK.muted,
    fontStyle: 'italic',
    paddingLeft: 8,
    borderLeftWidth: 2,
    borderLeftColor: INK.rule,
  },
  facts: { marginBottom: 8 },
  fact: { flexDirection: 'row', paddingVertical: 2.5, borderBottomWidth: 0.5, borderBottomColor: INK.rule },
  factLabel: {
    width: `${FACT_LABEL_SHARE * 100}%`,
    fontWeight: 700,
    color: INK.muted,
    fontSize: TYPE.table.size,
    paddingRight: 8,
  },
  factValue: { width: `${(1 - FACT_LABEL_SHARE) * 100}%`, fontSize: TYPE.body.size - 0.5, lineHeight: 1.4 },
  bullet: { flexDirection: 'row', marginBottom: 3 },
  bulletMark: { width: 12, fontSize: TYPE.body.size },
  bulletText: { flex: 1, fontSize: TYPE.body.size, lineHeight: TYPE.body.leading },
  kpis: { flexDirection: 'row', marginBottom: 12, marginTop: 2 },
  kpi: { flex: 1, marginRight: 6, padding: 7, backgroundColor: INK.panel, borderTopWidth: 2.5 },
  kpiLabel: { fontSize: TYPE.small.size, color: INK.muted, marginBottom: 3 },
  kpiValue: { fontSize: 13, fontWeight: 700, marginBottom: 2 },
  kpiDetail: { fontSize: TYPE.small.size, color: INK.muted, lineHeight: 1.3 },
});

export function Heading({ text }: { text: string }) {
  const { primaryInk } = useReportStyle();
  return (
    <Txt style={[styles.heading, { color: primaryInk }]} minPresenceAhead={HEADING_KEEP}>
      {text}
    </Txt>
  );
}

export function Paragraph({ text, style }: { text: string; style?: 'lead' | 'note' }) {
  return (
    <Txt style={style === 'lead' ? styles.lead : style === 'note' ? styles.note : styles.paragraph}>
      {text}
    </Txt>
  );
}

export function Facts({ facts }: { facts: readonly Fact[] }) {
  return (
    <View style={styles.facts}>
      {facts.map((fact, i) => (
        <View key={i} style={styles.fact} wrap={fact.value.length > LONG_FACT}>
          <Txt style={styles.factLabel}>{fact.label}</Txt>
          <Txt style={styles.factValue}>{fact.value}</Txt>
        </View>
      ))}
    </View>
  );
}

export function Bullets({ items }: { items: readonly string[] }) {
  return (
    <View style={{ marginBottom: 8 }}>
      {items.map((item, i) => (
        <View key={i} style={styles.bullet}>
          <Txt style={styles.bulletMark}>•</Txt>
          <Txt style={styles.bulletText}>{item}</Txt>
        </View>
      ))}
    </View>
  );
}

export function Kpis({ items }: { items: readonly Kpi[] }) {
  return (
    <View style={styles.kpis} wrap={false}>
      {items.map((kpi, i) => (
        <View
          key={i}
          style={[
            styles.kpi,
            { borderTopColor: TONE_COLORS[kpi.tone] },
            i === items.length - 1 ? { marginRight: 0 } : {},
          ]}
        >
          <Txt style={styles.kpiLabel}>{kpi.label}</Txt>
          <Txt style={[styles.kpiValue, { color: TONE_COLORS[kpi.tone] }]}>{kpi.value}</Txt>
          {kpi.detail ? <Txt style={styles.kpiDetail}>{kpi.detail}</Txt> : null}
        </View>
      ))}
    </View>
  );
}
