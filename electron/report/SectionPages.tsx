import { Page, StyleSheet, View } from '@react-pdf/renderer';
import type { ReportModel } from '../../shared/report/model';
import { Txt } from './blocks/Txt';
import { Chrome } from './Chrome';
import type { PageNumbers } from './pageNumbers';
import { PieceView } from './PieceView';
import type { PlannedPage } from './plan';
import { useReportStyle } from './ReportContext';
import { pageStyle } from './theme';

const styles = StyleSheet.create({
  titleRow: { flexDirection: 'row', marginBottom: 14, paddingBottom: 6, borderBottomWidth: 1.2 },
  number: { fontSize: 18, fontWeight: 700, width: 34 },
  title: { fontSize: 18, fontWeight: 700, flex: 1, lineHeight: 1.2 },
});

export const sectionHeading = (section: { number: string | null; title: string }) =>
  section.number ? `${section.number} ${section.title}` : section.title;

function SectionTitle({ page, numbers }: { page: PlannedPage; numbers: PageNumbers }) {
  const { primaryInk } = useReportStyle();
  const { section } = page;
  return (
    <View style={[styles.titleRow, { borderBottomColor: primaryInk }]} id={section.id}>
      <View
        render={({ pageNumber }) => {
          numbers.mark(section.id, pageNumber);
          return null;
        }}
      />
      {section.number ? <Txt style={[styles.number, { color: primaryInk }]}>{section.number}</Txt> : null}
      <Txt style={[styles.title, { color: primaryInk }]}>{section.title}</Txt>
    </View>
  );
}

/** One planned page: running header and footer, the section title on the section's first page, the pieces. */
export function SectionPage(props: {
  model: ReportModel;
  page: PlannedPage;
  numbers: PageNumbers;
  onPage: (page: number) => void;
}) {
  const { page, model } = props;
  const { fonts } = useReportStyle();
  return (
    <Page
      size="A4"
      style={{ ...pageStyle, fontFamily: [...fonts] }}
      bookmark={page.first ? { title: sectionHeading(page.section), fit: true } : undefined}
    >
      <Chrome chrome={model.chrome} onPage={props.onPage} />
      {page.first ? <SectionTitle page={page} numbers={props.numbers} /> : null}
      {page.pieces.map((piece, i) => (
        <PieceView key={i} piece={piece} lang={model.lang} />
      ))}
    </Page>
  );
}
