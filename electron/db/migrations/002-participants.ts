import type { Migration } from '../migrate';

/**
 * The people around the child, the one contact person (tovholder) with its history, consent (samtykke) records
 * and the network map with its per-meeting versions. Tables of other slices that refer to a participant
 * (meeting attendance, tasks) use a plain foreign key to participants(id) without cascade, so a participant who
 * was used cannot be deleted, only archived.
 */
export const m002Participants: Migration = {
  version: 2,
  name: 'participants',
  up(db) {
    db.exec(`
      CREATE TABLE participants (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        role TEXT NOT NULL,
        role_detail TEXT NOT NULL DEFAULT '',
        group_kind TEXT NOT NULL CHECK (group_kind IN ('family', 'private_network', 'professional')),
        organisation TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        archived_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX participants_by_case ON participants (case_id, archived_at);

      CREATE TABLE contact_person_history (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        participant_id TEXT REFERENCES participants(id) ON DELETE SET NULL,
        participant_name TEXT NOT NULL,
        changed_at TEXT NOT NULL
      );
      CREATE INDEX contact_person_by_case ON contact_person_history (case_id, changed_at DESC);

      CREATE TABLE consents (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('consent', 'legal_basis')),
        custody TEXT NOT NULL DEFAULT 'joint',
        given_by TEXT NOT NULL DEFAULT '[]',
        form TEXT NOT NULL DEFAULT 'written',
        legal_basis TEXT,
        legal_basis_note TEXT NOT NULL DEFAULT '',
        given_on TEXT NOT NULL,
        info_types TEXT NOT NULL DEFAULT '[]',
        info_other TEXT NOT NULL DEFAULT '',
        recipient_ids TEXT NOT NULL DEFAULT '[]',
        recipient_organisations TEXT NOT NULL DEFAULT '[]',
        purpose TEXT NOT NULL DEFAULT '',
        network_sharing TEXT NOT NULL DEFAULT '',
        withdrawn_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX consents_by_case ON consents (case_id, given_on DESC);

      CREATE TABLE network_map_nodes (
        participant_id TEXT PRIMARY KEY REFERENCES participants(id) ON DELETE CASCADE,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        ring INTEGER NOT NULL CHECK (ring BETWEEN 1 AND 3),
        angle REAL NOT NULL,
        tie TEXT NOT NULL DEFAULT 'none' CHECK (tie IN ('none', 'support', 'strain', 'both')),
        updated_at TEXT NOT NULL
      );
      CREATE INDEX network_map_nodes_by_case ON network_map_nodes (case_id);

      CREATE TABLE network_map_versions (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        meeting_id TEXT,
        moment TEXT NOT NULL,
        snapshot TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX network_map_versions_by_case ON network_map_versions (case_id, created_at DESC);
    `);
  },
};
