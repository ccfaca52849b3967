import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { AppFailure } from '../../shared/result';

/** Our mark in the SQLite header ('AIMS'), so a workbook is told apart from any other SQLite file. */
export const APPLICATION_ID = 0x41494d53;
const MAGIC = 'SQLite format 3\0';

export interface HeaderInfo {
  readonly userVersion: number;
  readonly pageSize: number;
  readonly pageCount: number;
}

/**
 * Reads the 100-byte database header with plain file I/O, so a foreign, too-new or truncated file is
 * refused before SQLite opens it (and before anything could be written to it).
 */
export function readHeader(path: string): HeaderInfo {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new AppFailure('not-a-workbook', 'not a file');
    size = stat.size;
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    throw new AppFailure('not-found', 'the file does not exist or cannot be read');
  }
  const header = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  let read: number;
  try {
    read = readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (read < 100 || header.toString('latin1', 0, 16) !== MAGIC) {
    throw new AppFailure('not-a-workbook', 'the file is not an AIMS workbook');
  }
  if (header.readUInt32BE(68) !== APPLICATION_ID) {
    throw new AppFailure('foreign-database', 'the file is a database of another application');
  }
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  // The in-header page count is valid only when the "version-valid-for" number matches the change counter.
  const pageCount = header.readUInt32BE(92) === header.readUInt32BE(24) ? header.readUInt32BE(28) : 0;
  // An edit cut off mid-write (crash, power loss) can leave the file at an odd size; its journal beside it
  // restores the file on the next writable open, so that is recovery, not damage.
  const interrupted = (statSync(`${path}-journal`, { throwIfNoEntry: false })?.size ?? 0) > 0;
  if (pageSize < 512 || (!interrupted && (size % pageSize !== 0 || size < pageCount * pageSize))) {
    throw new AppFailure('workbook-corrupt', 'the workbook is truncated or damaged');
  }
  return { userVersion: header.readInt32BE(60), pageSize, pageCount };
}
