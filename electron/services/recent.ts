import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import type { RecentEntry } from '../../shared/contract/workbook';
import { AppFailure } from '../../shared/result';

const MAX_ENTRIES = 12;
const StoredSchema = z.array(
  z.object({ path: z.string(), clientName: z.string(), lastOpened: z.string(), progress: z.number().min(0).max(1) }),
);
type Stored = z.infer<typeof StoredSchema>[number];

const idOf = (path: string): string => createHash('sha256').update(path).digest('hex').slice(0, 32);

/** The recent-files list in the user-data folder. A damaged list is treated as empty, never as an error. */
export class RecentFiles {
  private readonly file: string;

  constructor(userDataDir: string) {
    this.file = join(userDataDir, 'recent-workbooks.json');
  }

  private read(): Stored[] {
    try {
      return StoredSchema.parse(JSON.parse(readFileSync(this.file, 'utf8')));
    } catch {
      return [];
    }
  }

  private write(entries: Stored[]): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const temp = `${this.file}.tmp`;
    writeFileSync(temp, JSON.stringify(entries, null, 2));
    renameSync(temp, this.file);
  }

  list(): RecentEntry[] {
    return this.read().map((entry) => ({
      id: idOf(entry.path),
      fileName: basename(entry.path),
      folder: dirname(entry.path),
      clientName: entry.clientName,
      lastOpened: entry.lastOpened,
      progress: entry.progress,
      missing: !existsSync(entry.path),
    }));
  }

  pathOf(id: string): string {
    const entry = this.read().find((e) => idOf(e.path) === id);
    if (!entry) throw new AppFailure('not-found', 'this workbook is no longer in the recent list');
    return entry.path;
  }

  remember(entry: Omit<Stored, 'lastOpened'>): void {
    const rest = this.read().filter((e) => e.path !== entry.path);
    this.write([{ ...entry, lastOpened: new Date().toISOString() }, ...rest].slice(0, MAX_ENTRIES));
  }

  forget(id: string): void {
    this.write(this.read().filter((e) => idOf(e.path) !== id));
  }
}
