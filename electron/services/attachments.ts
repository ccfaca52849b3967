import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { AppFailure } from '../../shared/result';
import { LOGO_MAX_BYTES } from '../../shared/schemas/branding';
import { attachEvidenceFile, EVIDENCE_MAX_BYTES } from '../workbook/repos/evidence.repo';
import { setLogo } from '../workbook/repos/branding.repo';
import { edit } from '../workbook/changeLog';
import type { Handlers } from './handler';
import type { ServiceContext } from './ports';
import type { Sessions } from './sessions';

const MIME_BY_EXTENSION: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

/** Reads a user-chosen file, refusing it before reading when it is over the limit. */
function readLimited(path: string, limit: number): Buffer {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new AppFailure('io', 'the file cannot be read');
  }
  if (size > limit) throw new AppFailure('file-too-large', `the file is larger than ${Math.round(limit / 1024 / 1024)} MB`);
  return readFileSync(path);
}

/**
 * Identifies a logo by its content, not its name: PNG and JPEG by their signatures, SVG as well-formed
 * markup with an <svg> root and no scripts. Anything else is refused with a clear error.
 */
export function identifyImage(bytes: Uint8Array): string {
  const b = Buffer.from(bytes);
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    if (b.length < 33 || b.toString('latin1', 12, 16) !== 'IHDR') throw new AppFailure('invalid-input', 'the PNG image is damaged');
    return 'image/png';
  }
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) {
    if (b[b.length - 2] !== 0xff || b[b.length - 1] !== 0xd9) throw new AppFailure('invalid-input', 'the JPEG image is damaged');
    return 'image/jpeg';
  }
  const text = b.toString('utf8').trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(text) && /<\/svg>\s*$/i.test(text)) {
    if (/<script|\son\w+\s*=|javascript:/i.test(text)) throw new AppFailure('invalid-input', 'the SVG image contains scripts');
    return 'image/svg+xml';
  }
  throw new AppFailure('invalid-input', 'the image must be a PNG, JPEG or SVG file');
}

/** Operations that read a file the user picks in a main-side dialog. */
export function attachmentHandlers(ctx: ServiceContext, sessions: Sessions) {
  return {
    'evidence:attach': async ({ wb, itemId, kind }) => {
      const path = await ctx.dialogs.chooseFileToRead({ kind: 'evidence' });
      if (path === null) return null;
      const content = readLimited(path, EVIDENCE_MAX_BYTES);
      const { db } = sessions.get(wb);
      const mimeType = MIME_BY_EXTENSION[extname(path).toLowerCase()] ?? 'application/octet-stream';
      return edit(db, () => attachEvidenceFile(db, { itemId, kind, fileName: basename(path), mimeType, content }));
    },
    'branding:attachLogo': async ({ wb, slot }) => {
      const path = await ctx.dialogs.chooseFileToRead({ kind: 'image' });
      if (path === null) return null;
      const bytes = readLimited(path, LOGO_MAX_BYTES);
      const mimeType = identifyImage(bytes);
      const { db } = sessions.get(wb);
      return edit(db, () => setLogo(db, slot, { mimeType, bytes }));
    },
  } satisfies Pick<Handlers, 'evidence:attach' | 'branding:attachLogo'>;
}
