/** Errors cross every boundary as values; the UI switches on `code` and translates it. */
export const ERROR_CODES = [
  'not-a-workbook',
  'foreign-database',
  'workbook-locked',
  'workbook-too-new',
  'workbook-corrupt',
  'invalid-input',
  'not-found',
  'migration-failed',
  'file-too-large',
  'nothing-to-undo',
  'nothing-to-redo',
  'cancelled',
  'io',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppError {
  readonly code: ErrorCode;
  readonly message: string;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });

/** Thrown inside the Node side; converted to a Result value where a call leaves it (ipc.ts, CLI, test host). */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppFailure';
  }
}
