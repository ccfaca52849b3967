import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../support/temp';

const ROOT = join(import.meta.dirname, '../../..');
// The bundle `npm run cli` runs; `npm test` builds it before vitest starts.
const CLI = join(ROOT, 'out/cli/cli.mjs');
const tempDir = useTempDir();
const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const cli = (...args: string[]) =>
  spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });

describe('npm run cli', () => {
  it('new, info and check a workbook', () => {
    const file = join(tempDir(), 'kunde.aimswb');
    const created = cli('new', file, '--client', 'Müller & Söhne GmbH', '--lang', 'en');
    expect(created.status).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({
      clientName: 'Müller & Söhne GmbH',
      fileName: 'kunde.aimswb',
    });

    const info = cli('info', file);
    expect(info.status).toBe(0);
    const report = JSON.parse(info.stdout);
    expect(report).toMatchObject({
      applicationIdOk: true,
      engagement: { clientName: 'Müller & Söhne GmbH', language: 'en' },
      integrity: 'ok',
    });
    expect(report.counts.assessments).toBe(70);
    expect(report.counts.soa_entries).toBe(38);
    expect(cli('check', file)).toMatchObject({ status: 0, stdout: 'ok\n' });
  });

  it('writes the demo engagement through the services', () => {
    const file = join(tempDir(), 'demo.aimswb');
    const result = cli('demo', file);
    expect(result.status).toBe(0);
    const counts = JSON.parse(result.stdout);
    expect(counts).toMatchObject({ ai_systems: 3, risks: 6, actions: 6, management_systems: 2 });
    expect(counts.classifications).toBe(3);
  });

  it('prints the catalogue and classifies answers from a file', () => {
    const catalog = cli('catalog', '--lang', 'en');
    expect(catalog.status).toBe(0);
    expect(catalog.stdout).toContain('A.6.2.8');
    expect(catalog.stdout).toContain('Understanding the organization and its context');

    const answers = join(tempDir(), 'answers.json');
    writeFileSync(
      answers,
      JSON.stringify({
        isAiSystem: true,
        operatorRole: 'deployer',
        prohibitedPractices: ['f'],
        isGpaiModel: false,
      }),
    );
    const classified = cli('classify', answers);
    expect(classified.status).toBe(0);
    expect(JSON.parse(classified.stdout)).toMatchObject({ status: 'complete', tier: 'prohibited' });
  });

  it.each([
    ['a missing file', () => join(tempDir(), 'nowhere.aimswb'), /^error: not-found: /],
    ['a file that is not a workbook', () => writeBogus(), /^error: not-a-workbook: /],
  ])('exits 2 with a one-line error for %s and changes nothing', (_name, make, message) => {
    const file = make();
    const before = safeHash(file);
    const result = cli('info', file);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(safeHash(file)).toBe(before);
  });

  it('refuses to overwrite an existing file with new or demo', () => {
    const file = writeBogus();
    const before = hash(file);
    expect(cli('new', file, '--client', 'X').status).toBe(2);
    expect(cli('demo', file).status).toBe(2);
    expect(hash(file)).toBe(before);
  });
});

function writeBogus(): string {
  const file = join(tempDir(), 'notes.aimswb');
  writeFileSync(file, 'plain text, not a database');
  return file;
}
const safeHash = (file: string) => {
  try {
    return hash(file);
  } catch {
    return null;
  }
};
