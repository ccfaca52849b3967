import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppFailure } from '../shared/result';
import { runCatalogCommand, runClassifyCommand } from './cli/catalogCommands';
import { runExchangeCommand } from './cli/exchangeCommands';
import { runReportCommand } from './cli/reportCommands';
import { writeDemoEngagement } from './services/demo';
import { createServices } from './services';
import type { Dialogs } from './services/ports';
import { inspectWorkbook } from './workbook/inspect';

const USAGE = `Usage: npm run cli -- <command> [options]
  new <file> --client NAME [--lang de|en]   create an empty workbook
  info <file>                                 JSON: schema version, application id, engagement, counts, integrity
  check <file>                                full integrity check (exit 0 when sound)
  demo <file>                                 write the demo engagement (a fictional German insurer)
  catalog [--lang de|en] [--json]             print the ISO/IEC 42001 catalogue
  classify <answers.json>                     classify an AI use case under the EU AI Act (JSON out)
  export <file> --what gap|risks|soa|actions|docs --out <file.xlsx> [--lang de|en]
                                              export a register as a formatted spreadsheet
  questionnaire <file> --out <file.xlsx> [--lang de|en]
                                              the client self-assessment questionnaire
  import-questionnaire <file> <file.xlsx> [--dry-run]
                                              read a filled questionnaire back (JSON preview, then apply)
  archive <file> --out <file.json>            the whole engagement as a JSON archive
  restore <file.json> --out <file>            restore an archive into a new workbook
  report <file> --out <file.pdf> [--type full|summary|soa|actions|minutes] [--lang de|en]
                                              render a PDF report (default: full, engagement language)`;

/** The CLI never shows a dialog: paths come from the command line. */
const noDialogs: Dialogs = {
  chooseWorkbookToOpen: async () => null,
  chooseSavePath: async () => null,
  chooseFileToRead: async () => null,
};

function requireExisting(file: string | undefined): string {
  if (!file) throw new AppFailure('invalid-input', 'a workbook file is required');
  const path = resolve(file);
  if (!existsSync(path)) throw new AppFailure('not-found', `no such file: ${file}`);
  return path;
}

function requireNew(file: string | undefined): string {
  if (!file) throw new AppFailure('invalid-input', 'a file name is required');
  const path = resolve(file);
  if (existsSync(path)) throw new AppFailure('invalid-input', `the file exists already: ${file}`);
  return path;
}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      client: { type: 'string' },
      lang: { type: 'string' },
      json: { type: 'boolean' },
      what: { type: 'string' },
      out: { type: 'string' },
      'dry-run': { type: 'boolean' },
      type: { type: 'string' },
    },
  });
  const [command, file] = positionals;
  const lang = values.lang ?? 'de';
  if (lang !== 'de' && lang !== 'en') throw new AppFailure('invalid-input', '--lang must be de or en');
  const services = (dialogs: Dialogs = noDialogs) =>
    createServices({ userDataDir: join(tmpdir(), 'aims-workbench-cli'), appVersion: 'cli', dialogs });

  switch (command) {
    case 'new': {
      if (!values.client) throw new AppFailure('invalid-input', '--client NAME is required');
      const { files, sessions } = services();
      const summary = files.createAt(requireNew(file), { clientName: values.client, language: lang });
      sessions.closeAll();
      console.log(JSON.stringify(summary));
      return;
    }
    case 'info':
      console.log(JSON.stringify(inspectWorkbook(requireExisting(file), { full: false }), null, 2));
      return;
    case 'check': {
      inspectWorkbook(requireExisting(file), { full: true });
      console.log('ok');
      return;
    }
    case 'demo': {
      const { files, sessions, dispatch } = services();
      const summary = files.createAt(requireNew(file), { clientName: 'Rheinland Versicherung AG', language: lang });
      try {
        await writeDemoEngagement(dispatch, summary.wb, lang);
      } finally {
        sessions.closeAll();
      }
      console.log(JSON.stringify(inspectWorkbook(resolve(file!), { full: false }).counts));
      return;
    }
    case 'catalog':
      runCatalogCommand({ lang, json: values.json ?? false });
      return;
    case 'classify':
      runClassifyCommand(file);
      return;
    case 'export':
    case 'questionnaire':
    case 'import-questionnaire':
    case 'archive':
    case 'restore':
      await runExchangeCommand(command, {
        source: requireExisting(file),
        file: positionals[2],
        out: values.out,
        what: values.what,
        lang: values.lang === undefined ? undefined : lang,
        dryRun: values['dry-run'] ?? false,
        services,
      });
      return;
    case 'report':
      await runReportCommand({
        source: requireExisting(file),
        out: values.out,
        type: values.type,
        lang: values.lang === undefined ? undefined : lang,
        services: () => services(),
      });
      return;
    default:
      throw new AppFailure('invalid-input', `unknown command${command ? `: ${command}` : ''}\n${USAGE}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof AppFailure ? `${error.code}: ${error.message}` : String((error as Error).message ?? error);
  process.stderr.write(`error: ${message.split('\n')[0]}\n`);
  if (error instanceof AppFailure && error.code === 'invalid-input' && !process.argv[2]) process.stderr.write(`${USAGE}\n`);
  process.exitCode = 2;
});
