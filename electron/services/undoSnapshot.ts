import { KredsError } from '../../shared/errors';
import type { Db } from '../db/connection';

/**
 * What one delete will remove, read from the schema itself before it happens: the row, every row that follows it
 * through ON DELETE CASCADE (a goal's delmål and progress, a question's scores), and every link ON DELETE SET NULL
 * will clear (an agreement that served the goal). A new slice's tables are covered without registering anything.
 */
export interface Snapshot {
  /** Parents before children, the order they go back in. */
  rows: { table: string; row: Record<string, unknown> }[];
  links: { table: string; key: Record<string, unknown>; column: string; value: unknown }[];
  /** Siblings the delete moved up to close the gap (map items), moved down again on restore. */
  gap: { table: string; scope: Record<string, unknown>; position: number } | null;
}

interface Reference {
  child: string;
  column: string;
  parentColumn: string;
  onDelete: string;
}

type Row = Record<string, unknown>;

const schemaCache = new WeakMap<Db, { version: number; references: Map<string, Reference[]>; keys: Map<string, string[]> }>();

/** Keyed by connection and schema version, so a table added later (a migration, a test) is seen. */
function schema(db: Db) {
  const version = db.pragma('schema_version', { simple: true }) as number;
  const cached = schemaCache.get(db);
  if (cached?.version === version) return cached;
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  const references = new Map<string, Reference[]>();
  const keys = new Map<string, string[]>();
  for (const table of tables) {
    const foreign = db.prepare(`SELECT "table" AS parent, "from" AS col, "to" AS parentColumn, on_delete FROM pragma_foreign_key_list(?)`).all(table) as {
      parent: string;
      col: string;
      parentColumn: string | null;
      on_delete: string;
    }[];
    for (const key of foreign) {
      const list = references.get(key.parent) ?? [];
      list.push({ child: table, column: key.col, parentColumn: key.parentColumn ?? 'rowid', onDelete: key.on_delete });
      references.set(key.parent, list);
    }
    const primary = (db.prepare('SELECT name, pk FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk').all(table) as { name: string }[]).map((c) => c.name);
    keys.set(table, primary);
  }
  const built = { version, references, keys };
  schemaCache.set(db, built);
  return built;
}

function identity(db: Db, table: string, row: Row): Row {
  const primary = schema(db).keys.get(table) ?? [];
  return primary.length ? Object.fromEntries(primary.map((c) => [c, row[c]])) : { rowid: row.rowid };
}

function where(key: Row): string {
  return Object.keys(key)
    .map((c) => `"${c}" IS @${c}`)
    .join(' AND ');
}

/** Reads everything deleting `table` row `id` will take with it. Call it before the DELETE, in the same transaction. */
export function captureDeletion(db: Db, table: string, id: string, gapScope: string[] | null = null): Snapshot {
  const root = db.prepare(`SELECT rowid, * FROM "${table}" WHERE id = ?`).get(id) as Row | undefined;
  if (!root) throw new KredsError('not_found', 'Det findes ikke længere (det kan allerede være slettet)');
  const snapshot: Snapshot = { rows: [], links: [], gap: null };
  const queue: { table: string; row: Row }[] = [{ table, row: root }];
  const seen = new Set<string>();
  while (queue.length) {
    const { table: current, row } = queue.shift()!;
    const mark = `${current}:${JSON.stringify(identity(db, current, row))}`;
    if (seen.has(mark)) continue;
    seen.add(mark);
    snapshot.rows.push({ table: current, row: withoutRowid(row) });
    for (const ref of schema(db).references.get(current) ?? []) {
      const children = db.prepare(`SELECT rowid, * FROM "${ref.child}" WHERE "${ref.column}" = ?`).all(row[ref.parentColumn]) as Row[];
      for (const child of children) {
        if (ref.onDelete === 'CASCADE') queue.push({ table: ref.child, row: child });
        else if (ref.onDelete === 'SET NULL') snapshot.links.push({ table: ref.child, key: identity(db, ref.child, child), column: ref.column, value: child[ref.column] });
      }
    }
  }
  if (gapScope) snapshot.gap = { table, scope: Object.fromEntries(gapScope.map((c) => [c, root[c]])), position: root.position as number };
  // A link cleared on a row the delete removes anyway needs no restoring.
  snapshot.links = snapshot.links.filter((link) => !snapshot.rows.some((r) => r.table === link.table && matches(r.row, link.key)));
  return snapshot;
}

function withoutRowid(row: Row): Row {
  const { rowid: _rowid, ...rest } = row;
  return rest;
}

function matches(row: Row, key: Row): boolean {
  return Object.entries(key).every(([column, value]) => column === 'rowid' || row[column] === value);
}

/**
 * Puts a snapshot back in the current transaction. The keys are checked at commit (rows of one table may refer to
 * each other); a parent deleted meanwhile makes the whole restore fail with a Danish message, and nothing changes.
 */
export function restoreSnapshot(db: Db, snapshot: Snapshot): void {
  const [root] = snapshot.rows;
  if (!root) return;
  const exists = db.prepare(`SELECT 1 FROM "${root.table}" WHERE ${where(identity(db, root.table, root.row))}`).get(identity(db, root.table, root.row));
  if (exists) throw new KredsError('conflict', 'Det er allerede fortrudt.');
  db.pragma('defer_foreign_keys = ON');
  if (snapshot.gap) {
    const { table, scope, position } = snapshot.gap;
    db.prepare(`UPDATE "${table}" SET position = position + 1 WHERE ${where(scope)} AND position >= @position`).run({ ...scope, position });
  }
  for (const { table, row } of snapshot.rows) {
    const columns = Object.keys(row);
    db.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(row);
  }
  // Only a link still empty is put back: a link someone set again meanwhile is their newer choice.
  for (const link of snapshot.links) {
    db.prepare(`UPDATE "${link.table}" SET "${link.column}" = @value WHERE ${where(link.key)} AND "${link.column}" IS NULL`).run({ ...link.key, value: link.value });
  }
  if (snapshot.rows.some(({ table, row }) => refersToMissing(db, table, row))) {
    throw new KredsError('conflict', 'Det kan ikke fortrydes, fordi det, det hørte til, er slettet i mellemtiden.');
  }
}

/** Whether a restored row points at a row that is gone (its meeting, its case): checked per row, not per table. */
function refersToMissing(db: Db, table: string, row: Row): boolean {
  const keys = db.prepare(`SELECT "table" AS parent, "from" AS col, "to" AS parentColumn FROM pragma_foreign_key_list(?)`).all(table) as {
    parent: string;
    col: string;
    parentColumn: string | null;
  }[];
  return keys.some(({ parent, col, parentColumn }) => row[col] != null && !db.prepare(`SELECT 1 FROM "${parent}" WHERE "${parentColumn ?? 'rowid'}" = ?`).get(row[col]));
}
