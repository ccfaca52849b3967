import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices } from '../../electron/services';
import { writeDemoEngagement } from '../../electron/services/demo';
import { writeReport } from '../../electron/services/reports';
import { edit } from '../../electron/workbook/changeLog';
import { actions } from '../../electron/workbook/repos/actions.repo';
import { updateAssessment } from '../../electron/workbook/repos/assessments.repo';
import { risks } from '../../electron/workbook/repos/risks.repo';
import { attendees, workshopSessions } from '../../electron/workbook/repos/sessions.repo';
import { CLAUSE_ITEM_IDS, ANNEX_A_CONTROL_IDS } from '../../shared/domain/requirementIds';
import type { Db } from '../../electron/workbook/sql';
import type { Figure } from './workbook.bench';

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
const round = (n: number) => Math.round(n * 100) / 100;
const NOTE =
  'Die Prüfung der Dokumentation ergab Lücken bei Verantwortlichkeiten, Nachweisen und der Größe des Anwendungsbereichs; ' +
  'Maßnahmen sind mit dem Informationssicherheitsmanagementsystem abzustimmen. ';

/** Ten times the demo: long notes on every requirement, 500 risks, 1,000 actions, 20 workshops. */
function growToStress(db: Db): void {
  edit(db, () => {
    for (const itemId of [...CLAUSE_ITEM_IDS, ...ANNEX_A_CONTROL_IDS]) {
      updateAssessment(db, itemId, {
        maturityCurrent: 2,
        maturityTarget: 4,
        verdict: 'minor-nc',
        finding: NOTE.repeat(6),
        notes: NOTE.repeat(4),
      });
    }
    for (let i = 0; i < 500; i++) {
      risks.create(db, {
        title: `Risiko ${i}: Verzerrung der Entscheidungsgrundlage im Teilprozess ${i % 17}`,
        description: NOTE.repeat(1 + (i % 3)),
        likelihood: 1 + (i % 5),
        impact: 1 + ((i * 3) % 5),
        residualLikelihood: 1 + (i % 3),
        residualImpact: 1 + (i % 4),
        owner: 'Sabine Krüger',
        controlIds: [ANNEX_A_CONTROL_IDS[i % 38]!],
      });
    }
    for (let i = 0; i < 1000; i++) {
      const month = String(1 + (i % 12)).padStart(2, '0');
      actions.create(db, {
        title: `Maßnahme ${i}: Nachweisführung für Anforderung ${CLAUSE_ITEM_IDS[i % 32]} vervollständigen`,
        description: i % 4 === 0 ? NOTE.repeat(2) : '',
        owner: 'Lena Schäfer',
        priority: (['low', 'medium', 'high', 'critical'] as const)[i % 4],
        startDate: `2027-${month}-01`,
        dueDate: `2027-${month}-28`,
        effortDays: 1 + (i % 9),
        status: i % 5 === 0 ? 'done' : 'open',
      });
    }
    for (let s = 0; s < 20; s++) {
      const session = workshopSessions.create(db, {
        title: `Workshop ${s + 1}`,
        date: '2027-01-15',
        location: 'Köln',
        notes: NOTE.repeat(3),
      });
      for (let a = 0; a < 6; a++)
        attendees.create(db, {
          sessionId: session.id,
          name: `Teilnehmer ${s}-${a}`,
          role: 'Fachbereich',
          organisation: 'Rheinland Versicherung AG',
        });
    }
  });
}

/** Full German report of the demo engagement (median of three warm runs) and of the ten-times engagement. */
export async function benchReports(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'aims-bench-report-'));
  const none = async () => null;
  const services = createServices({
    userDataDir: join(dir, 'user-data'),
    appVersion: 'bench',
    dialogs: { chooseWorkbookToOpen: none, chooseSavePath: none, chooseFileToRead: none },
  });
  try {
    const make = async (name: string) => {
      const { wb } = services.files.createAt(join(dir, name), {
        clientName: 'Rheinland Versicherung AG',
        language: 'de',
      });
      await writeDemoEngagement(services.dispatch, wb, 'de');
      return services.sessions.get(wb).db;
    };
    const demo = await make('demo.aimswb');
    const stress = await make('stress.aimswb');
    growToStress(stress);

    const render = async (db: Db, name: string) => {
      const start = process.hrtime.bigint();
      const result = await writeReport(db, { type: 'full', lang: 'de', outPath: join(dir, name) });
      return { seconds: seconds(start), pages: result.pages };
    };
    await render(demo, 'warm-up.pdf');
    const runs = [
      await render(demo, 'demo-1.pdf'),
      await render(demo, 'demo-2.pdf'),
      await render(demo, 'demo-3.pdf'),
    ];
    const one = runs.map((r) => r.seconds).sort((a, b) => a - b)[1]!;
    const ten = await render(stress, 'stress.pdf');
    const rssMb = process.resourceUsage().maxRSS / 1024;
    return [
      {
        bench: 'report.full.demo',
        value: round(one),
        unit: `s (median of 3, ${runs[0]!.pages} pages)`,
        target: '< 3 s',
      },
      {
        bench: 'report.full.stress10x',
        value: round(ten.seconds),
        unit: `s (${ten.pages} pages)`,
        target: '< 20 s',
      },
      {
        bench: 'report.peakRss',
        value: Math.round(rssMb),
        unit: 'MB (whole bench process, after the stress report)',
        target: '< 1024 MB',
      },
      {
        bench: 'report.ratio10x',
        value: round(ten.seconds / one),
        unit: 'time(10×) / time(1×)',
        target: '≤ 12',
      },
    ];
  } finally {
    services.sessions.closeAll();
    rmSync(dir, { recursive: true, force: true });
  }
}
