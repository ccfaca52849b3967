-- Schema v2: evidence becomes items of its own (a reference or an attached file) instead of two text fields.
CREATE TABLE evidence (
  id TEXT PRIMARY KEY,
  item_id TEXT NOT NULL REFERENCES catalog_items (item_id),
  kind TEXT NOT NULL CHECK (kind IN ('seen', 'requested')),
  title TEXT NOT NULL,
  reference TEXT NOT NULL DEFAULT '',
  file_name TEXT,
  mime_type TEXT,
  size INTEGER,
  sha256 TEXT,
  content BLOB,
  updated_at TEXT NOT NULL,
  CHECK ((content IS NULL) = (sha256 IS NULL))
) STRICT;
CREATE INDEX evidence_item ON evidence (item_id);

-- Each non-empty line of the old free-text fields becomes one evidence reference.
WITH RECURSIVE split(item_id, kind, rest, line, updated_at) AS (
  SELECT item_id, 'seen', evidence_seen || char(10), NULL, updated_at FROM assessments WHERE evidence_seen <> ''
  UNION ALL
  SELECT item_id, 'requested', evidence_requested || char(10), NULL, updated_at FROM assessments WHERE evidence_requested <> ''
  UNION ALL
  SELECT item_id, kind, substr(rest, instr(rest, char(10)) + 1), trim(substr(rest, 1, instr(rest, char(10)) - 1)), updated_at
  FROM split WHERE rest <> ''
)
INSERT INTO evidence (id, item_id, kind, title, updated_at)
SELECT lower(hex(randomblob(16))), item_id, kind, substr(line, 1, 500), updated_at FROM split WHERE line IS NOT NULL AND line <> '';

ALTER TABLE assessments DROP COLUMN evidence_seen;
ALTER TABLE assessments DROP COLUMN evidence_requested;
