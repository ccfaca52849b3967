import init from './0010-init.sql';
import evidenceItems from './0020-evidence-items.sql';
import undoHistory from './0030-undo-history.sql';

/**
 * Every schema step, in order; a workbook's `user_version` is the number of steps applied.
 * Released steps are never edited (test/integration/workbook/migrations.test.ts pins their hashes): add a new one.
 */
export const MIGRATIONS: readonly { readonly name: string; readonly sql: string }[] = [
  { name: '0010-init', sql: init },
  { name: '0020-evidence-items', sql: evidenceItems },
  { name: '0030-undo-history', sql: undoHistory },
];

export const SCHEMA_VERSION = MIGRATIONS.length;
