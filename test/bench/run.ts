// `npm run bench`: performance figures, one JSON line each. Targets are in the issue texts; the
// numbers are printed, not asserted, because timings belong to benchmarks, not to tests.
import { benchWorkbook } from './workbook.bench';
import { benchXlsx } from './xlsx.bench';
import { benchReports } from './report.bench';
import { benchUi } from './ui.bench';

const figures = [
  ...(await benchWorkbook()),
  ...(await benchXlsx()),
  ...(await benchReports()),
  ...(await benchUi()),
];
for (const figure of figures) console.log(JSON.stringify(figure));
