import { join } from 'node:path';
import type { Channel, EventPayload, Input, Output } from '../../shared/contract';
import { createServices } from '../../electron/services';
import type { Dialogs } from '../../electron/services/ports';

/** Dialogs that answer from a queue the test fills: each answer is a path, or null for "cancel". */
export class ScriptedDialogs implements Dialogs {
  readonly answers: (string | null)[] = [];
  answer(...paths: (string | null)[]): this {
    this.answers.push(...paths);
    return this;
  }
  private next = async () => (this.answers.length ? this.answers.shift()! : null);
  chooseWorkbookToOpen = this.next;
  chooseSavePath = this.next;
  chooseFileToRead = this.next;
}

type Change = EventPayload<'workbook:changed'>;

/**
 * Real services over real files in `dir`, with a `call` that fails the test on an error value. Every change
 * event is kept in `changes` and handed to `onChanged` (the e2e host sends it to the page, as main does).
 */
export function testServices(
  dir: string,
  onChanged: (change: Change) => void = () => {},
  withLists: () => boolean = () => true,
) {
  const dialogs = new ScriptedDialogs();
  const changes: Change[] = [];
  const services = createServices(
    { userDataDir: join(dir, 'user-data'), appVersion: 'test', dialogs },
    {
      onChanged: (change) => {
        changes.push(change);
        onChanged(change);
      },
      withLists,
    },
  );
  async function call<K extends Channel>(name: K, input: Input<K>): Promise<Output<K>> {
    const result = await services.dispatch(name, input);
    if (!result.ok) throw new Error(`${name} failed: ${result.error.code}: ${result.error.message}`);
    return result.value;
  }
  /** Creates a workbook through the same path the UI takes (save dialog → create → open). */
  async function newWorkbook(name = 'client.aimswb', clientName = 'Muster AG') {
    const path = join(dir, name);
    dialogs.answer(path);
    const summary = await call('workbook:create', { engagement: { clientName } });
    return { path, wb: summary!.wb, summary: summary! };
  }
  return { ...services, dialogs, changes, call, newWorkbook };
}
