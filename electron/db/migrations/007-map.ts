import type { Migration } from '../migrate';

/**
 * The Signs of Safety map, scaling, De tre huse and the wellbeing level, all per meeting (issue 5).
 * Everything hangs off a meeting and goes with it (ON DELETE CASCADE). Who said an item and who gave a score refer
 * to participants(id) with a plain foreign key, as the participants slice asks: a participant who said something
 * can be archived, not deleted. `origin_id` and `series_id` tie a carried-forward item or question to last
 * meeting's, so "Siden sidst" and the trend chart can follow them.
 */
export const m007Map: Migration = {
  version: 7,
  name: 'map',
  up(db) {
    db.exec(`
      CREATE TABLE map_starts (
        meeting_id TEXT PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
        previous_meeting_id TEXT REFERENCES meetings(id) ON DELETE SET NULL,
        started_at TEXT NOT NULL
      );

      CREATE TABLE map_items (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        part TEXT NOT NULL CHECK (part IN ('harm', 'complicating_factors', 'danger_statements', 'strengths', 'existing_safety', 'safety_goals', 'next_steps')),
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        said_by TEXT REFERENCES participants(id),
        confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
        position INTEGER NOT NULL,
        paired_goal_id TEXT REFERENCES map_items(id) ON DELETE SET NULL,
        origin_id TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX map_items_by_meeting ON map_items (meeting_id, part, position);

      CREATE TABLE scaling_questions (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        series_id TEXT NOT NULL,
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX scaling_questions_by_meeting ON scaling_questions (meeting_id, position);

      CREATE TABLE scaling_scores (
        question_id TEXT NOT NULL REFERENCES scaling_questions(id) ON DELETE CASCADE,
        participant_id TEXT NOT NULL REFERENCES participants(id),
        value INTEGER NOT NULL CHECK (value BETWEEN 0 AND 10 AND value = CAST(value AS INTEGER)),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (question_id, participant_id)
      );

      CREATE TABLE house_items (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        house TEXT NOT NULL CHECK (house IN ('worries', 'good_things', 'dreams')),
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        shown INTEGER NOT NULL DEFAULT 0 CHECK (shown IN (0, 1)),
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX house_items_by_meeting ON house_items (meeting_id, house, position);

      CREATE TABLE meeting_wellbeing (
        meeting_id TEXT PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
        level TEXT NOT NULL CHECK (level IN ('general', 'declining', 'poor', 'severe')),
        updated_at TEXT NOT NULL
      );

      CREATE TABLE case_map_wording (
        case_id TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
        wording TEXT NOT NULL CHECK (wording IN ('safety', 'wellbeing'))
      );
    `);
  },
};
