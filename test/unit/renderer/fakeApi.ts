import { vi } from 'vitest';
import { buildApi } from '../../../shared/api';
import {
  CHANNELS,
  contract,
  EVENTS,
  events,
  type AppEvent,
  type Channel,
  type EventPayload,
  type Input,
  type Output,
  type ParsedInput,
} from '../../../shared/contract';
import type { Result } from '../../../shared/result';

/** Main's handler sees the input as the contract parsed it. */
type Handler<C extends Channel> = (input: ParsedInput<C>) => Output<C>;

const handlers = new Map<Channel, Handler<Channel>>();
const listeners = new Map<AppEvent, Set<(payload: unknown) => void>>();

/**
 * Replies and events reach the renderer in the order main sent them, as over IPC: an edit's
 * `workbook:changed` comes before its reply, and after the replies to the requests before it.
 */
let delivered: Promise<unknown> = Promise.resolve();
function deliver<T>(send: () => T): Promise<T> {
  const next = delivered.then(send);
  delivered = next.catch(() => undefined);
  return next;
}

/**
 * Main's side of every call the renderer makes, handled as it is sent. Input and output go through the
 * contract's schemas, so a component that sends what main would refuse, or a test that answers what main
 * never would, fails.
 */
const invoke = vi.fn((channel: Channel, payload: unknown): Promise<Result<unknown>> => {
  let reply: () => Result<unknown>;
  try {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`The test gave no answer for ${channel}`);
    const value = contract[channel].output.parse(
      handler(contract[channel].input.parse(payload) as ParsedInput<Channel>),
    );
    reply = () => ({ ok: true, value });
  } catch (error) {
    reply = () => {
      throw error;
    };
  }
  return deliver(reply);
});

/** window.api as the preload builds it, over the fake main. */
const fakeApi = buildApi({ channels: CHANNELS, events: EVENTS }, invoke, (event, listener) => {
  const set = listeners.get(event) ?? new Set();
  listeners.set(event, set.add(listener));
  return () => set.delete(listener);
});
// Here rather than in setup.ts: renderer/api.ts reads window.api once, when it is first imported.
Object.defineProperty(window, 'api', { value: Object.freeze(fakeApi) });

export function answer<C extends Channel>(channel: C, handler: Handler<C>): void {
  handlers.set(channel, handler as unknown as Handler<Channel>);
}

/** The inputs the renderer sent on one channel, in order. */
export function callsTo<C extends Channel>(channel: C): Input<C>[] {
  return invoke.mock.calls.filter(([name]) => name === channel).map(([, input]) => input as Input<C>);
}

/** Main pushes an event, e.g. `workbook:changed` after an edit; it arrives once what was sent before it has. */
export function emit<E extends AppEvent>(event: E, payload: EventPayload<E>): Promise<void> {
  const checked = events[event].parse(payload);
  return deliver(() => listeners.get(event)?.forEach((listener) => listener(checked)));
}

/** A fresh main: it knows no records, and a workbook it opens has nothing to undo (the store asks on open). */
export function resetFakeApi(): void {
  handlers.clear();
  invoke.mockClear();
  answer('workbook:undoState', () => ({ undo: null, redo: null }));
}
resetFakeApi();
