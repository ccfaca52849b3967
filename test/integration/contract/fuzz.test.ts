import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../../../shared/contract';
import { testServices } from '../../support/services';
import { useTempDir } from '../../support/temp';

const tempDir = useTempDir();
const fileHash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Payloads that are wrong in every way we can think of, around the real workbook id. */
const hostilePayload = (wb: string) =>
  fc.oneof(
    fc.anything(),
    fc.dictionary(fc.string(), fc.anything()).map((d) => ({ ...d, wb })),
    fc.record({
      wb: fc.constantFrom(wb, 'no-such-workbook', ''),
      id: fc.oneof(fc.string(), fc.constant('../../etc/passwd')),
      itemId: fc.oneof(fc.constantFrom('4.1', 'A.2.2', 'A.99.1', '4.1; DROP TABLE risks'), fc.string()),
      controlId: fc.string(),
      patch: fc.dictionary(
        fc.constantFrom('title', 'maturityCurrent', 'verdict', 'likelihood', 'applicable', '__proto__'),
        fc.anything(),
      ),
      data: fc.dictionary(
        fc.constantFrom('title', 'name', 'likelihood', 'impact', 'severity', 'standard'),
        fc.anything(),
      ),
    }),
  );

describe('the contract under random input', () => {
  it('never crashes and never changes the file through an invalid call', async () => {
    const s = testServices(tempDir());
    const { path, wb } = await s.newWorkbook();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CHANNELS), hostilePayload(wb), async (name, payload) => {
        const before = fileHash(path);
        const result = await s.dispatch(name, payload);
        expect(result.ok === true || result.ok === false).toBe(true);
        if (!result.ok) {
          expect(result.error.code).not.toBe('internal');
          expect(fileHash(path)).toBe(before);
        } else {
          // An accepted payload is one the contract itself accepts.
          expect(contract[name].input.safeParse(payload).success).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
    s.sessions.closeAll();
  }, 120_000);
});
