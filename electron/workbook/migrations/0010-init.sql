-- Schema v1: the engagement and every phase of the journey.
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- The catalogue items this workbook refers to, as they were when it was created (JSON of CatalogItem).
CREATE TABLE catalog_items (
  item_id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('clause', 'control')),
  group_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  data TEXT NOT NULL
) STRICT;

CREATE TABLE engagement (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  client_name TEXT NOT NULL,
  sector TEXT NOT NULL DEFAULT '',
  scope_statement TEXT NOT NULL DEFAULT '',
  consultant TEXT NOT NULL DEFAULT '',
  firm TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL DEFAULT 'de' CHECK (language IN ('de', 'en')),
  start_date TEXT,
  end_date TEXT,
  ai_act_regime TEXT NOT NULL DEFAULT 'amended-2026'
) STRICT;

CREATE TABLE workshop_sessions (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  date TEXT,
  location TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE attendees (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES workshop_sessions (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT '',
  organisation TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX attendees_session ON attendees (session_id);

CREATE TABLE assessments (
  item_id TEXT PRIMARY KEY REFERENCES catalog_items (item_id),
  maturity_current INTEGER CHECK (maturity_current BETWEEN 0 AND 5),
  maturity_target INTEGER CHECK (maturity_target BETWEEN 0 AND 5),
  verdict TEXT NOT NULL DEFAULT 'not-assessed',
  finding TEXT NOT NULL DEFAULT '',
  evidence_seen TEXT NOT NULL DEFAULT '',
  evidence_requested TEXT NOT NULL DEFAULT '',
  interviewee TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  client_self_rating INTEGER CHECK (client_self_rating BETWEEN 0 AND 5),
  client_answer TEXT NOT NULL DEFAULT '',
  session_id TEXT REFERENCES workshop_sessions (id) ON DELETE SET NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE ai_systems (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  purpose TEXT NOT NULL DEFAULT '',
  owner TEXT NOT NULL DEFAULT '',
  operator_role TEXT NOT NULL DEFAULT 'deployer',
  data_categories TEXT NOT NULL DEFAULT '',
  model_type TEXT NOT NULL DEFAULT '',
  lifecycle_stage TEXT NOT NULL DEFAULT 'operation',
  users TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE classifications (
  id TEXT PRIMARY KEY,
  ai_system_id TEXT NOT NULL UNIQUE REFERENCES ai_systems (id) ON DELETE CASCADE,
  regime TEXT NOT NULL,
  answers TEXT NOT NULL DEFAULT '{}',
  tier TEXT,
  complete INTEGER NOT NULL DEFAULT 0,
  result TEXT NOT NULL DEFAULT '{}',
  rationale_note TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE risks (
  id TEXT PRIMARY KEY,
  ref TEXT NOT NULL,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  ai_system_id TEXT REFERENCES ai_systems (id) ON DELETE SET NULL,
  risk_source TEXT NOT NULL DEFAULT '',
  owner TEXT NOT NULL DEFAULT '',
  likelihood INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
  impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
  treatment TEXT NOT NULL DEFAULT 'modify',
  treatment_plan TEXT NOT NULL DEFAULT '',
  residual_likelihood INTEGER CHECK (residual_likelihood BETWEEN 1 AND 5),
  residual_impact INTEGER CHECK (residual_impact BETWEEN 1 AND 5),
  status TEXT NOT NULL DEFAULT 'open',
  control_ids TEXT NOT NULL DEFAULT '[]',
  due_date TEXT,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX risks_ai_system ON risks (ai_system_id);

CREATE TABLE impact_assessments (
  id TEXT PRIMARY KEY,
  ai_system_id TEXT NOT NULL UNIQUE REFERENCES ai_systems (id) ON DELETE CASCADE,
  affected_groups TEXT NOT NULL DEFAULT '',
  individual_impact TEXT NOT NULL DEFAULT '',
  fundamental_rights TEXT NOT NULL DEFAULT '',
  societal_impact TEXT NOT NULL DEFAULT '',
  mitigation TEXT NOT NULL DEFAULT '',
  human_oversight TEXT NOT NULL DEFAULT '',
  assessor TEXT NOT NULL DEFAULT '',
  assessed_on TEXT,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE roles (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  holder TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE raci_activities (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  item_id TEXT,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE raci_cells (
  activity_id TEXT NOT NULL REFERENCES raci_activities (id) ON DELETE CASCADE,
  role_id TEXT NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
  value TEXT NOT NULL CHECK (value IN ('R', 'A', 'C', 'I')),
  PRIMARY KEY (activity_id, role_id)
) STRICT;
CREATE INDEX raci_cells_role ON raci_cells (role_id);

CREATE TABLE policy_sections (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  body TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE objectives (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  measure TEXT NOT NULL DEFAULT '',
  target TEXT NOT NULL DEFAULT '',
  owner TEXT NOT NULL DEFAULT '',
  due_date TEXT,
  status TEXT NOT NULL DEFAULT 'open',
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE competences (
  id TEXT PRIMARY KEY,
  person TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT '',
  required_competence TEXT NOT NULL DEFAULT '',
  training TEXT NOT NULL DEFAULT '',
  completed_on TEXT,
  evidence TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE soa_entries (
  control_id TEXT PRIMARY KEY REFERENCES catalog_items (item_id),
  applicable INTEGER CHECK (applicable IN (0, 1)),
  inclusion_reasons TEXT NOT NULL DEFAULT '[]',
  exclusion_justification TEXT NOT NULL DEFAULT '',
  implementation_status TEXT NOT NULL DEFAULT 'not-started',
  notes TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE management_systems (
  id TEXT PRIMARY KEY,
  standard TEXT NOT NULL,
  name TEXT NOT NULL,
  certificate_status TEXT NOT NULL DEFAULT 'none',
  certification_body TEXT NOT NULL DEFAULT '',
  valid_until TEXT,
  scope TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE coverage (
  item_id TEXT NOT NULL REFERENCES catalog_items (item_id),
  management_system_id TEXT NOT NULL REFERENCES management_systems (id) ON DELETE CASCADE,
  reference TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (item_id, management_system_id)
) STRICT;
CREATE INDEX coverage_system ON coverage (management_system_id);

CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  requirement_key TEXT UNIQUE,
  title TEXT NOT NULL,
  item_id TEXT,
  status TEXT NOT NULL DEFAULT 'missing',
  owner TEXT NOT NULL DEFAULT '',
  location TEXT NOT NULL DEFAULT '',
  version TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE audits (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  scope TEXT NOT NULL DEFAULT '',
  auditor TEXT NOT NULL DEFAULT '',
  planned_date TEXT,
  performed_date TEXT,
  status TEXT NOT NULL DEFAULT 'planned',
  summary TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE management_reviews (
  id TEXT PRIMARY KEY,
  planned_date TEXT,
  held_date TEXT,
  participants TEXT NOT NULL DEFAULT '',
  inputs_covered TEXT NOT NULL DEFAULT '[]',
  decisions TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'planned',
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE nonconformities (
  id TEXT PRIMARY KEY,
  ref TEXT NOT NULL,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  severity TEXT NOT NULL,
  item_id TEXT,
  source TEXT NOT NULL DEFAULT '',
  root_cause TEXT NOT NULL DEFAULT '',
  correction TEXT NOT NULL DEFAULT '',
  corrective_action TEXT NOT NULL DEFAULT '',
  owner TEXT NOT NULL DEFAULT '',
  due_date TEXT,
  status TEXT NOT NULL DEFAULT 'open',
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE actions (
  id TEXT PRIMARY KEY,
  ref TEXT NOT NULL,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  source_kind TEXT NOT NULL DEFAULT 'manual',
  source_id TEXT,
  owner TEXT NOT NULL DEFAULT '',
  effort_days REAL,
  priority TEXT NOT NULL DEFAULT 'medium',
  start_date TEXT,
  due_date TEXT,
  status TEXT NOT NULL DEFAULT 'open',
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX actions_source ON actions (source_kind, source_id);

CREATE TABLE branding (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  firm_name TEXT NOT NULL DEFAULT '',
  primary_color TEXT NOT NULL DEFAULT '#1F3A5F',
  accent_color TEXT NOT NULL DEFAULT '#C8102E',
  footer_text TEXT NOT NULL DEFAULT '',
  confidentiality TEXT NOT NULL DEFAULT '',
  disclaimer TEXT NOT NULL DEFAULT '',
  firm_logo BLOB,
  firm_logo_mime TEXT,
  client_logo BLOB,
  client_logo_mime TEXT
) STRICT;

-- Append-only history of every edit: one transaction = one txn id; undo appends, never rewrites.
CREATE TABLE change_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  txn INTEGER NOT NULL,
  at TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_key TEXT NOT NULL,
  op TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete', 'undo')),
  old TEXT,
  new TEXT,
  undoes_txn INTEGER
) STRICT;
CREATE INDEX change_log_txn ON change_log (txn);
CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log
BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END;
CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log
BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END;
