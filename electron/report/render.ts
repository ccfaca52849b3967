import { randomBytes } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { renderToBuffer } from '@react-pdf/renderer';
import type { ReportModel } from '../../shared/report/model';
import { AppFailure } from '../../shared/result';
import { reportFonts } from './fonts';
import { hyphenationFor } from './hyphenate';
import { loadMeasure } from './measure';
import { PageNumbers } from './pageNumbers';
import { planSection } from './plan';
import { printableModel, textCodePoints } from './printable';
import { ReportDocument } from './ReportDocument';
import { reportStyle } from './ReportContext';

export interface RenderProgress {
  readonly stage: 'layout' | 'writing' | 'done';
  /** Pages laid out so far, and the planned page count (the final count may differ by a page or two). */
  readonly page: number;
  readonly pages: number;
}

export interface RenderResult {
  readonly pages: number;
  /** Pages the planner expected; more pages than planned means a planned page overflowed. */
  readonly plannedPages: number;
  readonly bytes: number;
}

export interface RenderOptions {
  onProgress?(progress: RenderProgress): void;
}

function ioFailure(path: string, error: unknown): AppFailure {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT' || code === 'ENOTDIR'
      ? 'the folder does not exist'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'no permission to write there'
        : code === 'ENOSPC'
          ? 'the disk is full'
          : (code ?? 'write error');
  return new AppFailure('io', `cannot write the report to ${path}: ${reason}`);
}

/**
 * Renders a report model to a PDF file. The file appears only when complete: the PDF is written to a
 * temporary file in the target folder (created first, so an unwritable target fails before the
 * rendering work) and then renamed over the target.
 */
export async function renderReport(
  source: ReportModel,
  outPath: string,
  options: RenderOptions = {},
): Promise<RenderResult> {
  const target = resolve(outPath);
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
  let handle: FileHandle;
  try {
    handle = await open(temp, 'wx');
  } catch (error) {
    throw ioFailure(target, error);
  }
  try {
    const [fonts, measure, hyphenation] = await Promise.all([
      reportFonts(textCodePoints(source)),
      loadMeasure(),
      hyphenationFor(source.lang),
    ]);
    const model = printableModel(source, fonts.covers);
    const planned = model.sections.flatMap((section) => planSection(section, measure));
    const pages = planned.length + 1 + (model.contents ? 1 : 0);
    let laidOut = 0;
    const onPage = (page: number) => {
      if (page <= laidOut) return;
      laidOut = page;
      options.onProgress?.({ stage: 'layout', page, pages: Math.max(pages, page) });
    };
    const style = reportStyle({ theme: model.theme, hyphenation, fonts: fonts.families });
    const render = (numbers: PageNumbers) =>
      // Called as a function: it uses no hooks, and react-pdf wants the <Document> element itself.
      renderToBuffer(ReportDocument({ model, style, pages: planned, numbers, onPage }));

    let numbers = new PageNumbers();
    let pdf = await render(numbers);
    if (!numbers.consistent()) {
      numbers = new PageNumbers(numbers.recorded());
      pdf = await render(numbers);
    }
    options.onProgress?.({ stage: 'writing', page: laidOut, pages: laidOut });
    try {
      await handle.writeFile(pdf);
      await handle.sync();
      await handle.close();
      await rename(temp, target);
    } catch (error) {
      throw ioFailure(target, error);
    }
    options.onProgress?.({ stage: 'done', page: laidOut, pages: laidOut });
    return { pages: laidOut, plannedPages: pages, bytes: pdf.length };
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
}
