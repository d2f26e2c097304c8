import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KredsHost } from './core';

const hosts: { host: KredsHost; dir: string }[] = [];
function makeHost(key = 'k'): KredsHost {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kreds-host-'));
  const host = new KredsHost({ kind: 'browser', version: 't', dataDir: dir, key, openExternal: () => undefined });
  hosts.push({ host, dir });
  return host;
}
afterEach(() => {
  for (const { host, dir } of hosts.splice(0)) {
    host.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

const valid = { childName: 'Oliver', birthYear: 2017, caseType: 'network', responsibleWorker: 'Mette' };

describe('the host core', () => {
  it('validates input with the contract and answers in Danish, per field', async () => {
    const host = makeHost();
    const result = await host.call('cases.create', { childName: '  ', birthYear: 'ni', caseType: 'x' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.fields).toMatchObject({ childName: 'Skal udfyldes', responsibleWorker: 'Skal udfyldes', caseType: 'Vælg en af mulighederne' });
    expect(result.error.fields?.birthYear).toBeTruthy();
    const list = await host.call('cases.list', {});
    expect(list).toEqual({ ok: true, value: [] });
  });

  it('rejects unknown channels and unexpected keys', async () => {
    const host = makeHost();
    expect(await host.call('cases.drop', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(await host.call('cases.list', { sql: 'DROP TABLE cases' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('broadcasts change events only after the change is committed', async () => {
    const host = makeHost();
    const seen: string[] = [];
    host.subscribe((event) => seen.push(event.type));
    const created = await host.call('cases.create', valid, 'window-1');
    expect(created.ok).toBe(true);
    expect(seen).toEqual(['cases.changed']);
    await host.call('cases.create', { ...valid, birthYear: 1900 });
    expect(seen).toEqual(['cases.changed']);
  });

  it('shows a startup error instead of crashing when the key is wrong, and still answers app.info', async () => {
    makeHost('right').close();
    const dir = hosts[0]!.dir;
    const host = new KredsHost({ kind: 'browser', version: 't', dataDir: dir, key: 'wrong', openExternal: () => undefined });
    const info = await host.call('app.info', {});
    expect(info).toMatchObject({ ok: true, value: { startupError: { code: 'db_wrong_key' } } });
    expect(await host.call('cases.list', {})).toMatchObject({ ok: false, error: { code: 'db_wrong_key' } });
  });

  it('answers a typed Danish error, never throws, when the database closes under a call', async () => {
    const host = makeHost();
    expect(await host.call('cases.create', valid)).toMatchObject({ ok: true });
    // Closed while an async call waits (the PIN is hashed off the main thread): a restore or quitting closes it so.
    const setup = host.call('lock.setup', { secret: '482913' });
    host.db!.close();
    const answered = await setup;
    expect(answered).toMatchObject({ ok: false, error: { code: 'db_unavailable' } });
    if (!answered.ok) expect(answered.error.message).toMatch(/Databasen blev lukket.*Prøv igen/);
    // Every later call, also the lock check each call makes first and app.info, answers instead of throwing.
    expect(await host.call('cases.list', {})).toMatchObject({ ok: false, error: { code: 'db_unavailable' } });
    expect(await host.call('app.info', {})).toMatchObject({ ok: true });
    host.close();
    expect(await host.call('cases.create', valid)).toMatchObject({ ok: false, error: { code: 'db_unavailable', message: expect.stringMatching(/Databasen/) } });
  });
});
