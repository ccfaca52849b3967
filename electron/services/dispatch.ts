import { ZodError } from 'zod';
import { contract, type Channel, type EventPayload, type Output } from '../../shared/contract';
import { AppFailure, type Result } from '../../shared/result';
import { recordingChanges } from '../workbook/changeLog';
import type { Handlers } from './handler';
import { listChanges, type TableListChange } from './listChanges';

export interface DispatchOptions {
  /** Told what a request's edits logged and what undo/redo do next: the `workbook:changed` event. */
  onChanged?(change: EventPayload<'workbook:changed'>): void;
  /**
   * Whether the event should carry the changed lists (reading them costs a list read per changed aggregate);
   * without them a renderer reads the named aggregates again. Tests' bulk set-up with no page open says no.
   */
  withLists?(): boolean;
  /** Reads how a plain table list changed without reading all of it (set by createServices). */
  tableListChange?: TableListChange;
  /** Where unexpected errors go; their stack never reaches the renderer. */
  log?(error: unknown): void;
}

/**
 * The single way into the services: validate the payload with the contract, run the handler, validate
 * what comes back, and turn every failure into an error value. ipc.ts, the CLI and the e2e host use it.
 */
export function createDispatcher(handlers: Handlers, options: DispatchOptions = {}) {
  // Numbers the change events, so that a renderer can tell one that arrives after a later one.
  let seq = 0;
  return async function dispatch<K extends Channel>(name: K, payload: unknown): Promise<Result<Output<K>>> {
    const def = Object.hasOwn(contract, name) ? contract[name] : undefined;
    if (!def) return { ok: false, error: { code: 'invalid-input', message: `unknown operation` } };
    const parsed = def.input.safeParse(payload);
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'invalid-input', message: parsed.error.issues[0]?.message ?? 'invalid input' },
      };
    }
    try {
      const handler = handlers[name] as (input: unknown) => unknown;
      const run = await recordingChanges(name, () => handler(parsed.data));
      const value = def.output.parse(run.value) as Output<K>;
      const wb = (parsed.data as { wb?: string }).wb;
      if (wb && run.history && run.changed.size > 0 && options.onChanged) {
        const lists =
          (options.withLists?.() ?? true)
            ? await listChanges(handlers, wb, run.changed, options.tableListChange)
            : {};
        options.onChanged({
          wb,
          seq: ++seq,
          aggregates: [...run.changed.keys()],
          history: run.history,
          lists,
        });
      }
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppFailure)
        return { ok: false, error: { code: error.code, message: error.message } };
      options.log?.(error);
      const message =
        error instanceof ZodError ? 'the result did not match the contract' : 'unexpected error';
      return { ok: false, error: { code: 'internal', message } };
    }
  };
}
export type Dispatch = ReturnType<typeof createDispatcher>;
