import type { Migration } from '../migrate';
import { indexSearchSource, type SearchSource } from './009-search';

/**
 * The safety plan (sikkerhedsplan, issue 22) and its safety network (sikkerhedsnetværk): who has agreed to be part of
 * it and what each agreed to; the plan's start, expected length and the steps by which the professionals step back;
 * its everyday rules (tied to a map item, with a responsible person and a reserve); a review of each rule at every
 * follow-up; and numbered versions (a frozen copy of what the family and network agreed).
 * Everything hangs off the case (ON DELETE CASCADE). People refer to participants(id) without a cascade, so a person
 * who is in the network or holds a rule can be archived, not deleted. The map item is linked by id without a key:
 * a map item lives in one meeting's map and is copied forward; the service follows the copies (origin_id).
 * `shared_screen_pages` remembers which page the shared screen shows of the plan or of Barnets bog.
 */
const SEARCH: SearchSource[] = [
  {
    table: 'safety_plan_rules',
    kind: 'safety_plan',
    from: 'safety_plan_rules r',
    columns: `'safety_plan', r.id, r.case_id, NULL, NULL, NULL, substr(r.created_at, 1, 10), r.responsible_participant_id, 0,
      trim(r.situation || ' – ' || r.action || ' ' || r.child_knows || ' ' || r.network_checks)`,
    watched: ['situation', 'action', 'child_knows', 'network_checks', 'responsible_participant_id'],
  },
  {
    table: 'safety_plan_rules',
    name: 'safety_plan_rule_notes',
    kind: 'safety_plan_note',
    from: 'safety_plan_rules r',
    columns: `'safety_plan_note', r.id, r.case_id, NULL, NULL, NULL, substr(r.created_at, 1, 10), NULL, 1, r.professional_note`,
    where: `trim(r.professional_note) <> ''`,
    watched: ['professional_note'],
  },
  {
    table: 'safety_plan_reviews',
    kind: 'safety_plan',
    from: 'safety_plan_reviews r JOIN meetings m ON m.id = r.meeting_id',
    columns: `'safety_plan', r.id, m.case_id, m.id, m.type, NULL, substr(m.starts_at, 1, 10), NULL, 0, r.what_happened`,
    where: `trim(r.what_happened) <> ''`,
    watched: ['what_happened'],
  },
  {
    table: 'safety_plan_reviews',
    name: 'safety_plan_review_notes',
    kind: 'safety_plan_note',
    from: 'safety_plan_reviews r JOIN meetings m ON m.id = r.meeting_id',
    columns: `'safety_plan_note', r.id, m.case_id, m.id, m.type, NULL, substr(m.starts_at, 1, 10), NULL, 1, r.professional_note`,
    where: `trim(r.professional_note) <> ''`,
    watched: ['professional_note'],
  },
  {
    table: 'safety_network_members',
    kind: 'safety_plan',
    from: 'safety_network_members r',
    columns: `'safety_plan', r.id, r.case_id, NULL, NULL, NULL, r.joined_on, r.participant_id, 0, r.agreed_to`,
    where: `trim(r.agreed_to) <> ''`,
    watched: ['agreed_to'],
  },
];

export const m012SafetyPlan: Migration = {
  version: 12,
  name: 'safety-plan',
  up(db) {
    db.exec(`
      CREATE TABLE safety_network_members (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        participant_id TEXT NOT NULL REFERENCES participants(id),
        agreed_to TEXT NOT NULL DEFAULT '',
        joined_on TEXT NOT NULL,
        left_on TEXT,
        left_reason TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (case_id, participant_id)
      );
      CREATE INDEX safety_network_members_by_participant_id ON safety_network_members (participant_id);

      CREATE TABLE safety_plans (
        case_id TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
        context TEXT NOT NULL CHECK (context IN ('at_home', 'returning_home')),
        purpose TEXT NOT NULL DEFAULT '',
        starts_on TEXT NOT NULL,
        expected_months INTEGER NOT NULL CHECK (expected_months BETWEEN 1 AND 24),
        ended_on TEXT,
        end_note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE safety_plan_stages (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        from_month INTEGER NOT NULL CHECK (from_month BETWEEN 1 AND 24),
        involvement TEXT NOT NULL CHECK (involvement IN ('close', 'regular', 'light', 'network_alone')),
        professionals_do TEXT NOT NULL DEFAULT '',
        network_takes_over TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX safety_plan_stages_by_case ON safety_plan_stages (case_id, position);

      CREATE TABLE safety_plan_rules (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        situation TEXT NOT NULL CHECK (length(trim(situation)) > 0),
        action TEXT NOT NULL CHECK (length(trim(action)) > 0),
        responsible_participant_id TEXT NOT NULL REFERENCES participants(id),
        reserve_participant_id TEXT REFERENCES participants(id),
        child_knows TEXT NOT NULL DEFAULT '',
        network_checks TEXT NOT NULL DEFAULT '',
        map_item_id TEXT,
        professional_note TEXT NOT NULL DEFAULT '',
        retired_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX safety_plan_rules_by_case ON safety_plan_rules (case_id, position);
      CREATE INDEX safety_plan_rules_by_responsible_participant_id ON safety_plan_rules (responsible_participant_id);
      CREATE INDEX safety_plan_rules_by_reserve_participant_id ON safety_plan_rules (reserve_participant_id);

      CREATE TABLE safety_plan_reviews (
        id TEXT PRIMARY KEY,
        rule_id TEXT NOT NULL REFERENCES safety_plan_rules(id) ON DELETE CASCADE,
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        outcome TEXT NOT NULL CHECK (outcome IN ('holds', 'needs_change', 'broken')),
        what_happened TEXT NOT NULL DEFAULT '',
        professional_note TEXT NOT NULL DEFAULT '',
        reviewed_at TEXT NOT NULL,
        UNIQUE (rule_id, meeting_id)
      );
      CREATE INDEX safety_plan_reviews_by_meeting_id ON safety_plan_reviews (meeting_id);

      CREATE TABLE safety_plan_versions (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        meeting_id TEXT REFERENCES meetings(id) ON DELETE SET NULL,
        snapshot TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (case_id, number)
      );
      CREATE INDEX safety_plan_versions_by_meeting_id ON safety_plan_versions (meeting_id);

      CREATE TABLE shared_screen_pages (
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        screen TEXT NOT NULL CHECK (screen IN ('safety_plan', 'child_story')),
        page INTEGER NOT NULL CHECK (page >= 0),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (case_id, screen)
      );

      -- A rule follows its map item through the copies made for later meetings (map_items.origin_id).
      CREATE INDEX IF NOT EXISTS map_items_by_origin_id ON map_items (origin_id);
    `);
    for (const source of SEARCH) indexSearchSource(db, source);
  },
};
