import { resolve } from 'node:path';
import type { Channel, Input, Output } from '../../shared/contract';
import { RegisterSchema } from '../../shared/contract/exchange';
import type { Lang } from '../../shared/catalog/types';
import { assertNever } from '../../shared/domain/assertNever';
import { AppFailure } from '../../shared/result';
import type { Services } from '../services';
import type { Dialogs } from '../services/ports';

export type ExchangeCommand = 'export' | 'questionnaire' | 'import-questionnaire' | 'archive' | 'restore';

export interface ExchangeOptions {
  /** The workbook; for `restore`, the archive. Checked to exist. */
  readonly source: string;
  /** The filled questionnaire of `import-questionnaire`. */
  readonly file: string | undefined;
  readonly out: string | undefined;
  readonly what: string | undefined;
  /** Defaults to the engagement's language. */
  readonly lang: Lang | undefined;
  readonly dryRun: boolean;
  readonly services: (dialogs: Dialogs) => Services;
}

const required = (value: string | undefined, what: string): string => {
  if (!value) throw new AppFailure('invalid-input', `${what} is required`);
  return resolve(value);
};

/**
 * The spreadsheet and archive commands run the app's own channels; the paths given on the command line
 * answer the dialogs those channels open, in the order they open them.
 */
export async function runExchangeCommand(command: ExchangeCommand, options: ExchangeOptions): Promise<void> {
  const answers: string[] = [];
  const answer = async () => answers.shift() ?? null;
  const { files, sessions, dispatch } = options.services({
    chooseWorkbookToOpen: answer,
    chooseSavePath: answer,
    chooseFileToRead: answer,
  });
  async function call<K extends Channel>(name: K, input: Input<K>): Promise<Output<K>> {
    const result = await dispatch(name, input);
    if (!result.ok) throw new AppFailure(result.error.code, result.error.message);
    return result.value;
  }
  const open = () => files.openPath(options.source).wb;
  const langOf = async (wb: string) => options.lang ?? (await call('engagement:get', { wb })).language;

  try {
    switch (command) {
      case 'export': {
        const what = RegisterSchema.safeParse(options.what);
        if (!what.success)
          throw new AppFailure('invalid-input', `--what must be one of ${RegisterSchema.options.join(', ')}`);
        answers.push(required(options.out, '--out <file.xlsx>'));
        const wb = open();
        console.log(
          JSON.stringify(await call('export:xlsx', { wb, what: what.data, lang: await langOf(wb) })),
        );
        return;
      }
      case 'questionnaire': {
        answers.push(required(options.out, '--out <file.xlsx>'));
        const wb = open();
        console.log(JSON.stringify(await call('questionnaire:generate', { wb, lang: await langOf(wb) })));
        return;
      }
      case 'import-questionnaire': {
        answers.push(required(options.file, 'the filled questionnaire <file.xlsx>'));
        const wb = open();
        const preview = (await call('questionnaire:preview', { wb }))!;
        const { token: _token, ...shown } = preview;
        console.log(JSON.stringify(shown, null, 2));
        if (!options.dryRun)
          console.log(JSON.stringify(await call('questionnaire:apply', { wb, token: preview.token })));
        return;
      }
      case 'archive': {
        answers.push(required(options.out, '--out <file.json>'));
        console.log(JSON.stringify(await call('archive:export', { wb: open() })));
        return;
      }
      case 'restore': {
        answers.push(options.source, required(options.out, '--out <workbook>'));
        console.log(JSON.stringify(await call('archive:import', {})));
        return;
      }
      default:
        assertNever(command, 'command');
    }
  } finally {
    sessions.closeAll();
  }
}
