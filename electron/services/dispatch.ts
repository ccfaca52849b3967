import { ZodError } from 'zod';
import { contract, type Channel, type Output } from '../../shared/contract';
import { AppFailure, type Result } from '../../shared/result';
import type { Handlers } from './handler';

export interface DispatchOptions {
  /** Told which aggregates an edit changed, to send the `workbook:changed` event. */
  onChanged?(wb: string, aggregates: string[]): void;
  /** Where unexpected errors go; their stack never reaches the renderer. */
  log?(error: unknown): void;
}

const READ_VERBS = new Set(['list', 'get', 'info', 'recent', 'history', 'items']);
/** Exports and previews write files or read them, never the workbook's data. */
const FILE_VERBS = new Set(['xlsx', 'generate', 'preview', 'export']);

/**
 * Edits that change another aggregate as a rule: marking a control applicable adds its documents; a
 * questionnaire sets the client's fields of assessments; deleting an AI system takes its classification
 * and impact assessment with it and unlinks its risks.
 */
const ALSO_CHANGES: Partial<Record<Channel, string[]>> = {
  'soa:update': ['document'],
  'aiSystem:delete': ['risk', 'classification', 'impact'],
  'questionnaire:apply': ['assessment'],
};

/** Which aggregates a successful call changed; undo reports the entities it reverted. */
function changedBy(name: Channel, value: unknown): string[] {
  const [aggregate, verb] = name.split(':') as [string, string];
  if (READ_VERBS.has(verb) || FILE_VERBS.has(verb) || aggregate === 'workbook') {
    return name === 'workbook:undo' ? (value as { entities: string[] }).entities : [];
  }
  return [aggregate, ...(ALSO_CHANGES[name] ?? [])];
}

/**
 * The single way into the services: validate the payload with the contract, run the handler, validate
 * what comes back, and turn every failure into an error value. ipc.ts, the CLI and the e2e host use it.
 */
export function createDispatcher(handlers: Handlers, options: DispatchOptions = {}) {
  return async function dispatch<K extends Channel>(name: K, payload: unknown): Promise<Result<Output<K>>> {
    const def = Object.hasOwn(contract, name) ? contract[name] : undefined;
    if (!def) return { ok: false, error: { code: 'invalid-input', message: `unknown operation` } };
    const parsed = def.input.safeParse(payload);
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid-input', message: parsed.error.issues[0]?.message ?? 'invalid input' } };
    }
    try {
      const handler = handlers[name] as (input: unknown) => unknown;
      const value = def.output.parse(await handler(parsed.data)) as Output<K>;
      const changed = changedBy(name, value);
      const wb = (parsed.data as { wb?: string }).wb;
      if (wb && changed.length > 0) options.onChanged?.(wb, changed);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppFailure) return { ok: false, error: { code: error.code, message: error.message } };
      options.log?.(error);
      const message = error instanceof ZodError ? 'the result did not match the contract' : 'unexpected error';
      return { ok: false, error: { code: 'internal', message } };
    }
  };
}
export type Dispatch = ReturnType<typeof createDispatcher>;
