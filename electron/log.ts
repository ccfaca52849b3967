import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Log {
  /** The file being written, named in error dialogs so a user can send it to support. */
  readonly file: string;
  error(event: string, error?: unknown): void;
  warn(event: string, error?: unknown): void;
  info(event: string): void;
}

export interface LogOptions {
  /** A file larger than this is rotated before the next line: main.log → main.1.log → … */
  readonly maxBytes?: number;
  /** How many rotated files are kept beside the current one. */
  readonly keep?: number;
}

/**
 * Client data never goes to the log: workbook paths and file names carry client names, and error messages
 * can quote what a user typed. Paths, quoted text and e-mail addresses are replaced before a line is written.
 */
export function redact(text: string): string {
  return text
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '<email>')
    .replace(/"[^"\n]*"|'[^'\n]*'|[“„][^“”\n]*[”“]|[‘‚][^‘’\n]*[’‘]|«[^»\n]*»|»[^«\n]*«/g, '<text>')
    .replace(/(?:[A-Za-z]:)?(?:[\\/][^\\/\s:'"()]+)+\.(?:aimswb|xlsx|json|pdf|docx|png|jpe?g|svg)\b/gi, '<file>')
    .replace(/(?:file:\/\/)?(?:[A-Za-z]:)?(?:[\\/][^\\/\s:'"()]+){2,}[\\/]?/g, '<path>');
}

/** An error as one redacted line plus the first frames of its stack (code locations, no data). */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return redact(String(error));
  const code = (error as { code?: unknown }).code;
  const head = `${error.name}${typeof code === 'string' ? ` [${code}]` : ''}: ${redact(error.message)}`;
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, 8)
    .map((line) => `    ${redact(line.trim())}`);
  const cause = error.cause === undefined ? [] : [`  caused by ${describeError(error.cause)}`];
  return [head, ...frames, ...cause].join('\n');
}

/** A small rotating log file under `dir` (the user-data folder's logs/). Writing never throws. */
export function createLog(dir: string, { maxBytes = 1_000_000, keep = 3 }: LogOptions = {}): Log {
  const file = join(dir, 'main.log');
  const rotated = (n: number) => join(dir, `main.${n}.log`);

  const rotate = () => {
    rmSync(rotated(keep), { force: true });
    for (let n = keep - 1; n >= 1; n--) {
      try {
        renameSync(rotated(n), rotated(n + 1));
      } catch {
        // that generation does not exist yet
      }
    }
    renameSync(file, rotated(1));
  };

  const write = (level: string, text: string) => {
    try {
      mkdirSync(dir, { recursive: true });
      let size = 0;
      try {
        size = statSync(file).size;
      } catch {
        // no log yet
      }
      if (size > maxBytes) rotate();
      appendFileSync(file, `${new Date().toISOString()} ${level} ${text}\n`);
    } catch {
      // A log that cannot be written must not take the app down with it.
    }
  };

  const entry = (event: string, error: unknown) => (error === undefined ? event : `${event}: ${describeError(error)}`);
  return {
    file,
    error: (event, error) => write('ERROR', entry(event, error)),
    warn: (event, error) => write('WARN', entry(event, error)),
    info: (event) => write('INFO', event),
  };
}
