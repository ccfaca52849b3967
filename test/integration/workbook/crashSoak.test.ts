import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect, it } from 'vitest';
import { useTempDir } from '../../support/temp';
import { runCrashSoak } from './crashSoak';

// `npm test` runs four rounds of each scenario; `npm run soak` runs 1,000 and keeps the figures for
// `npm run report:quality` (SOAK_FIGURES). SOAK_SEED repeats a run.
const ROUNDS = Number(process.env.SOAK_ROUNDS ?? 24);
const tempDir = useTempDir();

it(
  `every acknowledged edit survives ${ROUNDS} SIGKILLs, and every file stays sound`,
  async () => {
    const figures = await runCrashSoak({
      rounds: ROUNDS,
      dir: tempDir(),
      seed: process.env.SOAK_SEED ? Number(process.env.SOAK_SEED) : undefined,
      onRound: (f) => {
        if (f.rounds % 100 === 0) console.log(`soak: ${f.rounds} rounds, ${f.ackedEdits} acknowledged edits`);
      },
    });
    const { failures, ...shown } = figures;
    console.log(`soak: ${JSON.stringify(shown)}`);
    if (process.env.SOAK_FIGURES) {
      mkdirSync(dirname(process.env.SOAK_FIGURES), { recursive: true });
      writeFileSync(
        process.env.SOAK_FIGURES,
        JSON.stringify({ ...figures, at: new Date().toISOString() }, null, 2),
      );
    }
    expect(failures).toEqual([]);
    expect(figures).toMatchObject({ rounds: ROUNDS, lostEdits: 0, lostOperations: 0, corruptFiles: 0 });
    expect(figures.ackedEdits).toBeGreaterThan(ROUNDS);
    expect(figures.ackedOperations).toBeGreaterThan(0);
  },
  120_000 + ROUNDS * 8_000,
);
