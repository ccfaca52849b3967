import { Document } from '@react-pdf/renderer';
import type { ReportModel } from '../../shared/report/model';
import { ContentsPage } from './ContentsPage';
import { CoverPage } from './CoverPage';
import type { PageNumbers } from './pageNumbers';
import type { PlannedPage } from './plan';
import { ReportStyleProvider, type ReportStyle } from './ReportContext';
import { SectionPage } from './SectionPages';

export interface DocumentProps {
  readonly model: ReportModel;
  readonly style: ReportStyle;
  readonly pages: readonly PlannedPage[];
  readonly numbers: PageNumbers;
  readonly onPage: (page: number) => void;
}

/**
 * Cover, front matter (sections without a number, such as the document control), the contents where the
 * report has them, then the numbered sections and appendices.
 */
export function ReportDocument({ model, style, pages, numbers, onPage }: DocumentProps) {
  const frontCount = pages.findIndex((page) => page.section.number !== null);
  const front = frontCount === -1 ? pages : pages.slice(0, frontCount);
  const body = frontCount === -1 ? [] : pages.slice(frontCount);
  const listed = body.filter((page) => page.first).map((page) => page.section);
  const sectionPage = (page: PlannedPage, key: number) => (
    <SectionPage key={key} model={model} page={page} numbers={numbers} onPage={onPage} />
  );
  return (
    <Document
      title={model.meta.title}
      author={model.meta.author}
      subject={model.meta.subject}
      keywords={model.meta.keywords}
      creator={model.meta.creator}
      producer={model.meta.creator}
      language={model.meta.language}
      creationDate={new Date(model.meta.date)}
      modificationDate={new Date(model.meta.date)}
      pageMode="useOutlines"
    >
      <ReportStyleProvider value={style}>
        <CoverPage model={model} />
        {front.map(sectionPage)}
        {model.contents ? (
          <ContentsPage
            model={model}
            title={model.contents}
            sections={listed}
            numbers={numbers}
            onPage={onPage}
          />
        ) : null}
        {body.map((page, i) => sectionPage(page, front.length + i))}
      </ReportStyleProvider>
    </Document>
  );
}
