import type { Migration } from '../migrate';

/**
 * The audit trail: append-only (triggers refuse UPDATE and DELETE) and hash-chained (each row holds the
 * previous row's hash), so editing or removing a line is detectable by audit.verify.
 * case_id has no foreign key on purpose: a deletion receipt must outlive the case it was about.
 */
export const m005Security: Migration = {
  version: 5,
  name: 'security',
  up(db) {
    db.exec(`
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT,
        case_id TEXT,
        fields TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      );
      CREATE INDEX audit_log_by_case ON audit_log (case_id, seq);

      CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    `);
  },
};
