import { resolve } from 'node:path';
import type { Lang } from '../../shared/catalog/types';
import { REPORT_TYPES, type ReportType } from '../../shared/report/model';
import { AppFailure } from '../../shared/result';
import type { Services } from '../services';
import { writeReport } from '../services/reports';
import { getEngagement } from '../workbook/repos/engagement.repo';

export interface ReportCommandOptions {
  /** The workbook, checked to exist. */
  readonly source: string;
  readonly out: string | undefined;
  readonly type: string | undefined;
  /** Defaults to the engagement's language. */
  readonly lang: Lang | undefined;
  readonly services: () => Services;
}

const isReportType = (value: string): value is ReportType =>
  (REPORT_TYPES as readonly string[]).includes(value);

/** `report <workbook> --out <file.pdf> [--type …] [--lang …]`: renders a PDF, with progress on stderr. */
export async function runReportCommand(options: ReportCommandOptions): Promise<void> {
  if (!options.out) throw new AppFailure('invalid-input', '--out <file.pdf> is required');
  const type = options.type ?? 'full';
  if (!isReportType(type))
    throw new AppFailure('invalid-input', `--type must be one of ${REPORT_TYPES.join(', ')}`);
  const { files, sessions } = options.services();
  try {
    const { db } = sessions.get(files.openPath(options.source).wb);
    const lang = options.lang ?? getEngagement(db).language;
    const started = Date.now();
    const result = await writeReport(db, {
      type,
      lang,
      outPath: resolve(options.out),
      onProgress: (p) => {
        if (p.stage === 'layout' && p.page % 10 === 0)
          process.stderr.write(`page ${p.page} of about ${p.pages}\n`);
      },
    });
    console.log(
      JSON.stringify({ file: resolve(options.out), type, lang, ...result, ms: Date.now() - started }),
    );
  } finally {
    sessions.closeAll();
  }
}
