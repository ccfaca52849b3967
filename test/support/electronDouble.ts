import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(__dirname, '../..');
const require = createRequire(import.meta.url);
export const MAIN_BUNDLE = resolve(ROOT, 'out/main/main.cjs');

type Handler = (...args: never[]) => unknown;
export interface MenuTemplateItem {
  label?: string;
  role?: string;
  accelerator?: string;
  type?: string;
  checked?: boolean;
  enabled?: boolean;
  click?: () => void;
  submenu?: MenuTemplateItem[];
}

class WebContentsDouble extends EventEmitter {
  readonly sent: { channel: string; payload: unknown }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  send(channel: string, payload: unknown) {
    this.sent.push({ channel, payload });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  /** Emits `event` with an event object whose preventDefault is recorded; returns whether it was called. */
  dispatch(event: string, ...args: unknown[]): boolean {
    let prevented = false;
    this.emit(event, { preventDefault: () => (prevented = true) }, ...args);
    return prevented;
  }
}

export interface DoubleOptions {
  readonly userData: string;
  readonly appPath: string;
  readonly locale?: string;
  readonly packaged?: boolean;
  /** False plays a second instance: another one holds the single-instance lock. */
  readonly gotLock?: boolean;
}

/**
 * A recording stand-in for the `electron` module, enough to run the built main bundle in plain Node: it
 * records what main asks of Electron (windows, handlers, menus, dialogs) and lets the test fire app events.
 */
export function electronDouble({
  userData,
  appPath,
  locale = 'de-DE',
  packaged = false,
  gotLock = true,
}: DoubleOptions) {
  const record = {
    singleInstanceRequests: 0,
    quits: 0,
    exits: [] as number[],
    privilegedSchemes: [] as unknown[],
    readyAtSchemeRegistration: [] as boolean[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    permissionRequest: null as
      null | ((wc: unknown, permission: string, callback: (ok: boolean) => void) => void),
    permissionCheck: null as null | (() => boolean),
    windows: [] as BrowserWindowDouble[],
    ipc: new Map<string, Handler>(),
    menus: [] as MenuTemplateItem[][],
    errorBoxes: [] as { title: string; message: string }[],
    messageBoxes: [] as unknown[],
    externalUrls: [] as string[],
  };
  let isReady = false;
  let markReady: () => void = () => {};
  const readyPromise = new Promise<void>((done) => (markReady = done));

  const app = Object.assign(new EventEmitter(), {
    isPackaged: packaged,
    requestSingleInstanceLock: () => {
      record.singleInstanceRequests++;
      return gotLock;
    },
    quit: () => void record.quits++,
    exit: (code = 0) => void record.exits.push(code),
    whenReady: () => readyPromise,
    isReady: () => isReady,
    getPath: (name: string) => {
      if (name !== 'userData') throw new Error(`getPath(${name}) is not expected`);
      return userData;
    },
    getAppPath: () => appPath,
    getVersion: () => '0.0.0-test',
    getLocale: () => {
      if (!isReady) throw new Error('getLocale() before ready');
      return locale;
    },
  });

  class BrowserWindowDouble extends EventEmitter {
    readonly webContents = new WebContentsDouble();
    loadedUrl: string | null = null;
    shown = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      record.windows.push(this);
    }
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    show() {
      this.shown = true;
    }
    isMinimized = () => false;
    restore() {}
    focus() {}
  }

  const module = {
    app,
    BrowserWindow: BrowserWindowDouble,
    ipcMain: {
      handle: (channel: string, handler: Handler) => {
        if (record.ipc.has(channel)) throw new Error(`second handler for ${channel}`);
        record.ipc.set(channel, handler);
      },
    },
    dialog: {
      showErrorBox: (title: string, message: string) => void record.errorBoxes.push({ title, message }),
      showMessageBox: async (...args: unknown[]) => {
        record.messageBoxes.push(args);
        return { response: 0 };
      },
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true }),
    },
    Menu: {
      buildFromTemplate: (template: MenuTemplateItem[]) => ({ template }),
      setApplicationMenu: (menu: { template: MenuTemplateItem[] }) => void record.menus.push(menu.template),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        record.readyAtSchemeRegistration.push(isReady);
        record.privilegedSchemes.push(...schemes);
      },
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
        void record.protocolHandlers.set(scheme, handler),
    },
    net: { fetch: async (url: string) => new Response(readFileSync(fileURLToPath(url))) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: typeof record.permissionRequest) =>
          (record.permissionRequest = handler),
        setPermissionCheckHandler: (handler: typeof record.permissionCheck) =>
          (record.permissionCheck = handler),
      },
    },
    shell: { openExternal: async (url: string) => void record.externalUrls.push(url) },
  };

  return {
    module,
    record,
    app,
    /** Resolves app.whenReady() and waits until main's ready handler has run. */
    async ready() {
      isReady = true;
      markReady();
      await new Promise((done) => setImmediate(done));
    },
    get window() {
      return record.windows[0];
    },
  };
}
export type ElectronDouble = ReturnType<typeof electronDouble>;

/**
 * Runs the built main bundle with `double` as its `electron` module and `args` as the command line,
 * the way Electron would start it. Returns a function that removes what main hooked into this process.
 */
export function runMain(double: ElectronDouble, args: string[] = []): () => void {
  const electronId = require.resolve('electron');
  const before = new Set(process.listeners('uncaughtException'));
  require.cache[electronId] = {
    id: electronId,
    filename: electronId,
    loaded: true,
    exports: double.module,
  } as NodeJS.Module;
  delete require.cache[MAIN_BUNDLE];
  const argv = process.argv;
  process.argv = [process.execPath, ...args];
  try {
    require(MAIN_BUNDLE);
  } finally {
    process.argv = argv;
    delete require.cache[electronId];
  }
  return () => {
    double.app.emit('will-quit');
    for (const listener of process.listeners('uncaughtException'))
      if (!before.has(listener)) process.off('uncaughtException', listener);
  };
}
