import { Link, Page, StyleSheet, Text } from '@react-pdf/renderer';
import type { ReportModel, Section } from '../../shared/report/model';
import { Txt } from './blocks/Txt';
import { Chrome } from './Chrome';
import type { PageNumbers } from './pageNumbers';
import { useReportStyle } from './ReportContext';
import { INK, pageStyle } from './theme';

const styles = StyleSheet.create({
  title: { fontSize: 18, fontWeight: 700, marginBottom: 18 },
  entry: {
    flexDirection: 'row',
    paddingVertical: 5,
    borderBottomWidth: 0.5,
    borderBottomColor: INK.rule,
    textDecoration: 'none',
  },
  number: { width: 28, fontSize: 10, fontWeight: 700 },
  text: { flex: 1, fontSize: 10, color: INK.text },
  page: { width: 36, fontSize: 10, textAlign: 'right', color: INK.text },
});

export function ContentsPage(props: {
  model: ReportModel;
  title: string;
  sections: readonly Section[];
  numbers: PageNumbers;
  onPage: (page: number) => void;
}) {
  const { primaryInk, fonts } = useReportStyle();
  return (
    <Page
      size="A4"
      style={{ ...pageStyle, fontFamily: [...fonts] }}
      bookmark={{ title: props.title, fit: true }}
    >
      <Chrome chrome={props.model.chrome} onPage={props.onPage} />
      <Txt style={[styles.title, { color: primaryInk }]}>{props.title}</Txt>
      {props.sections.map((section) => (
        <Link key={section.id} src={`#${section.id}`} style={styles.entry}>
          <Text style={[styles.number, { color: primaryInk }]}>{section.number ?? ''}</Text>
          <Txt style={styles.text}>{section.title}</Txt>
          <Text style={styles.page} render={() => props.numbers.lookup(section.id)} />
        </Link>
      ))}
    </Page>
  );
}
