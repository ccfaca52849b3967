import type { AppEvent, Channel, EventPayload, Input, Output } from './contract';
import type { Result } from './result';

type Split<K> = K extends `${infer A}:${infer V}` ? [A, V] : never;
type Aggregate = Split<Channel>[0];
type VerbsOf<A extends string> = Extract<Channel, `${A}:${string}`> extends `${A}:${infer V}` ? V : never;

/** `window.api`: one method per contract operation, grouped by aggregate: `api.risk.update({...})`. */
export type Api = {
  readonly [A in Aggregate]: {
    readonly [V in VerbsOf<A>]: (input: Input<`${A}:${V}` & Channel>) => Promise<Result<Output<`${A}:${V}` & Channel>>>;
  };
} & {
  /** Typed subscriptions to main → renderer events; each returns its unsubscribe function. */
  readonly events: { readonly [E in AppEvent]: (listener: (payload: EventPayload<E>) => void) => () => void };
};

/** The contract's names without its schemas: the preload gets them baked in at build time, so it ships no zod. */
export interface ContractNames {
  readonly channels: readonly Channel[];
  readonly events: readonly AppEvent[];
}

export type Invoke = (channel: Channel, payload: unknown) => Promise<Result<unknown>>;
export type Subscribe = (event: AppEvent, listener: (payload: unknown) => void) => () => void;

/**
 * Builds the api from the contract. The preload passes ipcRenderer-based transport, the e2e test host's
 * browser shim an HTTP one; the shape is the same, so the renderer cannot tell them apart.
 */
export function buildApi(names: ContractNames, invoke: Invoke, subscribe: Subscribe): Api {
  const api: Record<string, Record<string, unknown>> = {};
  for (const name of names.channels) {
    const [aggregate, verb] = name.split(':') as [string, string];
    (api[aggregate] ??= {})[verb] = (input: unknown) => invoke(name, input);
  }
  api.events = Object.fromEntries(
    names.events.map((event) => [event, (listener: (p: unknown) => void) => subscribe(event, listener)]),
  );
  return api as unknown as Api;
}
