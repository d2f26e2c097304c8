import type { Migration } from '../migrate';

/**
 * Before/after summaries for the audit trail. The summary text lives in its own table, outside the append-only
 * chain: the chain row holds only its digest (summary_hash). So "Slet sagen nu" can erase a deleted case's
 * summaries (they may name an agreement or a person) while the chain still verifies, and a summary changed
 * afterwards no longer matches its digest, which audit.verify reports.
 */
export const m011AuditSummaries: Migration = {
  version: 11,
  name: 'audit-summaries',
  up(db) {
    db.exec(`
      ALTER TABLE audit_log ADD COLUMN summary_hash TEXT;
      CREATE TABLE audit_summaries (
        seq INTEGER PRIMARY KEY,
        case_id TEXT,
        text TEXT NOT NULL
      );
      CREATE INDEX audit_summaries_by_case ON audit_summaries (case_id);
    `);
  },
};
