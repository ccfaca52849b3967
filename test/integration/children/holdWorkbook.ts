// A second app process: opens the workbook given on argv, says "ready", and holds it until killed.
import { openWorkbook } from '../../../electron/workbook/workbook';

openWorkbook(process.argv[2]!);
process.stdout.write('ready\n');
setInterval(() => {}, 1000);
