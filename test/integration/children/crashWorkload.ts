// One crash-soak round's app process: says "ready" before it touches the workbook (so a kill can land in
// the migration that opening runs), then edits through the services the IPC handlers use, announcing each
// operation ("phase …") and acknowledging each committed one ("edit N", "done KIND N") only after the
// call has returned, until the soak kills it. See test/soak/crashSoak.ts for what each line promises.
import { join } from 'node:path';
import type { Channel, Input } from '../../../shared/contract';
import { createServices } from '../../../electron/services';
import { ScriptedDialogs } from '../../support/services';
import type { SoakJob } from '../workbook/crashSoak';

const job = JSON.parse(process.argv[2]!) as SoakJob;
const dialogs = new ScriptedDialogs();
const services = createServices({ userDataDir: join(job.dir, 'user-data'), appVersion: 'soak', dialogs });
const say = (line: string) => process.stdout.write(`${line}\n`);

async function call<K extends Channel>(name: K, input: Input<K>) {
  const result = await services.dispatch(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.code}: ${result.error.message}`);
  return result.value;
}

say('ready');
say(`phase ${job.scenario === 'migration' ? 'migration' : 'open'}`);
const { wb } = services.files.openPath(job.path);

for (let n = 1; ; n++) {
  say('phase edit');
  await call('action:create', {
    wb,
    data: { title: `r${job.round} e${n}`, description: 'x'.repeat(n % 7 === 0 ? 5000 : 10) },
  });
  say(`edit ${n}`);
  switch (job.scenario) {
    case 'edits':
    case 'migration':
      break;
    case 'backup':
      say('phase backup');
      dialogs.answer(join(job.dir, `copy-${job.round}-${n}.aimswb`));
      await call('workbook:saveCopy', { wb });
      say(`done backup ${n}`);
      break;
    case 'questionnaire': {
      const which = n % 2;
      say('phase questionnaire');
      dialogs.answer(job.questionnaires[which]!);
      const preview = await call('questionnaire:preview', { wb });
      await call('questionnaire:apply', { wb, token: preview!.token });
      say(`done questionnaire ${which}`);
      break;
    }
    case 'restore': {
      say('phase restore');
      dialogs.answer(job.archive, join(job.dir, `restored-${job.round}-${n}.aimswb`));
      const restored = await call('archive:import', {});
      await call('workbook:close', { wb: restored!.wb });
      say(`done restore ${n}`);
      break;
    }
    case 'report':
      say('phase report');
      dialogs.answer(join(job.dir, `report-${job.round}-${n}.pdf`));
      await call('report:generate', { wb, type: 'summary', lang: n % 2 ? 'de' : 'en' });
      say(`done report ${n}`);
      break;
  }
}
