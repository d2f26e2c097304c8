import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../testing';
import { createTestHost } from '../testing';
import { genericChange, listAudit, verifyAudit } from './audit';
import { casesHandlers, createCase, deleteCase, updateCase } from './cases';
import { serviceHandlers } from '.';

let ctx: TestContext;
beforeEach(() => (ctx = createTestContext('2026-03-02T09:00:00')));
afterEach(() => ctx.close());

const oliver = { childName: 'Oliver', birthYear: 2017, caseType: 'network' as const, responsibleWorker: 'Mette Sørensen' };

describe('the audit trail', () => {
  it('records who, when, what and which fields changed, never the values', () => {
    const c = createCase(ctx, oliver);
    ctx.setNow('2026-03-03T10:00:00');
    updateCase(ctx, { ...oliver, id: c.id, responsibleWorker: 'Jonas Holm' });
    casesHandlers['cases.close'](ctx, { id: c.id, reason: 'Mor har fået et nyt job' });
    const entries = listAudit(ctx, { caseId: c.id });
    expect(entries.map((e) => [e.action, e.entity, e.fields])).toEqual([
      ['close', 'case', ['closedAt', 'closedReason', 'deletionDueAt', 'status']],
      ['update', 'case', ['responsibleWorker']],
      ['create', 'case', ['birthYear', 'caseType', 'childName', 'responsibleWorker']],
    ]);
    expect(entries[1]).toMatchObject({ actor: 'ukendt bruger', at: new Date('2026-03-03T10:00:00').toISOString(), caseId: c.id });
    const dump = JSON.stringify(ctx.db.prepare('SELECT * FROM audit_log').all());
    for (const secret of ['Oliver', 'Jonas', 'Mette', 'nyt job']) expect(dump).not.toContain(secret);
  });

  it('names the user from the profile when one is set', () => {
    ctx.db.prepare(`INSERT INTO settings (key, value) VALUES ('profileName', ?)`).run(JSON.stringify('Mette Sørensen'));
    const c = createCase(ctx, oliver);
    expect(listAudit(ctx, { caseId: c.id })[0]!.actor).toBe('Mette Sørensen');
  });

  it('keeps a deletion receipt without personal data after the case is gone', () => {
    const c = createCase(ctx, oliver);
    deleteCase(ctx, { id: c.id, confirmName: 'oliver' });
    expect(ctx.db.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 0 });
    const receipt = listAudit(ctx, { caseId: c.id })[0]!;
    expect(receipt).toMatchObject({ action: 'delete', entity: 'case', entityId: c.id, fields: [] });
    expect(JSON.stringify(receipt)).not.toContain('Oliver');
  });

  it('refuses to delete when the typed name does not match', () => {
    const c = createCase(ctx, oliver);
    expect(() => deleteCase(ctx, { id: c.id, confirmName: 'Olivia' })).toThrow(/barnets navn/);
    expect(ctx.db.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 1 });
  });

  it('is append-only: the database refuses UPDATE and DELETE on the trail', () => {
    createCase(ctx, oliver);
    expect(() => ctx.db.prepare(`UPDATE audit_log SET actor = 'x'`).run()).toThrow(/append-only/);
    expect(() => ctx.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });

  it('verify reports the first broken link when someone edits or removes an entry', () => {
    for (const name of ['A', 'B', 'C', 'D']) createCase(ctx, { ...oliver, childName: name });
    expect(verifyAudit(ctx.db)).toEqual({ ok: true, checked: 4, firstBroken: null });
    ctx.db.exec('DROP TRIGGER audit_log_append_only_update; DROP TRIGGER audit_log_append_only_delete');
    ctx.db.prepare(`UPDATE audit_log SET actor = 'en anden' WHERE seq = 3`).run();
    expect(verifyAudit(ctx.db)).toMatchObject({ ok: false, checked: 2, firstBroken: { seq: 3, reason: 'hash' } });
  });

  it('verify notices a removed entry in the middle', () => {
    for (const name of ['A', 'B', 'C']) createCase(ctx, { ...oliver, childName: name });
    ctx.db.exec('DROP TRIGGER audit_log_append_only_delete');
    ctx.db.prepare('DELETE FROM audit_log WHERE seq = 2').run();
    expect(verifyAudit(ctx.db)).toMatchObject({ ok: false, firstBroken: { seq: 3, reason: 'link' } });
  });

  it('gives a generic entry (verb, ids, field names) for a call that changed rows without recording one', async () => {
    expect(genericChange('participants.update', { id: 'p1', caseId: 'c1', name: 'Mormor', role: 'x' }, null)).toEqual({
      action: 'update',
      entity: 'participants',
      entityId: 'p1',
      caseId: 'c1',
      fields: ['name', 'role'],
    });
    const t = createTestHost();
    const original = serviceHandlers['cases.workers'];
    try {
      // A stand-in for a later slice that forgets to call ctx.audit.
      (serviceHandlers as Record<string, unknown>)['cases.workers'] = (c: TestContext) => {
        c.db.prepare(`INSERT INTO settings (key, value) VALUES ('x', '1')`).run();
        return [];
      };
      await t.host.call('cases.workers', {});
      const rows = t.host.db!.prepare('SELECT action, entity FROM audit_log').all();
      expect(rows).toEqual([{ action: 'workers', entity: 'cases' }]);
      await t.host.call('cases.list', {});
      expect(t.host.db!.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 1 });
    } finally {
      (serviceHandlers as Record<string, unknown>)['cases.workers'] = original;
      t.close();
    }
  });
});
