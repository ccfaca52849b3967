import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS, type Channel } from '../shared/contract';
import type { Result } from '../shared/result';
import { isTrustedSender } from './security';
import type { Dispatch } from './services/dispatch';

/**
 * Binds every contract channel to ipcMain through one helper, so no handler can skip the checks: the
 * sender must be our own top-level page, the payload is parsed by the contract (in dispatch), and every
 * failure comes back as an error value.
 */
export function registerIpc(ipc: Pick<IpcMain, 'handle'>, dispatch: Dispatch): void {
  const handle = (name: Channel) =>
    ipc.handle(name, async (event: IpcMainInvokeEvent, payload: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event.senderFrame)) {
        return { ok: false, error: { code: 'invalid-input', message: 'request from an untrusted frame' } };
      }
      return dispatch(name, payload);
    });
  CHANNELS.forEach(handle);
}
