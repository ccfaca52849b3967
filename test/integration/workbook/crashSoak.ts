import Database from 'better-sqlite3';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeDemoEngagement } from '../../../electron/services/demo';
import { openWorkbook } from '../../../electron/workbook/workbook';
import { buildChild, startChild } from '../../support/child';
import { testServices } from '../../support/services';
import { editXlsx, generateQuestionnaire, Q, questionnaireSheet, rowOf } from '../../support/xlsx';
import { qpdfCheck } from '../report/pdfTools';

export const SCENARIOS = ['edits', 'migration', 'backup', 'questionnaire', 'restore', 'report'] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** What one child process is told to do (test/integration/children/crashWorkload.ts). */
export interface SoakJob {
  readonly scenario: Scenario;
  readonly round: number;
  readonly path: string;
  readonly dir: string;
  readonly questionnaires: readonly string[];
  readonly archive: string;
}

export interface SoakFigures {
  readonly seed: number;
  rounds: number;
  ackedEdits: number;
  ackedOperations: number;
  lostEdits: number;
  lostOperations: number;
  corruptFiles: number;
  /** Temporary files a killed copy, restore or report left beside its target (never the target itself). */
  strayTempFiles: number;
  readonly killsByPhase: Record<string, number>;
  readonly failures: string[];
}

/** How long after "ready" a kill may come, per scenario: long enough to reach its slowest operation. */
const KILL_WINDOW_MS: Record<Scenario, number> = {
  edits: 250,
  migration: 150,
  backup: 500,
  questionnaire: 1500,
  restore: 2000,
  report: 3500,
};
const QUESTIONNAIRE_ITEMS = ['4.1', '4.2', '4.3', '5.1', '6.1.2', '7.2'];
const QUESTIONNAIRE_RATINGS = [1, 4];
const V1_FIXTURE = join(import.meta.dirname, '../../fixtures/workbook-v1.aimswb');

/** A small seeded generator (mulberry32), so a failing soak can be run again with its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** The workbooks each scenario edits, a filled questionnaire pair (two ratings) and an archive to restore. */
async function prepare(dir: string) {
  const s = testServices(dir);
  const plain = async (name: string) => {
    const { wb, path } = await s.newWorkbook(`${name}.aimswb`);
    return { wb, path };
  };
  const demo = async (name: string) => {
    const made = await plain(name);
    await writeDemoEngagement(s.dispatch, made.wb, 'de');
    return made;
  };
  const edits = await plain('edits');
  const backup = await plain('backup');
  const questionnaire = await plain('questionnaire');
  const restore = await plain('restore');
  const report = await demo('report');
  const blank = await generateQuestionnaire(s, questionnaire.wb, dir);
  const questionnaires = await Promise.all(
    QUESTIONNAIRE_RATINGS.map((rating) =>
      editXlsx(blank, join(dir, `filled-${rating}.xlsx`), (workbook) => {
        const sheet = questionnaireSheet(workbook);
        for (const id of QUESTIONNAIRE_ITEMS) rowOf(sheet, id).getCell(Q.rating).value = rating;
      }),
    ),
  );
  const archive = join(dir, 'archive.json');
  s.dialogs.answer(archive);
  await s.call('archive:export', { wb: report.wb });
  s.sessions.closeAll();
  const paths: Record<Exclude<Scenario, 'migration'>, string> = {
    edits: edits.path,
    backup: backup.path,
    questionnaire: questionnaire.path,
    restore: restore.path,
    report: report.path,
  };
  return { paths, questionnaires, archive };
}

/** What the child acknowledged, and which operation it had announced last when it was killed. */
function parseLines() {
  const seen = { edits: 0, done: [] as { kind: string; n: string }[], phase: 'start' };
  const onLine = (line: string) => {
    const [word, a, b] = line.split(' ');
    if (word === 'edit') seen.edits = Number(a);
    else if (word === 'done') seen.done.push({ kind: a!, n: b! });
    else if (word === 'phase') seen.phase = a!;
  };
  return { seen, onLine };
}

/** integrity_check of a file that should be a sound workbook; the app's own open runs first (recovery). */
function soundWorkbook(path: string): string | null {
  try {
    openWorkbook(path).close();
    const db = new Database(path, { readonly: true });
    try {
      const integrity = db.pragma('integrity_check', { simple: true });
      return integrity === 'ok' ? null : String(integrity);
    } finally {
      db.close();
    }
  } catch (error) {
    return `${(error as { code?: string }).code ?? ''} ${(error as Error).message}`;
  }
}

