import { afterEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../testing';
import { createCase } from './cases';
import { demoHandlers, loadDemoData } from './demo';
import { settingsHandlers } from './settings';

let ctx: TestContext;
/** The handlers are synchronous; their type allows a Promise for hosts that await. */
const sync = <T,>(value: T | Promise<T>): T => value as T;
afterEach(() => ctx.close());

describe('settings', () => {
  it('starts with defaults and asks for the first-run setup on an empty database', () => {
    ctx = createTestContext();
    const state = sync(settingsHandlers['settings.get'](ctx, {}));
    expect(state).toMatchObject({ theme: 'system', textSize: 100, profileName: '', firstRunNeeded: true, demoCases: 0 });
  });

  it('saves only the settings given and announces the change', () => {
    ctx = createTestContext();
    sync(settingsHandlers['settings.set'](ctx, { theme: 'projector', profileName: 'Mette Sørensen', profileRole: 'caseworker' }));
    const state = sync(settingsHandlers['settings.set'](ctx, { textSize: 150 }));
    expect(state).toMatchObject({ theme: 'projector', textSize: 150, profileName: 'Mette Sørensen', profileRole: 'caseworker' });
    expect(ctx.events.filter((e) => e.type === 'settings.changed')).toHaveLength(2);
  });

  it('falls back to the default when a stored value is unreadable', () => {
    ctx = createTestContext();
    ctx.db.prepare("INSERT INTO settings (key, value) VALUES ('theme', '\"neon\"'), ('textSize', 'not json')").run();
    expect(sync(settingsHandlers['settings.get'](ctx, {}))).toMatchObject({ theme: 'system', textSize: 100 });
  });

  it('skips the first-run setup when cases exist or it was finished', () => {
    ctx = createTestContext();
    createCase(ctx, { childName: 'Oliver', birthYear: 2017, caseType: 'network', responsibleWorker: 'Mette' });
    expect(sync(settingsHandlers['settings.get'](ctx, {})).firstRunNeeded).toBe(false);
  });
});

describe('demo data', () => {
  it('loads the fictional cases once and marks the first run as done', () => {
    ctx = createTestContext();
    expect(sync(demoHandlers['demo.load'](ctx, {})).cases).toBe(5);
    expect(sync(demoHandlers['demo.load'](ctx, {})).cases).toBe(5);
    expect(sync(settingsHandlers['settings.get'](ctx, {}))).toMatchObject({ demoCases: 5, firstRunDone: true, firstRunNeeded: false });
  });

  it('removes every demo case in one action and leaves the user’s own cases alone', () => {
    ctx = createTestContext();
    loadDemoData(ctx);
    createCase(ctx, { childName: 'Egen sag', birthYear: 2015, caseType: 'network', responsibleWorker: 'Mette' });
    expect(sync(demoHandlers['demo.remove'](ctx, {}))).toEqual({ removed: 5 });
    const left = ctx.db.prepare('SELECT child_name FROM cases').all() as { child_name: string }[];
    expect(left.map((r) => r.child_name)).toEqual(['Egen sag']);
    expect(sync(settingsHandlers['settings.get'](ctx, {}))).toMatchObject({ demoCases: 0, firstRunNeeded: false });
    expect(sync(demoHandlers['demo.load'](ctx, {})).cases).toBe(5);
  });
});
