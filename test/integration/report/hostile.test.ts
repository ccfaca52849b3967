import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReport } from '../../../electron/services/reports';
import { edit } from '../../../electron/workbook/changeLog';
import { setLogo } from '../../../electron/workbook/repos/branding.repo';
import { pdfFonts, pdfText, qpdfCheck, wordBoxes } from './pdfTools';
import { demoWorkbook } from './reportFixture';

const LONG_WORD = 'Donaudampfschifffahrtsgesellschaftskapitän'.repeat(5).slice(0, 200);
const NOTE = `<script>alert("x")</script> **bold** &amp; ${'Prüfung der Größe, '.repeat(260)}`.slice(0, 5000);
const HOSTILE_CLIENT = `<b>Müller & Söhne</b> ${LONG_WORD} 🚀 شركة التأمين ביטוח`;

let demo: Awaited<ReturnType<typeof demoWorkbook>>;
let path = '';

// One workbook full of hostile text, rendered once as the full German report.
beforeAll(async () => {
  demo = await demoWorkbook();
  const { call, wb } = { call: demo.services.call, wb: demo.wb };
  await call('engagement:update', { wb, patch: { clientName: HOSTILE_CLIENT, scopeStatement: NOTE } });
  await call('assessment:update', {
    wb,
    itemId: '4.1',
    patch: { finding: NOTE, notes: `${LONG_WORD} ${LONG_WORD}` },
  });
  await call('assessment:update', {
    wb,
    itemId: 'A.2.2',
    patch: { finding: 'Emoji 😀👍🏽 und RTL: مرحبا بالعالم / שלום עולם\n\n\tTabulator' },
  });
  await call('risk:create', {
    wb,
    data: { title: `<img src=x onerror=alert(1)> ${LONG_WORD}`, description: NOTE, likelihood: 5, impact: 5 },
  });
  await call('action:create', {
    wb,
    data: { title: LONG_WORD, description: NOTE, startDate: '2026-01-01', dueDate: '2031-12-31' },
  });
  await call('branding:update', {
    wb,
    patch: { footerText: NOTE.slice(0, 400), confidentiality: LONG_WORD },
  });
  path = join(demo.dir, 'hostile.pdf');
  await writeReport(demo.db(), { type: 'full', lang: 'de', outPath: path });
}, 120_000);
afterAll(() => demo.dispose());

describe('hostile text in a report', () => {
  it('renders a sound PDF with embedded fonts only', () => {
    const check = qpdfCheck(path);
    expect(check.ok, check.output).toBe(true);
    expect(pdfFonts(path).filter((f) => !f.embedded)).toEqual([]);
  });

  it('prints markup as text and keeps umlauts', () => {
    const text = pdfText(path);
    expect(text).toContain('<script>alert("x")</script>');
    expect(text).toContain('Prüfung der Größe');
    expect(text).toContain('Müller & Söhne');
  });

  it('keeps 200-character words, long notes, emoji and right-to-left text inside the page', () => {
    const { width, height, words } = wordBoxes(path);
    const outside = words.filter(
      (w) => w.xMin < 36 || w.xMax > width - 36 || w.yMin < 0 || w.yMax > height - 10,
    );
    expect(outside.slice(0, 5)).toEqual([]);
  });
});

describe('failures', () => {
  it('reports an unwritable target as an io error and leaves nothing behind', async () => {
    const blocker = join(demo.dir, 'not-a-folder');
    writeFileSync(blocker, 'x');
    await expect(
      writeReport(demo.db(), { type: 'summary', lang: 'en', outPath: join(blocker, 'r.pdf') }),
    ).rejects.toMatchObject({
      code: 'io',
      message: expect.stringContaining('does not exist'),
    });
    expect(readdirSync(demo.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a damaged logo with a message naming it, instead of a report without it', async () => {
    const png = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c63000100000500010d0a2db40000000049454e44ae426082',
      'hex',
    );
    const broken = Buffer.concat([
      png.subarray(0, 45),
      Buffer.from('garbage-in-the-image-data'),
      png.subarray(45),
    ]);
    edit(demo.db(), () => setLogo(demo.db(), 'firm', { mimeType: 'image/png', bytes: broken }));
    const target = join(demo.dir, 'logo.pdf');
    await expect(
      writeReport(demo.db(), { type: 'summary', lang: 'en', outPath: target }),
    ).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('firm logo'),
    });
    expect(existsSync(target)).toBe(false);

    edit(demo.db(), () => setLogo(demo.db(), 'firm', { mimeType: 'image/png', bytes: png }));
    const result = await writeReport(demo.db(), { type: 'summary', lang: 'en', outPath: target });
    expect(result.pages).toBeGreaterThan(1);
    edit(demo.db(), () => setLogo(demo.db(), 'firm', null));
  });

  it('asks for the target through the save dialog and returns null when cancelled', async () => {
    const target = join(demo.dir, 'via-channel.pdf');
    demo.services.dialogs.answer(target, null);
    expect(await demo.services.call('report:generate', { wb: demo.wb, type: 'soa', lang: 'de' })).toEqual({
      fileName: 'via-channel.pdf',
    });
    expect(existsSync(target)).toBe(true);
    expect(await demo.services.call('report:generate', { wb: demo.wb, type: 'soa', lang: 'de' })).toBeNull();
    const refused = await demo.services.dispatch('report:generate', {
      wb: demo.wb,
      type: 'poster',
      lang: 'de',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
