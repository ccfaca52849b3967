import { describe, expect, it } from 'vitest';
import { registerIpc } from '../../../electron/ipc';
import { CHANNELS } from '../../../shared/contract';
import type { Dispatch } from '../../../electron/services/dispatch';

type Listener = (
  event: { senderFrame: { url: string; parent: unknown } | null },
  payload: unknown,
) => Promise<unknown>;

/** A stand-in for ipcMain that keeps the registered handlers so the test can call them. */
function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  return {
    handlers,
    ipc: { handle: (channel: string, listener: Listener) => void handlers.set(channel, listener) },
  };
}

const own = { senderFrame: { url: 'app://aims/index.html', parent: null } };

describe('ipc.ts binds every contract channel through one checked helper', () => {
  it('registers exactly the contract channels', () => {
    const { handlers, ipc } = fakeIpcMain();
    registerIpc(ipc as never, (async () => ({ ok: true, value: null })) as unknown as Dispatch);
    expect([...handlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('refuses calls from a foreign or embedded frame before anything runs', async () => {
    const { handlers, ipc } = fakeIpcMain();
    const calls: string[] = [];
    registerIpc(
      ipc as never,
      (async (name: string) => {
        calls.push(name);
        return { ok: true, value: null };
      }) as unknown as Dispatch,
    );
    const handler = handlers.get('workbook:recent')!;
    for (const senderFrame of [
      { url: 'https://evil.example/', parent: null },
      { url: 'app://aims/index.html', parent: {} },
      null,
    ]) {
      expect(await handler({ senderFrame }, {})).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
    }
    expect(calls).toEqual([]);
    await handler(own, {});
    expect(calls).toEqual(['workbook:recent']);
  });
});
