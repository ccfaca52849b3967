import { contextBridge, ipcRenderer } from 'electron';
import { buildApi, type ContractNames } from '../shared/api';
import type { Result } from '../shared/result';

/** The contract's channel and event names, baked in by scripts/build.mjs: the preload validates nothing (main does). */
declare const CONTRACT_NAMES: ContractNames;

// One method per contract operation and one subscription per event; the raw ipcRenderer and its event
// objects never reach the page.
const api = buildApi(
  CONTRACT_NAMES,
  (channel, payload) => ipcRenderer.invoke(channel, payload) as Promise<Result<unknown>>,
  (event, listener) => {
    const forward = (_event: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(event, forward);
    return () => ipcRenderer.removeListener(event, forward);
  },
);

contextBridge.exposeInMainWorld('api', api);