/**
 * Runs `rounds` rounds: each starts a child on one scenario (in turn), SIGKILLs it at a random moment,
 * then checks what a consultant would find: the workbook opens and passes integrity_check, every
 * acknowledged edit is in it, every acknowledged copy, restored workbook and report is sound, a
 * questionnaire was applied whole or not at all, and a killed write left nothing half-done under its name.
 */
export async function runCrashSoak(options: {
  rounds: number;
  dir: string;
  seed?: number;
  onRound?: (figures: SoakFigures) => void;
}): Promise<SoakFigures> {
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const next = random(seed);
  const { dir } = options;
  const { paths, questionnaires, archive } = await prepare(dir);
  const script = await buildChild('crashWorkload.ts');
  const work = join(dir, 'work');
  const figures: SoakFigures = {
    seed,
    rounds: 0,
    ackedEdits: 0,
    ackedOperations: 0,
    lostEdits: 0,
    lostOperations: 0,
    corruptFiles: 0,
    strayTempFiles: 0,
    killsByPhase: {},
    failures: [],
  };
  const corrupt = (file: string, why: string) => {
    figures.corruptFiles++;
    figures.failures.push(`round ${figures.rounds}: ${file}: ${why}`);
  };

  for (let round = 0; round < options.rounds; round++) {
    const scenario = SCENARIOS[round % SCENARIOS.length]!;
    rmSync(work, { recursive: true, force: true });
    const path = scenario === 'migration' ? join(work, 'v1.aimswb') : paths[scenario];
    const job: SoakJob = { scenario, round, path, dir: work, questionnaires, archive };
    mkdirSync(work, { recursive: true });
    if (scenario === 'migration') copyFileSync(V1_FIXTURE, path);

    const { seen, onLine } = parseLines();
    const run = startChild(script, [JSON.stringify(job)], onLine);
    await run.ready;
    await new Promise((r) => setTimeout(r, next() * KILL_WINDOW_MS[scenario]));
    run.child.kill('SIGKILL');
    await run.exited;
    figures.rounds++;
    figures.killsByPhase[`${scenario}/${seen.phase}`] =
      (figures.killsByPhase[`${scenario}/${seen.phase}`] ?? 0) + 1;

    const damage = soundWorkbook(path);
    if (damage) corrupt(path, damage);
    else {
      const db = new Database(path, { readonly: true });
      const titles = new Set(
        (
          db.prepare('SELECT title FROM actions WHERE title LIKE ?').all(`r${round} e%`) as {
            title: string;
          }[]
        ).map((r) => r.title),
      );
      for (let n = 1; n <= seen.edits; n++) if (!titles.has(`r${round} e${n}`)) figures.lostEdits++;
      if (scenario === 'questionnaire') {
        const ratings = db
          .prepare(
            `SELECT DISTINCT client_self_rating AS r FROM assessments WHERE item_id IN (${QUESTIONNAIRE_ITEMS.map(() => '?').join(',')})`,
          )
          .all(...QUESTIONNAIRE_ITEMS) as { r: number | null }[];
        if (ratings.length !== 1) corrupt(path, `questionnaire applied in part: ${JSON.stringify(ratings)}`);
        const applied = seen.done.some((d) => d.kind === 'questionnaire');
        if (applied && ratings.length === 1 && ratings[0]!.r === null) figures.lostOperations++;
      }
      db.close();
    }
    figures.ackedEdits += seen.edits;
    figures.ackedOperations += seen.done.length;

    // Acknowledged files must be there and sound; unacknowledged ones, if they have their name, as well.
    const files = readdirSync(work);
    for (const done of seen.done) {
      if (done.kind === 'questionnaire') continue;
      const name = `${done.kind === 'backup' ? 'copy' : done.kind === 'restore' ? 'restored' : 'report'}-${round}-${done.n}`;
      if (!files.some((f) => f.startsWith(`${name}.`))) figures.lostOperations++;
    }
    for (const file of files) {
      const full = join(work, file);
      if (/\.(tmp|creating)(-journal)?$/.test(file)) figures.strayTempFiles++;
      else if (file.endsWith('.pdf')) {
        const check = qpdfCheck(full);
        if (!check.ok) corrupt(full, check.output.split('\n')[0]!);
      } else if (file.endsWith('.aimswb') && full !== path) {
        const problem = soundWorkbook(full);
        if (problem) corrupt(full, problem);
      }
    }
    options.onRound?.(figures);
  }
  rmSync(work, { recursive: true, force: true });
  return figures;
}
