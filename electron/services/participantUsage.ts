import { prepared } from '../db/statements';
import type { ServiceContext } from './context';

/**
 * Whether anything outside the participants slice refers to a participant. Other slices (meeting attendance from
 * issue 4, tasks from issue 6) refer to participants(id) with a plain foreign key; we find those references in the
 * schema itself, so a new slice needs no registration here. Our own tables cascade or set null, so they never block.
 */
const BLOCKING_ACTIONS = new Set(['NO ACTION', 'RESTRICT']);

/** Keyed by connection and schema version, so a table added later (a test, a migration) is seen. */
const cache = new WeakMap<object, { version: number; found: { table: string; column: string }[] }>();

function referencingColumns(ctx: ServiceContext): { table: string; column: string }[] {
  const version = ctx.db.pragma('schema_version', { simple: true }) as number;
  const cached = cache.get(ctx.db);
  if (cached?.version === version) return cached.found;
  const tables = (prepared(ctx.db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map(
    (t) => t.name,
  );
  const found: { table: string; column: string }[] = [];
  for (const table of tables) {
    const keys = prepared(ctx.db, `SELECT "table" AS target, "from" AS column, on_delete FROM pragma_foreign_key_list(?)`).all(table) as {
      target: string;
      column: string;
      on_delete: string;
    }[];
    for (const key of keys) if (key.target === 'participants' && BLOCKING_ACTIONS.has(key.on_delete)) found.push({ table, column: key.column });
  }
  cache.set(ctx.db, { version, found });
  return found;
}

export function participantInUse(ctx: ServiceContext, participantId: string): boolean {
  return referencingColumns(ctx).some(
    ({ table, column }) => prepared(ctx.db, `SELECT 1 FROM "${table}" WHERE "${column}" = ? LIMIT 1`).get(participantId) !== undefined,
  );
}

/** The same check for a whole case at once: one query per referring table instead of one per person. */
export function participantsInUseForCase(ctx: ServiceContext, caseId: string): Set<string> {
  const used = new Set<string>();
  for (const { table, column } of referencingColumns(ctx)) {
    const rows = prepared(ctx.db, `SELECT DISTINCT "${column}" AS id FROM "${table}" WHERE "${column}" IN (SELECT id FROM participants WHERE case_id = ?)`)
      .all(caseId) as { id: string }[];
    for (const row of rows) used.add(row.id);
  }
  return used;
}
