import type { Db } from '../connection';
import type { Migration } from '../migrate';

/**
 * Search (issue 8): one document per searchable thing (a note, a map item, a house item, a goal, an agreement, a
 * participant) in `search_docs`, with the filters beside it (case, meeting, meeting type, phase, day, person,
 * fortroligt), and an FTS5 index over its text. SQLite triggers on the source tables keep it current, so no
 * service has to remember to index. The tokenizer keeps æ, ø, å as letters of their own (remove_diacritics 0):
 * "mor" must not find "mør", and "aa"/"å" is handled in the query instead (shared/domain/search.ts).
 */

export interface SearchSource {
  table: string;
  kind: string;
  /** Names the triggers when one table feeds two kinds (its shared text and its fortrolige note); default the table. */
  name?: string;
  /** The source row is `r`; joins bring in the meeting (m) and phase (ph) for the filters. */
  from: string;
  columns: string;
  where?: string;
  /** Columns whose change re-indexes the row. */
  watched: string[];
}

const DOC_COLUMNS = 'source_kind, source_id, case_id, meeting_id, meeting_type, phase_kind, day, person_id, confidential, body';

const SOURCES: SearchSource[] = [
  {
    table: 'meeting_notes',
    kind: 'note',
    from: 'meeting_notes r JOIN meetings m ON m.id = r.meeting_id JOIN meeting_phases ph ON ph.id = r.phase_id',
    columns: `'note', r.id, m.case_id, m.id, m.type, ph.kind, substr(m.starts_at, 1, 10), NULL, CASE WHEN r.kind = 'confidential' THEN 1 ELSE 0 END, r.plain_text`,
    where: `trim(r.plain_text) <> ''`,
    watched: ['plain_text', 'kind', 'phase_id'],
  },
  {
    table: 'map_items',
    kind: 'map_item',
    from: 'map_items r JOIN meetings m ON m.id = r.meeting_id',
    columns: `'map_item', r.id, m.case_id, m.id, m.type, 'mapping', substr(m.starts_at, 1, 10), r.said_by, r.confidential, r.text`,
    watched: ['text', 'confidential', 'said_by', 'part'],
  },
  {
    table: 'house_items',
    kind: 'house_item',
    from: 'house_items r JOIN meetings m ON m.id = r.meeting_id',
    columns: `'house_item', r.id, m.case_id, m.id, m.type, 'child_voice', substr(m.starts_at, 1, 10), NULL, 0, r.text`,
    watched: ['text'],
  },
  {
    table: 'goals',
    kind: 'goal',
    from: 'goals r',
    columns: `'goal', r.id, r.case_id, NULL, NULL, 'goals_agreements', substr(r.created_at, 1, 10), NULL, 0, r.text`,
    watched: ['text'],
  },
  {
    table: 'agreements',
    kind: 'agreement',
    from: 'agreements r LEFT JOIN meetings m ON m.id = r.meeting_id',
    columns: `'agreement', r.id, r.case_id, r.meeting_id, m.type, 'goals_agreements', substr(coalesce(m.starts_at, r.created_at), 1, 10),
      r.responsible_participant_id, 0, r.what || ' – ' || r.responsible_name`,
    watched: ['what', 'responsible_name', 'responsible_participant_id', 'meeting_id'],
  },
  {
    table: 'participants',
    kind: 'participant',
    from: 'participants r',
    columns: `'participant', r.id, r.case_id, NULL, NULL, 'introductions', substr(r.created_at, 1, 10), r.id, 0, trim(r.name || ' ' || r.role_detail || ' ' || r.organisation)`,
    watched: ['name', 'role_detail', 'organisation'],
  },
];

export function tableExists(db: Db, table: string): boolean {
  return Boolean(db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(table));
}

function selectDocs(source: SearchSource, extraWhere: string): string {
  const where = [source.where, extraWhere].filter(Boolean).join(' AND ');
  return `INSERT INTO search_docs (${DOC_COLUMNS}) SELECT ${source.columns} FROM ${source.from}${where ? ` WHERE ${where}` : ''};`;
}

/** Triggers re-read the row by id after the write, so the trigger and the backfill share one SELECT. Later slices index their tables with it. */
export function indexSearchSource(db: Db, source: SearchSource): void {
  const { table, kind } = source;
  const name = source.name ?? table;
  const remove = `DELETE FROM search_docs WHERE source_kind = '${kind}' AND source_id = OLD.id;`;
  const insert = selectDocs(source, 'r.id = NEW.id');
  db.exec(`
    CREATE TRIGGER search_${name}_ai AFTER INSERT ON ${table} BEGIN ${insert} END;
    CREATE TRIGGER search_${name}_au AFTER UPDATE OF ${source.watched.join(', ')} ON ${table} BEGIN ${remove} ${insert} END;
    CREATE TRIGGER search_${name}_ad AFTER DELETE ON ${table} BEGIN ${remove} END;
    ${selectDocs(source, '')}
  `);
}

export const m009Search: Migration = {
  version: 9,
  name: 'search',
  up(db) {
    db.exec(`
      CREATE TABLE search_docs (
        id INTEGER PRIMARY KEY,
        source_kind TEXT NOT NULL,
        source_id TEXT NOT NULL,
        case_id TEXT NOT NULL,
        meeting_id TEXT,
        meeting_type TEXT,
        phase_kind TEXT,
        day TEXT NOT NULL,
        person_id TEXT,
        confidential INTEGER NOT NULL DEFAULT 0,
        body TEXT NOT NULL
      );
      CREATE UNIQUE INDEX search_docs_by_source ON search_docs (source_kind, source_id);
      CREATE INDEX search_docs_by_case ON search_docs (case_id, day);
      CREATE INDEX search_docs_by_meeting ON search_docs (meeting_id);

      CREATE VIRTUAL TABLE search_fts USING fts5(body, content = 'search_docs', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3 4 5 6');
      CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN
        INSERT INTO search_fts (rowid, body) VALUES (NEW.id, NEW.body);
      END;
      CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN
        INSERT INTO search_fts (search_fts, rowid, body) VALUES ('delete', OLD.id, OLD.body);
      END;
      CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs BEGIN
        INSERT INTO search_fts (search_fts, rowid, body) VALUES ('delete', OLD.id, OLD.body);
        INSERT INTO search_fts (rowid, body) VALUES (NEW.id, NEW.body);
      END;
      CREATE TRIGGER search_cases_ad AFTER DELETE ON cases BEGIN
        DELETE FROM search_docs WHERE case_id = OLD.id;
      END;
    `);
    for (const source of SOURCES) {
      if (tableExists(db, source.table)) indexSearchSource(db, source);
    }
    if (tableExists(db, 'meetings')) {
      // A meeting moved or retyped: its documents' date and type filters follow; a deleted meeting takes them along.
      db.exec(`
        CREATE TRIGGER search_meetings_au AFTER UPDATE OF starts_at, type ON meetings BEGIN
          UPDATE search_docs SET day = substr(NEW.starts_at, 1, 10), meeting_type = NEW.type WHERE meeting_id = NEW.id;
        END;
        CREATE TRIGGER search_meetings_ad AFTER DELETE ON meetings BEGIN
          DELETE FROM search_docs WHERE meeting_id = OLD.id;
        END;
      `);
    }
  },
};
