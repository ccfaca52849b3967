// Runs in the page before the renderer: provides window.api over HTTP, exactly as the preload does over IPC.
import { buildApi } from '../../shared/api';
import { CHANNELS, EVENTS, type AppEvent } from '../../shared/contract';

type Listener = (payload: unknown) => void;
const listeners = new Map<AppEvent, Set<Listener>>();
new EventSource('./events').onmessage = (message) => {
  const { event, payload } = JSON.parse(message.data) as { event: AppEvent; payload: unknown };
  listeners.get(event)?.forEach((listener) => listener(payload));
};

const api = buildApi(
  { channels: CHANNELS, events: EVENTS },
  async (channel, payload) => {
    const response = await fetch(`./api/${channel}`, {
      method: 'POST',
      body: JSON.stringify(payload ?? null),
    });
    return response.json();
  },
  (event, listener) => {
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set.add(listener));
    return () => set.delete(listener);
  },
);
Object.defineProperty(window, 'api', { value: Object.freeze(api) });
