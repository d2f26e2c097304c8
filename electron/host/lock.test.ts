import { afterEach, describe, expect, it } from 'vitest';
import type { AppInfo } from '../../shared/contract/app';
import type { LockStatus } from '../../shared/contract/security';
import { createTestHost, type TestHost } from '../testing';

const hosts: TestHost[] = [];
function start(): TestHost {
  const t = createTestHost();
  hosts.push(t);
  return t;
}
afterEach(() => {
  for (const t of hosts.splice(0)) t.close();
});

async function value<T>(t: TestHost, channel: string, input: unknown = {}): Promise<T> {
  const result = await t.host.call(channel, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}
async function errorCode(t: TestHost, channel: string, input: unknown = {}): Promise<string | null> {
  const result = await t.host.call(channel, input);
  return result.ok ? null : result.error.code;
}

describe('the app lock', () => {
  it('never locks before a PIN is set up (first run, other tests)', async () => {
    const t = start();
    await t.host.call('lock.lock', {});
    t.advance(600);
    expect((await value<LockStatus>(t, 'lock.status')).locked).toBe(false);
    expect(await errorCode(t, 'cases.list')).toBeNull();
  });

  it('stores only a slow salted hash, locks on demand and refuses every data channel in the host while locked', async () => {
    const t = start();
    await value(t, 'lock.setup', { secret: '482913' });
    const stored = t.host.db!.prepare(`SELECT value FROM settings WHERE key = 'lock.secret'`).get() as { value: string };
    expect(stored.value).not.toContain('482913');
    expect(JSON.parse(stored.value)).toMatchObject({ algo: 'scrypt', N: 32768 });

    await value(t, 'lock.lock');
    expect(t.events.at(-1)).toMatchObject({ type: 'lock.changed', data: { locked: true } });
    for (const channel of ['cases.list', 'cases.create', 'audit.verify', 'backup.list', 'settings.set', 'lock.change']) {
      expect(await errorCode(t, channel, {})).toBe('locked');
    }
    const info = await value<AppInfo>(t, 'app.info');
    expect(info.lock).toMatchObject({ configured: true, locked: true });

    await value(t, 'lock.unlock', { secret: '482913' });
    expect(await errorCode(t, 'cases.list')).toBeNull();
  });

  it('locks after the idle minutes without user activity, and activity postpones it', async () => {
    const t = start();
    await value(t, 'lock.setup', { secret: 'kaffe og kage' });
    await value(t, 'settings.set', { idleLockMinutes: 5 });
    t.advance(4);
    await value(t, 'lock.activity');
    t.advance(4);
    expect((await value<LockStatus>(t, 'lock.status')).locked).toBe(false);
    t.advance(1.5);
    expect(await errorCode(t, 'cases.list')).toBe('locked');
  });

  it('starts locked after a restart when a PIN is set', async () => {
    let t = start();
    await value(t, 'lock.setup', { secret: '482913' });
    t = t.restart();
    hosts.push(t);
    expect((await value<LockStatus>(t, 'lock.status')).locked).toBe(true);
  });

  it('makes the user wait after five wrong attempts, enforced in the host, even with the right PIN', async () => {
    const t = start();
    await value(t, 'lock.setup', { secret: '482913' });
    await value(t, 'lock.lock');
    for (let i = 0; i < 5; i++) expect(await errorCode(t, 'lock.unlock', { secret: '000000' })).toBe('wrong_secret');
    expect(await errorCode(t, 'lock.unlock', { secret: '482913' })).toBe('too_many_attempts');
    const status = await value<LockStatus>(t, 'lock.status');
    expect(status.retryAt).not.toBeNull();
    t.advance(0.6);
    expect(await errorCode(t, 'lock.unlock', { secret: '000000' })).toBe('wrong_secret');
    // The sixth wrong attempt doubles the wait to 60 s.
    t.advance(0.6);
    expect(await errorCode(t, 'lock.unlock', { secret: '482913' })).toBe('too_many_attempts');
    t.advance(0.5);
    expect((await value<LockStatus>(t, 'lock.unlock', { secret: '482913' })).locked).toBe(false);
  });

  it('refuses a weak PIN with a Danish message at the field, and changes the PIN only with the current one', async () => {
    const t = start();
    const weak = await t.host.call('lock.setup', { secret: '1234' });
    expect(weak.ok ? null : weak.error.fields).toEqual({ secret: 'En PIN-kode skal have mindst 6 cifre' });
    await value(t, 'lock.setup', { secret: '482913' });
    expect(await errorCode(t, 'lock.setup', { secret: '999999' })).toBe('conflict');
    expect(await errorCode(t, 'lock.change', { current: '111111', next: '999999' })).toBe('wrong_secret');
    await value(t, 'lock.change', { current: '482913', next: '999999' });
    await value(t, 'lock.lock');
    expect(await errorCode(t, 'lock.unlock', { secret: '482913' })).toBe('wrong_secret');
    expect(await errorCode(t, 'lock.unlock', { secret: '999999' })).toBeNull();
  });
});
