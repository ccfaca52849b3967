import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { AppFailure } from '../../shared/result';
import { openWorkbook, type Workbook } from '../workbook/workbook';

/** Main owns every open workbook; the renderer only ever holds the session id. */
export class Sessions {
  private readonly open = new Map<string, Workbook>();

  /** Opens a workbook, or returns the session that already has it (one writer per file, also in-process). */
  openPath(path: string): { id: string; workbook: Workbook } {
    const absolute = resolve(path);
    for (const [id, workbook] of this.open) if (workbook.path === absolute) return { id, workbook };
    const workbook = openWorkbook(absolute);
    const id = randomUUID();
    this.open.set(id, workbook);
    return { id, workbook };
  }

  get(id: string): Workbook {
    const workbook = this.open.get(id);
    if (!workbook) throw new AppFailure('not-found', 'this workbook is not open');
    return workbook;
  }

  close(id: string): boolean {
    const workbook = this.open.get(id);
    if (!workbook) return false;
    this.open.delete(id);
    workbook.close();
    return true;
  }

  closeAll(): void {
    for (const id of [...this.open.keys()]) this.close(id);
  }
}
