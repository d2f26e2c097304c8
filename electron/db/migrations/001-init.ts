import type { Migration } from '../migrate';

/** Cases (the first slice) and a key/value settings table. */
export const m001Init: Migration = {
  version: 1,
  name: 'init',
  up(db) {
    db.exec(`
      CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        child_name TEXT NOT NULL,
        birth_year INTEGER NOT NULL,
        case_type TEXT NOT NULL,
        responsible_worker TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
        closed_at TEXT,
        closed_reason TEXT,
        is_demo INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        last_activity_at TEXT NOT NULL
      );
      CREATE INDEX cases_by_activity ON cases (last_activity_at DESC);
      CREATE INDEX cases_by_status_activity ON cases (status, last_activity_at DESC);

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `);
  },
};
