import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { assetPath } from '../appRoot';
import { AppFailure } from '../../shared/result';
import { identifyImage } from '../services/attachments';

/** Walks the PNG chunks and inflates the image data, which is what the PDF writer will embed. */
function checkPng(bytes: Buffer): void {
  const data: Buffer[] = [];
  let offset = 8;
  let ended = false;
  while (offset + 8 <= bytes.length && !ended) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    if (offset + 12 + length > bytes.length) throw new Error('truncated chunk');
    if (type === 'IDAT') data.push(bytes.subarray(offset + 8, offset + 8 + length));
    ended = type === 'IEND';
    offset += 12 + length;
  }
  if (!ended || data.length === 0) throw new Error('missing image data');
  inflateSync(Buffer.concat(data));
}

/** Walks the JPEG markers up to the start of the scan and requires a frame header with a size. */
function checkJpeg(bytes: Buffer): void {
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) throw new Error('bad marker');
    const marker = bytes[offset + 1]!;
    const length = bytes.readUInt16BE(offset + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      if (
        offset + 9 > bytes.length ||
        bytes.readUInt16BE(offset + 5) === 0 ||
        bytes.readUInt16BE(offset + 7) === 0
      )
        throw new Error('no image size');
      return;
    }
    if (marker === 0xda) break;
    offset += 2 + length;
  }
  throw new Error('no frame header');
}

/**
 * A stored logo as a data URI for the report, after checking that it will actually draw: react-pdf
 * skips an image it cannot decode with only a console warning, which would leave a report without its
 * logo and nobody told. A damaged logo therefore stops the report with a message that says which one.
 */
export function logoDataUri(
  which: string,
  logo: { mimeType: string; bytes: Uint8Array } | null,
): string | null {
  if (!logo) return null;
  const bytes = Buffer.from(logo.bytes);
  let mimeType: string;
  try {
    mimeType = identifyImage(bytes);
    if (mimeType === 'image/png') checkPng(bytes);
    if (mimeType === 'image/jpeg') checkJpeg(bytes);
  } catch (error) {
    const reason = error instanceof AppFailure ? error.message : 'the image data is damaged';
    throw new AppFailure(
      'invalid-input',
      `the ${which} cannot be used in the report (${reason}); replace it under Branding`,
    );
  }
  return `data:${mimeType};base64,${bytes.toString('base64')}`;
}

/** The neutral mark printed in the firm's place until a consultancy sets its own logo under Branding. */
export const DEFAULT_FIRM_LOGO = (): { mimeType: string; bytes: Uint8Array } => ({
  mimeType: 'image/png',
  bytes: readFileSync(assetPath('report-logo.png')),
});
