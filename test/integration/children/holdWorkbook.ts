// A second app process: opens the workbook given on argv, says "ready", and holds it until killed.
import { openWorkbook } from '../../../electron/workbook/workbook';

const workbook = openWorkbook(process.argv[2]!);
process.stdout.write('ready\n');
// The reference keeps the connection (and with it the lock) alive: a collected connection closes itself.
setInterval(() => workbook.path, 1000);
