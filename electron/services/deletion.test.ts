import { afterEach, describe, expect, it } from 'vitest';
import { createTestHost, type TestHost } from '../testing';

let t: TestHost;
afterEach(() => t.close());

/**
 * "Slet sagen nu" on the richest demo case: every capability's demo data hangs under it, so this test grows
 * with each slice. Nothing may be left in any table that names the case, and no foreign key may dangle.
 */
describe('deleting a case', () => {
  it('removes every row in every table that refers to it, at once, and leaves a receipt without personal data', async () => {
    t = createTestHost({ key: 'ab'.repeat(32) });
    t.host.loadDemo();
    const db = t.host.db!;
    const { id } = db.prepare(`SELECT id FROM cases WHERE child_name = 'Oliver'`).get() as { id: string };
    const result = await t.host.call('cases.delete', { id, confirmName: 'Oliver' });
    expect(result.ok).toBe(true);

    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string }[]).map((r) => r.name);
    for (const table of tables.filter((name) => name !== 'audit_log')) {
      const columns = (db.prepare(`PRAGMA table_info(${JSON.stringify(table)})`).all() as { name: string }[]).map((c) => c.name);
      if (!columns.includes('case_id')) continue;
      const left = db.prepare(`SELECT count(*) AS n FROM ${JSON.stringify(table)} WHERE case_id = ?`).get(id) as { n: number };
      expect({ table, left: left.n }).toEqual({ table, left: 0 });
    }
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    const receipt = db.prepare(`SELECT * FROM audit_log WHERE case_id = ? ORDER BY seq DESC LIMIT 1`).get(id) as Record<string, unknown>;
    expect(receipt).toMatchObject({ action: 'delete', entity: 'case', fields: '[]' });
    expect(JSON.stringify(db.prepare('SELECT * FROM audit_log').all())).not.toContain('Oliver');
  });
});
