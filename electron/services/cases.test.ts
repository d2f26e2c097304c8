import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KredsError } from '../../shared/errors';
import { createTestContext, type TestContext } from '../testing';
import { createCase, getCase, listCases, updateCase } from './cases';
import { casesHandlers } from './cases';

let ctx: TestContext;
beforeEach(() => (ctx = createTestContext('2026-03-02T09:00:00')));
afterEach(() => ctx.close());

const oliver = { childName: 'Oliver', birthYear: 2017, caseType: 'network' as const, responsibleWorker: 'Mette Sørensen' };

describe('cases', () => {
  it('creates an open case and finds it by part of the name, case-insensitively', () => {
    const created = createCase(ctx, oliver);
    createCase(ctx, { ...oliver, childName: 'Sofie' });
    expect(created.status).toBe('open');
    expect(listCases(ctx, { query: 'oliv' }).map((c) => c.childName)).toEqual(['Oliver']);
  });

  it('sorts by last activity, newest first', () => {
    const a = createCase(ctx, oliver);
    ctx.setNow('2026-03-03T09:00:00');
    createCase(ctx, { ...oliver, childName: 'Sofie' });
    ctx.setNow('2026-03-04T09:00:00');
    updateCase(ctx, { ...oliver, id: a.id, responsibleWorker: 'Jonas Holm' });
    expect(listCases(ctx, {}).map((c) => c.childName)).toEqual(['Oliver', 'Sofie']);
  });

  it('filters by status, type and responsible worker', () => {
    const a = createCase(ctx, oliver);
    createCase(ctx, { ...oliver, childName: 'Emil', caseType: 'placement', responsibleWorker: 'Jonas Holm' });
    casesHandlers['cases.close'](ctx, { id: a.id, reason: 'Bekymringen er væk' });
    expect(listCases(ctx, { status: 'open' }).map((c) => c.childName)).toEqual(['Emil']);
    expect(listCases(ctx, { status: 'closed' }).map((c) => c.childName)).toEqual(['Oliver']);
    expect(listCases(ctx, { caseType: 'placement' }).map((c) => c.childName)).toEqual(['Emil']);
    expect(listCases(ctx, { responsibleWorker: 'Mette Sørensen' }).map((c) => c.childName)).toEqual(['Oliver']);
  });

  it('treats LIKE wildcards in a search as plain text', () => {
    createCase(ctx, oliver);
    expect(listCases(ctx, { query: '%' })).toEqual([]);
    expect(listCases(ctx, { query: '_' })).toEqual([]);
  });

  it('closes with a reason and reopens', () => {
    const a = createCase(ctx, oliver);
    const closed = casesHandlers['cases.close'](ctx, { id: a.id, reason: 'Familien ønsker ikke flere møder' }) as ReturnType<typeof getCase>;
    expect(closed.closedReason).toBe('Familien ønsker ikke flere møder');
    expect(closed.closedAt).not.toBeNull();
    const reopened = casesHandlers['cases.reopen'](ctx, { id: a.id }) as ReturnType<typeof getCase>;
    expect(reopened.status).toBe('open');
    expect(reopened.closedAt).toBeNull();
  });

  it('refuses a birth year in the future or too far back, with a field error', () => {
    expect(() => createCase(ctx, { ...oliver, birthYear: 2027 })).toThrow(KredsError);
    try {
      createCase(ctx, { ...oliver, birthYear: 1990 });
    } catch (error) {
      expect((error as KredsError).fields?.birthYear).toMatch(/fødselsåret/i);
    }
    expect(listCases(ctx, { status: 'all' })).toEqual([]);
  });

  it('says clearly when a case does not exist', () => {
    expect(() => getCase(ctx, crypto.randomUUID())).toThrow(/findes ikke/);
  });
});
