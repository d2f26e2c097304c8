import type { Migration } from '../migrate';

/**
 * Meetings (issue 4): the meeting and its prepared roles, its phases with timers and questions, who was invited and
 * attended, notes per phase (ProseMirror JSON + a plain-text copy for search), task drafts ("Gør til aftale"),
 * user-saved templates and the record of edits made after the meeting was held.
 * Attendance refers to participants(id) with a plain foreign key (a participant who was at a meeting can be archived,
 * not deleted) and keeps the name as it was on the day (attendance is a historical fact).
 */
export const m003Meetings: Migration = {
  version: 3,
  name: 'meetings',
  up(db) {
    db.exec(`
      CREATE TABLE meetings (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        type TEXT NOT NULL CHECK (type IN ('network_meeting', 'follow_up', 'resource_center')),
        starts_at TEXT NOT NULL,
        place TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('planned', 'running', 'held', 'cancelled')),
        current_phase TEXT,
        purpose TEXT NOT NULL DEFAULT '',
        agenda TEXT NOT NULL DEFAULT '[]',
        invited_by TEXT NOT NULL DEFAULT '',
        lead_kind TEXT NOT NULL DEFAULT 'caseworker' CHECK (lead_kind IN ('caseworker', 'neutral_facilitator')),
        lead_name TEXT NOT NULL DEFAULT '',
        note_taker TEXT NOT NULL DEFAULT '',
        note_form TEXT NOT NULL DEFAULT 'beslutningsreferat' CHECK (note_form IN ('beslutningsreferat', 'arbejdspapir', 'referat')),
        presenter_mode TEXT NOT NULL DEFAULT 'live' CHECK (presenter_mode IN ('live', 'blackout', 'freeze')),
        presenter_phase TEXT,
        started_at TEXT,
        ended_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX meetings_by_case ON meetings (case_id, starts_at);

      CREATE TABLE meeting_phases (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        planned_minutes INTEGER NOT NULL,
        questions TEXT NOT NULL DEFAULT '[]',
        current_question INTEGER NOT NULL DEFAULT 0,
        elapsed_seconds INTEGER NOT NULL DEFAULT 0,
        running_since TEXT,
        visited_at TEXT
      );
      CREATE INDEX meeting_phases_by_meeting ON meeting_phases (meeting_id, position);

      CREATE TABLE meeting_attendance (
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        participant_id TEXT NOT NULL REFERENCES participants(id),
        name TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT '',
        group_kind TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'invited' CHECK (status IN ('invited', 'present', 'absent', 'phone')),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (meeting_id, participant_id)
      );

      CREATE TABLE meeting_notes (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        phase_id TEXT NOT NULL REFERENCES meeting_phases(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('shared', 'confidential')),
        doc TEXT NOT NULL,
        plain_text TEXT NOT NULL DEFAULT '',
        revision INTEGER NOT NULL DEFAULT 1,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL DEFAULT '',
        UNIQUE (meeting_id, phase_id, kind)
      );

      CREATE TABLE meeting_task_drafts (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        phase_id TEXT REFERENCES meeting_phases(id) ON DELETE SET NULL,
        text TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX meeting_task_drafts_by_meeting ON meeting_task_drafts (meeting_id, created_at);

      CREATE TABLE meeting_templates (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL CHECK (type IN ('network_meeting', 'follow_up', 'resource_center')),
        phases TEXT NOT NULL,
        created_at TEXT NOT NULL
      );

      CREATE TABLE meeting_edits (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        what TEXT NOT NULL,
        edited_by TEXT NOT NULL,
        edited_at TEXT NOT NULL
      );
      CREATE INDEX meeting_edits_by_meeting ON meeting_edits (meeting_id, edited_at);
    `);
  },
};
