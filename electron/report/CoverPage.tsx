import { Image, Page, StyleSheet, View } from '@react-pdf/renderer';
import type { ReportModel } from '../../shared/report/model';
import { Txt } from './blocks/Txt';
import { useReportStyle } from './ReportContext';
import { INK, PAGE } from './theme';

const styles = StyleSheet.create({
  page: {
    color: INK.text,
    paddingHorizontal: PAGE.marginX,
    paddingTop: 54,
    paddingBottom: 54,
  },
  band: { position: 'absolute', top: 0, left: 0, right: 0, height: 10 },
  logos: {
    flexDirection: 'row',
    justifyContent: 'space-between',
    alignItems: 'center',
    height: 56,
    marginBottom: 110,
  },
  logo: { maxHeight: 52, maxWidth: 170, objectFit: 'contain' },
  kicker: { fontSize: 10, fontWeight: 700, letterSpacing: 1.2, marginBottom: 10 },
  title: { fontSize: 28, fontWeight: 700, lineHeight: 1.2, marginBottom: 16 },
  subtitle: { fontSize: 14, color: INK.muted, marginBottom: 40 },
  rule: { width: 64, height: 3, marginBottom: 22 },
  facts: { marginTop: 'auto', borderTopWidth: 0.5, borderTopColor: INK.rule },
  fact: { flexDirection: 'row', paddingVertical: 4, borderBottomWidth: 0.5, borderBottomColor: INK.rule },
  label: { width: '32%', fontSize: 8.5, color: INK.muted, fontWeight: 700 },
  value: { width: '68%', fontSize: 9.5 },
  confidential: {
    marginTop: 18,
    alignSelf: 'flex-start',
    paddingVertical: 4,
    paddingHorizontal: 8,
    borderWidth: 1,
    fontSize: 9,
    fontWeight: 700,
  },
  firm: { marginTop: 14, fontSize: 9, color: INK.muted },
});

export function CoverPage({ model }: { model: ReportModel }) {
  const { primaryInk, accent, fonts } = useReportStyle();
  const { cover, theme } = model;
  return (
    <Page
      size="A4"
      style={[styles.page, { fontFamily: [...fonts] }]}
      bookmark={{ title: cover.title, fit: true }}
    >
      <View style={[styles.band, { backgroundColor: theme.primary }]} fixed />
      <View style={styles.logos}>
        {theme.firmLogo ? <Image style={styles.logo} src={theme.firmLogo} /> : <View />}
        {theme.clientLogo ? <Image style={styles.logo} src={theme.clientLogo} /> : <View />}
      </View>
      <View style={[styles.rule, { backgroundColor: accent }]} />
      <Txt style={[styles.kicker, { color: primaryInk }]}>{cover.kicker.toUpperCase()}</Txt>
      <Txt style={[styles.title, { color: primaryInk }]}>{cover.title}</Txt>
      <Txt style={styles.subtitle}>{cover.subtitle}</Txt>
      <View style={styles.facts}>
        {cover.facts.map((fact, i) => (
          <View key={i} style={styles.fact}>
            <Txt style={styles.label}>{fact.label}</Txt>
            <Txt style={styles.value}>{fact.value}</Txt>
          </View>
        ))}
      </View>
      <Txt style={[styles.confidential, { color: primaryInk, borderColor: primaryInk }]}>
        {cover.confidentiality}
      </Txt>
      {cover.firm ? <Txt style={styles.firm}>{cover.firm}</Txt> : null}
    </Page>
  );
}
