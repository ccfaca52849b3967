import { execFileSync, spawnSync } from 'node:child_process';

/** Poppler and qpdf, the tools a reader of the PDF would trust, run on a rendered report. */
export const pdfText = (path: string): string =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });

export function qpdfCheck(path: string): { ok: boolean; output: string } {
  const result = spawnSync('qpdf', ['--check', path], { encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

export interface FontRow {
  readonly name: string;
  readonly embedded: boolean;
}

/** The rows of `pdffonts`; the 'emb' column is the fourth from the right. */
export function pdfFonts(path: string): FontRow[] {
  return execFileSync('pdffonts', [path], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      return { name: cols[0]!, embedded: cols[cols.length - 5] === 'yes' };
    });
}

export interface WordBox {
  readonly page: number;
  readonly word: string;
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
}

/** Every word with its box in points (pdftotext -bbox), to check that nothing runs off the page. */
export function wordBoxes(path: string): { width: number; height: number; words: WordBox[] } {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const page = /<page width="([\d.]+)" height="([\d.]+)">/.exec(html);
  const words: WordBox[] = [];
  let pageNo = 0;
  for (const part of html.split('<page ').slice(1)) {
    pageNo += 1;
    for (const m of part.matchAll(
      /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g,
    )) {
      words.push({ page: pageNo, word: m[5]!, xMin: +m[1]!, yMin: +m[2]!, xMax: +m[3]!, yMax: +m[4]! });
    }
  }
  return { width: Number(page?.[1] ?? 0), height: Number(page?.[2] ?? 0), words };
}
