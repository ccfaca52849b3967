-- Schema v3: undo and redo walk a stack of user actions kept in the file.
-- One row per action (one edit transaction): its label for the toast and the Edit menu, and whether it is
-- undone. Undone actions form the redo stack until the next edit drops them; the oldest actions beyond the
-- history bound are trimmed (electron/workbook/changeLog.ts), so the log is no longer append-only.
CREATE TABLE edit_actions (
  txn INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  label TEXT NOT NULL,
  undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
) STRICT;

DROP TRIGGER change_log_no_update;
DROP TRIGGER change_log_no_delete;

-- What v2 undid is no longer in effect: its entries and the undo markers go; the rest stays undoable.
DELETE FROM change_log
WHERE op = 'undo' OR txn IN (SELECT undoes_txn FROM change_log WHERE undoes_txn IS NOT NULL);
ALTER TABLE change_log DROP COLUMN undoes_txn;

INSERT INTO edit_actions (txn, at, label)
SELECT txn, min(at), json_object('channel', NULL, 'entity', min(entity), 'subject', '', 'rows', count(*))
FROM change_log GROUP BY txn;
