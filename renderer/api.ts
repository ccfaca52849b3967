import type { Api } from '../shared/api';
import type { Channel } from '../shared/contract';
import type { AppError, Result } from '../shared/result';

declare global {
  interface Window {
    readonly api: Api;
  }
}

/** The typed client over window.api (provided by the preload in Electron, by a shim in the e2e host). */
export const api: Api = window.api;

/** Thrown by `unwrap` so a store action can stop at the first failed call and show its translated code. */
export class ApiError extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
  }
}

export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  const result = await call;
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

export type { Channel };
