// `npm run bench`: performance figures, one JSON line each. Targets are in the issue texts; the
// numbers are printed, not asserted, because timings belong to benchmarks, not to tests.
// `npm run bench -- ui report` runs only the named groups.
import { benchWorkbook } from './workbook.bench';
import { benchXlsx } from './xlsx.bench';
import { benchReports } from './report.bench';
import { benchUi } from './ui.bench';

const GROUPS = { workbook: benchWorkbook, xlsx: benchXlsx, report: benchReports, ui: benchUi };
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !Object.hasOwn(GROUPS, name));
if (unknown.length > 0)
  throw new Error(`unknown bench group ${unknown.join(', ')}; known: ${Object.keys(GROUPS).join(', ')}`);
for (const [name, run] of Object.entries(GROUPS)) {
  if (asked.length > 0 && !asked.includes(name)) continue;
  for (const figure of await run()) console.log(JSON.stringify(figure));
}
