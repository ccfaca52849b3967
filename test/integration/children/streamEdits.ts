// Opens a workbook and makes edits as fast as it can through the services, printing each edit's number
// only after the call has returned (= acknowledged to the user), until it is killed.
import { createServices } from '../../../electron/services';

const [path, userData, round] = [process.argv[2]!, process.argv[3]!, process.argv[4]!];
const none = async () => null;
const services = createServices({
  userDataDir: userData,
  appVersion: 'child',
  dialogs: { chooseWorkbookToOpen: none, chooseSavePath: none, chooseFileToRead: none },
});
const { wb } = services.files.openPath(path);
process.stdout.write('ready\n');
for (let n = 1; ; n++) {
  const result = await services.dispatch('action:create', {
    wb,
    data: { title: `round ${round} edit ${n}`, description: 'x'.repeat(n % 7 === 0 ? 5000 : 10) },
  });
  if (!result.ok) throw new Error(result.error.message);
  process.stdout.write(`${n}\n`);
}
