import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SettingsSchema, type Settings } from '../../shared/contract/settings';
import type { Handlers } from './handler';

/** The settings file exists but cannot be read (permissions, a folder in its place): the app cannot start safely. */
export class SettingsUnreadable extends Error {
  constructor(
    readonly folder: string,
    readonly reason: string,
  ) {
    super(`the settings cannot be read (${reason})`);
    this.name = 'SettingsUnreadable';
  }
}

/**
 * settings.json in the user-data folder. A missing file means the defaults; a damaged one (not JSON, wrong
 * shape) is moved aside as settings.damaged-<time>.json and replaced by the defaults, so a bad byte never
 * stops the app; a file that cannot be read at all is refused with SettingsUnreadable.
 */
export class SettingsStore {
  private readonly file: string;
  private current: Settings;
  private readonly listeners = new Set<(settings: Settings) => void>();
  /** Set when loading found a damaged file and moved it aside (main logs it). */
  readonly damagedCopy: string | null = null;

  constructor(userDataDir: string, defaults: Settings) {
    this.file = join(userDataDir, 'settings.json');
    let text: string | null = null;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch (error) {
      const code = (error as { code?: string }).code ?? 'EIO';
      if (code !== 'ENOENT') throw new SettingsUnreadable(userDataDir, code);
    }
    const parsed = text === null ? null : SettingsSchema.partial().safeParse(safeJson(text));
    if (parsed && !parsed.success) {
      this.damagedCopy = join(userDataDir, `settings.damaged-${Date.now()}.json`);
      renameSync(this.file, this.damagedCopy);
    }
    this.current = { ...defaults, ...(parsed?.success ? parsed.data : {}) };
  }

  get(): Settings {
    return this.current;
  }

  update(patch: Partial<Settings>): Settings {
    this.current = { ...this.current, ...patch };
    mkdirSync(dirname(this.file), { recursive: true });
    const temp = `${this.file}.tmp`;
    writeFileSync(temp, JSON.stringify(this.current, null, 2));
    renameSync(temp, this.file);
    this.listeners.forEach((listener) => listener(this.current));
    return this.current;
  }

  /** Main rebuilds its menu when the language changes; returns the unsubscribe function. */
  subscribe(listener: (settings: Settings) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  handlers(): Pick<Handlers, 'settings:get' | 'settings:update'> {
    return {
      'settings:get': () => this.get(),
      'settings:update': ({ patch }) => this.update(patch),
    };
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
