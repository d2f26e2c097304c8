import { createHash, createHmac } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUDIT_ANCHOR_FILE } from '../db/auditAnchor';
import { auditKeys } from '../db/auditKeys';
import type { Db } from '../db/connection';
import { createTestHost, type TestHost } from '../testing';
import { verifyAudit } from './audit';

/**
 * Someone with the database key edits the file directly (the sqlcipher shell, triggers dropped). Each tampering the
 * attack review tried must show in "Kontrollér loggen".
 */
let t: TestHost;
let db: Db;
beforeEach(async () => {
  t = createTestHost();
  db = t.host.db!;
  for (let i = 0; i < 30; i++) {
    const created = await t.host.call('cases.create', { childName: `Barn ${i}`, birthYear: 2017, caseType: 'network', responsibleWorker: 'Mette' });
    expect(created.ok).toBe(true);
  }
  expect(verifyAudit(db)).toMatchObject({ ok: true, checked: 30 });
  db.exec('DROP TRIGGER audit_log_append_only_update; DROP TRIGGER audit_log_append_only_delete');
});
afterEach(() => t.close());

interface Row {
  seq: number; at: string; actor: string; action: string; entity: string; entity_id: string | null; case_id: string | null;
  fields: string; prev_hash: string; hash: string; summary_hash: string | null;
}

/** Rewrites one actor and recomputes every later hash with the given formula, as an attacker would. */
function rewriteActor(seq: number, hashOf: (fields: string) => string): void {
  db.prepare('UPDATE audit_log SET actor = ? WHERE seq = ?').run('en anden', seq);
  let prev = (db.prepare('SELECT hash FROM audit_log WHERE seq = ?').get(seq - 1) as { hash: string }).hash;
  for (const row of db.prepare('SELECT * FROM audit_log WHERE seq >= ? ORDER BY seq').all(seq) as Row[]) {
    const fields: unknown[] = [row.seq, row.at, row.actor, row.action, row.entity, row.entity_id, row.case_id, row.fields, prev];
    if (row.summary_hash) fields.push(row.summary_hash);
    const hash = hashOf(JSON.stringify(fields));
    db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?').run(prev, hash, row.seq);
    prev = hash;
  }
}

describe('the audit trail against someone who has the database key', () => {
  it('reports deleting the last 20 entries (the seal beside the database counted 30)', () => {
    db.prepare('DELETE FROM audit_log WHERE seq > 10').run();
    expect(verifyAudit(db)).toMatchObject({ ok: false, checked: 10, firstBroken: { seq: 30, reason: 'truncated' } });
  });

  it('reports deleting the seal beside the database, or forging it', () => {
    fs.rmSync(path.join(t.dataDir, AUDIT_ANCHOR_FILE));
    expect(verifyAudit(db)).toMatchObject({ ok: false, firstBroken: { reason: 'anchor' } });
    fs.writeFileSync(path.join(t.dataDir, AUDIT_ANCHOR_FILE), JSON.stringify({ count: 10, head: 'x', at: '2026-05-14T10:00:00.000Z', since: '2026-05-14T10:00:00.000Z', seal: 'y' }));
    expect(verifyAudit(db)).toMatchObject({ ok: false, firstBroken: { reason: 'anchor' } });
  });

  it('reports emptying the whole trail and deleting the seal, from the newest backup', async () => {
    expect((await t.host.call('backup.create', {})).ok).toBe(true);
    db.prepare('DELETE FROM audit_summaries').run();
    db.prepare('DELETE FROM audit_log').run();
    fs.rmSync(path.join(t.dataDir, AUDIT_ANCHOR_FILE));
    expect(verifyAudit(db)).toMatchObject({ ok: false, checked: 0, firstBroken: { seq: 30, reason: 'truncated' } });
  });

  it('reports deleting one summary row', () => {
    db.prepare('DELETE FROM audit_summaries WHERE seq = 12').run();
    expect(verifyAudit(db)).toMatchObject({ ok: false, checked: 11, firstBroken: { seq: 12, reason: 'summary' } });
  });

  it('reports changing an actor and recomputing the later hashes with plain SHA-256 (the chain is keyed)', () => {
    rewriteActor(5, (fields) => createHash('sha256').update(fields).digest('hex'));
    expect(verifyAudit(db)).toMatchObject({ ok: false, checked: 4, firstBroken: { seq: 5, reason: 'hash' } });
  });

  it('reports the same rewrite done with the derived chain key: the chain then differs from its seal', () => {
    rewriteActor(5, (fields) => 'k1:' + createHmac('sha256', auditKeys(db).chain).update(fields).digest('hex'));
    expect(verifyAudit(db)).toMatchObject({ ok: false, checked: 30, firstBroken: { seq: 30, reason: 'anchor' } });
  });

  it('still verifies after "Slet sagen nu" erased a case’s summaries, and after more writes', async () => {
    const listed = await t.host.call('cases.list', {});
    const [first] = (listed.ok ? listed.value : []) as { id: string; childName: string }[];
    expect((await t.host.call('cases.delete', { id: first!.id, confirmName: first!.childName })).ok).toBe(true);
    await t.host.call('cases.create', { childName: 'Ny', birthYear: 2018, caseType: 'network', responsibleWorker: 'Mette' });
    expect(verifyAudit(db)).toMatchObject({ ok: true, checked: 32 });
  });
});
