import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from '../shared/api';
import type { Result } from '../shared/result';

// One method per contract operation and one subscription per event; the raw ipcRenderer and its event
// objects never reach the page.
const api = buildApi(
  (channel, payload) => ipcRenderer.invoke(channel, payload) as Promise<Result<unknown>>,
  (event, listener) => {
    const forward = (_event: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(event, forward);
    return () => ipcRenderer.removeListener(event, forward);
  },
);

contextBridge.exposeInMainWorld('api', api);
