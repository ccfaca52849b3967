import { StyleSheet, Text, View } from '@react-pdf/renderer';
import type { ReportModel } from '../../shared/report/model';
import { fill } from '../../shared/report/format';
import { INK, PAGE } from './theme';

const styles = StyleSheet.create({
  header: {
    position: 'absolute',
    top: 30,
    left: PAGE.marginX,
    right: PAGE.marginX,
    flexDirection: 'row',
    justifyContent: 'space-between',
    borderBottomWidth: 0.5,
    borderBottomColor: INK.rule,
    paddingBottom: 4,
    fontSize: 7.5,
    color: INK.muted,
  },
  footer: {
    position: 'absolute',
    bottom: 28,
    left: PAGE.marginX,
    right: PAGE.marginX,
    flexDirection: 'row',
    justifyContent: 'space-between',
    borderTopWidth: 0.5,
    borderTopColor: INK.rule,
    paddingTop: 4,
    fontSize: 7,
    color: INK.muted,
  },
  third: { width: '33%' },
  // Header and footer hold one line each, whatever the client's name or the footer text.
  line: { maxLines: 1, textOverflow: 'ellipsis' },
});

/** Running header (client, report title) and footer (firm, confidentiality, page x of y) of a content page. */
export function Chrome({
  chrome,
  onPage,
}: {
  chrome: ReportModel['chrome'];
  onPage: (page: number) => void;
}) {
  return (
    <>
      <View style={styles.header} fixed>
        <Text style={[styles.line, { fontWeight: 700, width: '55%' }]}>{chrome.header}</Text>
        <Text style={[styles.line, { width: '45%', textAlign: 'right' }]}>{chrome.headerRight}</Text>
      </View>
      <View style={styles.footer} fixed>
        <Text style={[styles.line, styles.third]}>{chrome.footer}</Text>
        <Text style={[styles.line, styles.third, { textAlign: 'center', fontWeight: 700 }]}>
          {chrome.confidentiality}
        </Text>
        <Text
          style={[styles.third, { textAlign: 'right' }]}
          render={({ pageNumber, totalPages }) => {
            onPage(pageNumber);
            return fill(chrome.pageOf, { page: pageNumber, pages: totalPages ?? '' });
          }}
        />
      </View>
    </>
  );
}
