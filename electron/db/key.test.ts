import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEY_CHOICE_FILE, plainKeyFile, resolveKey } from './key';
import { osKeyring } from './keyring';

const freshDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'kreds-key-'));
const mode = (file: string) => fs.statSync(file).mode & 0o777;

describe('where the database key comes from, without a keyring', () => {
  it('asks for the explicit choice and creates nothing until it is made; then a 0600 key file, used from then on', () => {
    const dir = freshDir();
    const asked = resolveKey({ dataDir: dir, keyring: null, keyFiles: [plainKeyFile] });
    expect(asked.kind).toBe('choice');
    expect(asked.kind === 'choice' && asked.message).toContain(path.join(dir, 'db.key'));
    expect(fs.readdirSync(dir)).toEqual([]);
    const chosen = asked.kind === 'choice' ? asked.accept() : asked;
    expect(chosen.kind).toBe('key');
    expect(mode(path.join(dir, 'db.key'))).toBe(0o600);
    expect(fs.existsSync(path.join(dir, KEY_CHOICE_FILE))).toBe(true);
    expect(resolveKey({ dataDir: dir, keyring: null, keyFiles: [plainKeyFile] })).toMatchObject({ kind: 'key', key: chosen.kind === 'key' ? chosen.key : '' });
  });

  it.each([
    ['a key file with something else than a key', (dir: string) => fs.writeFileSync(path.join(dir, 'db.key'), 'hemmelig\n')],
    ['a key file that cannot be read', (dir: string) => fs.mkdirSync(path.join(dir, 'db.key'))],
  ])('refuses %s: unavailable, with a Danish message, nothing created', (_label, damage) => {
    const dir = freshDir();
    damage(dir);
    const before = fs.readdirSync(dir);
    const outcome = resolveKey({ dataDir: dir, keyring: null, keyFiles: [plainKeyFile] });
    expect(outcome).toEqual({ kind: 'unavailable', message: expect.stringContaining('Databasens nøgle kan ikke læses') });
    expect(fs.readdirSync(dir)).toEqual(before);
  });

  it('leaves a database whose key is nowhere alone', () => {
    const dir = freshDir();
    fs.writeFileSync(path.join(dir, 'kreds.db'), 'encrypted bytes');
    expect(resolveKey({ dataDir: dir, keyring: null, keyFiles: [plainKeyFile] })).toEqual({ kind: 'unavailable', message: expect.stringContaining('Kreds laver ikke en ny database ved siden af') });
    expect(fs.readdirSync(dir)).toEqual(['kreds.db']);
  });
});

/**
 * With a real OS keyring (the Secret Service on Linux). Opt-in, so a developer's own login keyring does not collect
 * test entries: `dbus-run-session -- sh -c 'echo -n x | gnome-keyring-daemon --unlock --components=secrets;
 * KREDS_TEST_KEYRING=1 npx vitest run electron/db/key.test.ts'`.
 */
describe.runIf(process.env.KREDS_TEST_KEYRING === '1')('where the database key comes from, with the OS keyring', () => {
  it('moves a key file from before into the keyring and removes the file; a new folder gets its key there and no file', async () => {
    const keyring = await osKeyring();
    expect(keyring).not.toBeNull();
    const dir = freshDir();
    fs.writeFileSync(path.join(dir, 'db.key'), 'ab'.repeat(32));
    expect(resolveKey({ dataDir: dir, keyring, keyFiles: [plainKeyFile] })).toMatchObject({ kind: 'key', key: 'ab'.repeat(32), notice: expect.stringContaining('flyttet') });
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(resolveKey({ dataDir: dir, keyring, keyFiles: [plainKeyFile] })).toMatchObject({ kind: 'key', key: 'ab'.repeat(32) });
    const fresh = freshDir();
    expect(resolveKey({ dataDir: fresh, keyring, keyFiles: [plainKeyFile] })).toMatchObject({ kind: 'key', where: 'styresystemets nøglering' });
    expect(fs.readdirSync(fresh)).toEqual([]);
  });
});
