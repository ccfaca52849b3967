/**
 * First page of each section, for the table of contents. Sections record their page from a render
 * callback while react-pdf paginates; the contents page reads them in react-pdf's last pass, which runs
 * after every page has been split. After rendering, `consistent()` checks that what the contents showed
 * is what the sections recorded; if a react-pdf version ever ordered its passes differently, the report
 * is rendered a second time with the numbers of the first (see render.ts).
 */
export class PageNumbers {
  private readonly first = new Map<string, number>();
  private readonly shown = new Map<string, number | null>();

  constructor(private readonly known: ReadonlyMap<string, number> | null = null) {}

  mark(sectionId: string, page: number): void {
    const seen = this.first.get(sectionId);
    if (seen === undefined || page < seen) this.first.set(sectionId, page);
  }

  /** The page to print for a section ('' while not known yet). */
  lookup(sectionId: string): string {
    const page = this.known?.get(sectionId) ?? this.first.get(sectionId) ?? null;
    this.shown.set(sectionId, page);
    return page === null ? '' : String(page);
  }

  consistent(): boolean {
    return [...this.shown].every(([id, page]) => page !== null && page === this.first.get(id));
  }

  recorded(): ReadonlyMap<string, number> {
    return this.first;
  }
}
