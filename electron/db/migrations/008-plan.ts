import type { Migration } from '../migrate';

/**
 * Agreements (who does what by when), their review at the next meeting, goals with delmål and their progress,
 * and the optional formal plan (barnets plan / ungeplan). Everything hangs off the case and goes with it.
 * The responsible person is kept by name as well as by participant id: the name is what the meeting agreed,
 * and it survives if the participant is later archived. The participant key has no cascade, so a person who holds
 * agreements cannot silently disappear (the participants slice refuses and lists them).
 * Map items (issue 5) are linked by id without a foreign key, so this slice stands without the map.
 */
export const m008Plan: Migration = {
  version: 8,
  name: 'plan',
  up(db) {
    db.exec(`
      CREATE TABLE goals (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        parent_id TEXT REFERENCES goals(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        deadline TEXT,
        attractive INTEGER NOT NULL DEFAULT 0,
        realistic INTEGER NOT NULL DEFAULT 0,
        safety_goal_id TEXT,
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'reached', 'dropped')),
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX goals_by_case ON goals (case_id, position);

      CREATE TABLE goal_progress (
        id TEXT PRIMARY KEY,
        goal_id TEXT NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
        meeting_id TEXT REFERENCES meetings(id) ON DELETE CASCADE,
        status TEXT CHECK (status IN ('on_track', 'some_progress', 'no_progress', 'reached')),
        score INTEGER CHECK (score BETWEEN 0 AND 10),
        comment TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL
      );
      CREATE INDEX goal_progress_by_goal ON goal_progress (goal_id, recorded_at);
      CREATE UNIQUE INDEX goal_progress_one_per_meeting ON goal_progress (goal_id, meeting_id) WHERE meeting_id IS NOT NULL;

      CREATE TABLE plans (
        case_id TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('barnets_plan', 'ungeplan')),
        made_on TEXT NOT NULL,
        with_child INTEGER NOT NULL DEFAULT 0,
        with_custody_holder INTEGER NOT NULL DEFAULT 0,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE agreements (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        meeting_id TEXT REFERENCES meetings(id) ON DELETE CASCADE,
        what TEXT NOT NULL,
        why TEXT NOT NULL DEFAULT '',
        responsible_participant_id TEXT REFERENCES participants(id),
        responsible_name TEXT NOT NULL,
        due_date TEXT,
        status TEXT NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started', 'in_progress', 'done', 'not_done')),
        goal_id TEXT REFERENCES goals(id) ON DELETE SET NULL,
        map_item_id TEXT,
        source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'map', 'notes', 'carried')),
        carried_from_id TEXT REFERENCES agreements(id) ON DELETE SET NULL,
        carried_forward INTEGER NOT NULL DEFAULT 0,
        comment TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX agreements_by_case ON agreements (case_id, created_at);
      CREATE INDEX agreements_by_meeting ON agreements (meeting_id, created_at);
      CREATE INDEX agreements_by_participant ON agreements (responsible_participant_id);
      -- The overview reads only open agreements, most urgent first (no due date last); partial indexes keep it
      -- fast when thousands are closed, and let "mine" find one person's agreements without a scan.
      CREATE INDEX agreements_open_by_due ON agreements (COALESCE(due_date, '9999-12-31'))
        WHERE status IN ('not_started', 'in_progress') AND carried_forward = 0;
      CREATE INDEX agreements_open_by_person ON agreements (responsible_name COLLATE NOCASE, due_date)
        WHERE status IN ('not_started', 'in_progress') AND carried_forward = 0;

      CREATE TABLE agreement_reviews (
        agreement_id TEXT NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        outcome TEXT NOT NULL CHECK (outcome IN ('done', 'partly', 'not_done')),
        comment TEXT NOT NULL DEFAULT '',
        reviewed_at TEXT NOT NULL,
        PRIMARY KEY (agreement_id, meeting_id)
      );
      CREATE INDEX agreement_reviews_by_meeting ON agreement_reviews (meeting_id);
    `);
  },
};
