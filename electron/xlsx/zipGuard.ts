import { inflateRawSync } from 'node:zlib';
import { AppFailure } from '../../shared/result';

/** All parts of a spreadsheet together, unpacked; a questionnaire needs well under 1 MB. */
export const XLSX_MAX_UNPACKED_BYTES = 50 * 1024 * 1024;
const MAX_ENTRIES = 5_000;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

interface ZipEntry {
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

const notXlsx = (why = 'the file is not an Excel workbook (.xlsx)') => new AppFailure('invalid-input', why);

/** The end-of-central-directory record: the last 22 bytes, or further back when the archive has a comment. */
function findEndRecord(bytes: Buffer): number {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes.readUInt32LE(at) === EOCD) return at;
  }
  throw notXlsx();
}

/**
 * Lists the archive from its central directory, without unpacking anything. ZIP64 is refused: it is only
 * needed past 4 GB or 65,535 parts, far beyond any spreadsheet we accept.
 */
function readCentralDirectory(bytes: Buffer): ZipEntry[] {
  const end = findEndRecord(bytes);
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  const offset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff || offset + size > end) throw notXlsx();
  if (count > MAX_ENTRIES)
    throw new AppFailure('file-too-large', `the file has more than ${MAX_ENTRIES} parts`);
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== CENTRAL) throw notXlsx('the Excel file is damaged');
    const nameLength = bytes.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    if (next > end) throw notXlsx('the Excel file is damaged');
    entries.push({
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
    });
    at = next;
  }
  return entries;
}

/**
 * Unpacks one part with its declared size as a hard ceiling: a part that inflates past what the directory
 * claims (the trick of a crafted zip bomb) is stopped by zlib, not after it has filled the memory.
 */
function unpack(bytes: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL) throw notXlsx('the Excel file is damaged');
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw notXlsx('the Excel file is damaged');
  if (entry.flags & 1) throw notXlsx('the Excel file is encrypted; save it without a password');
  let content: Buffer;
  if (entry.method === 0) content = data;
  else if (entry.method === 8) {
    try {
      content = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new AppFailure('file-too-large', 'the file unpacks to more than it declares (a zip bomb?)');
      }
      throw notXlsx('the Excel file is damaged');
    }
  } else throw notXlsx('the Excel file uses an unsupported compression');
  if (content.length !== entry.size) throw notXlsx('the Excel file is damaged');
  return content;
}

/**
 * Checks a file before exceljs (and its jszip) sees it: a zip archive, an .xlsx workbook by its content
 * types, no macros, and a total unpacked size under the cap, checked first from the directory and then
 * while unpacking, so declared sizes cannot lie their way past it.
 */
export function checkXlsxBytes(bytes: Buffer): void {
  if (bytes.subarray(0, 8).equals(OLE_SIGNATURE)) {
    throw notXlsx(
      'the file is an encrypted or old-format (.xls) Excel file; save it as .xlsx without a password',
    );
  }
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== LOCAL) throw notXlsx();
  const entries = readCentralDirectory(bytes);
  const declared = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (declared > XLSX_MAX_UNPACKED_BYTES) {
    throw new AppFailure(
      'file-too-large',
      `the file unpacks to more than ${XLSX_MAX_UNPACKED_BYTES / 1024 / 1024} MB`,
    );
  }
  if (entries.some((entry) => /(^|\/)vbaProject\.bin$/i.test(entry.name))) {
    throw notXlsx('the file is a macro-enabled workbook (.xlsm); save it as .xlsx');
  }
  const types = entries.find((entry) => entry.name === '[Content_Types].xml');
  if (!types) throw notXlsx();
  const contentTypes = unpack(bytes, types).toString('utf8');
  if (/macroEnabled/i.test(contentTypes))
    throw notXlsx('the file is a macro-enabled workbook (.xlsm); save it as .xlsx');
  if (!contentTypes.includes('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'))
    throw notXlsx();
  for (const entry of entries) if (entry !== types) unpack(bytes, entry);
}
