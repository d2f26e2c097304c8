import type { Migration } from '../migrate';

/**
 * Follow-ups: each case's cadence (preset, own interval and its reason) and its planned next meetings. A follow-up's
 * id is its calendar UID; `sequence` rises on every move or cancellation so calendars update instead of duplicating.
 * At most one planned follow-up per case, linked to the planned Opfølgningsmøde in the meetings slice. Reminders
 * sent are remembered so the OS notification comes once.
 */
export const m004Followups: Migration = {
  version: 4,
  name: 'followups',
  up(db) {
    db.exec(`
      CREATE TABLE case_cadences (
        case_id TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
        preset TEXT NOT NULL,
        override_weeks INTEGER,
        reason TEXT NOT NULL DEFAULT '',
        support_start_date TEXT,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE followups (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        from_meeting_id TEXT,
        planned_meeting_id TEXT REFERENCES meetings(id) ON DELETE SET NULL,
        start_date TEXT NOT NULL,
        start_time TEXT NOT NULL,
        starts_at TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL,
        location TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('planned', 'held', 'cancelled')),
        sequence INTEGER NOT NULL DEFAULT 0,
        window_earliest TEXT,
        window_target TEXT,
        window_latest TEXT,
        outside_window_reason TEXT,
        invite_detail TEXT NOT NULL DEFAULT 'minimal' CHECK (invite_detail IN ('minimal', 'detailed')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX followups_one_planned_per_case ON followups (case_id) WHERE status = 'planned';
      CREATE INDEX followups_by_status_start ON followups (status, start_date);

      CREATE TABLE followup_reminders (
        followup_id TEXT NOT NULL REFERENCES followups(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('upcoming', 'overdue')),
        start_date TEXT NOT NULL,
        sent_at TEXT NOT NULL,
        PRIMARY KEY (followup_id, kind, start_date)
      );
    `);
  },
};
