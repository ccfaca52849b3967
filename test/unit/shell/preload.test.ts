import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { CHANNELS, EVENTS } from '../../../shared/contract';

const PRELOAD = resolve('out/preload/preload.cjs');

/** Evaluates the built preload as a sandboxed renderer would: `require` offers 'electron' and nothing else. */
function loadPreload() {
  const exposed: { key: string; api: Record<string, Record<string, unknown>> }[] = [];
  const invoked: { channel: string; payload: unknown }[] = [];
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  const required: string[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: never) => void exposed.push({ key, api }) },
    ipcRenderer: {
      invoke: async (channel: string, payload: unknown) => {
        invoked.push({ channel, payload });
        return { ok: true, value: null };
      },
      on: (event: string, listener: (...args: unknown[]) => void) =>
        void (listeners.get(event) ?? listeners.set(event, new Set()).get(event)!).add(listener),
      removeListener: (event: string, listener: (...args: unknown[]) => void) => void listeners.get(event)?.delete(listener),
    },
  };
  const module = { exports: {} };
  runInNewContext(readFileSync(PRELOAD, 'utf8'), {
    module,
    exports: module.exports,
    require: (id: string) => {
      required.push(id);
      if (id !== 'electron') throw new Error(`a sandboxed preload cannot require ${id}`);
      return electron;
    },
  });
  return { exposed, invoked, listeners, required };
}

describe('the built preload', () => {
  it('exposes exactly one method per contract channel and one subscription per event, as window.api', () => {
    const { exposed, required } = loadPreload();
    expect(required).toEqual(['electron']);
    expect(exposed.map((e) => e.key)).toEqual(['api']);
    const api = exposed[0]!.api;
    const methods = Object.entries(api)
      .filter(([aggregate]) => aggregate !== 'events')
      .flatMap(([aggregate, verbs]) => Object.keys(verbs).map((verb) => `${aggregate}:${verb}`));
    expect(methods.sort()).toEqual([...CHANNELS].sort());
    expect(Object.keys(api.events!).sort()).toEqual([...EVENTS].sort());
    for (const verbs of Object.values(api)) for (const fn of Object.values(verbs)) expect(typeof fn).toBe('function');
  });

  it('passes the payload through untouched and never hands the IPC event to the page', async () => {
    const { exposed, invoked, listeners } = loadPreload();
    const api = exposed[0]!.api as unknown as {
      risk: { update(input: unknown): Promise<unknown> };
      events: Record<string, (listener: (...args: unknown[]) => void) => () => void>;
    };
    expect(await api.risk.update({ wb: 'w1', id: 'r1', patch: { title: 'x' } })).toEqual({ ok: true, value: null });
    expect(invoked).toEqual([{ channel: 'risk:update', payload: { wb: 'w1', id: 'r1', patch: { title: 'x' } } }]);

    const received: unknown[][] = [];
    const off = api.events['workbook:changed']!((...args) => received.push(args));
    listeners.get('workbook:changed')!.forEach((forward) => forward({ sender: 'ipc event' }, { wb: 'w1', aggregates: ['risk'] }));
    expect(received).toEqual([[{ wb: 'w1', aggregates: ['risk'] }]]);
    off();
    expect(listeners.get('workbook:changed')!.size).toBe(0);
  });

  it('stays small: names only, no schemas (validation happens in main)', () => {
    const code = readFileSync(PRELOAD, 'utf8');
    expect(statSync(PRELOAD).size).toBeLessThan(16_000);
    expect(code).not.toMatch(/zod|ZodError|safeParse/);
  });
});
