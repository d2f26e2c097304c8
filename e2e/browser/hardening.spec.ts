import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { rawRequest } from '../../electron/httpFuzz';
import { startHost, tempDataDir, type StartedHost } from '../host';

/** What the outside attack review found in the browser host, each tried the way an attacker would. */
let host: StartedHost | undefined;
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

const oliver = { childName: 'Oliver', birthYear: 2017, caseType: 'network', responsibleWorker: 'Mette Sørensen' };

/** The built host without KREDS_DB_KEY, run to its end (it must stop by itself when it has no key). */
function runWithoutKey(dataDir: string): { status: number | null; stderr: string } {
  const run = spawnSync(process.execPath, ['dist-electron/host-browser.cjs', '--port', '0', '--data-dir', dataDir], {
    env: { ...process.env, KREDS_DB_KEY: '', KREDS_SKIP_FIRST_RUN: '1' },
    encoding: 'utf8',
    timeout: 15_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { status: run.status, stderr: run.stderr };
}

test('a key that cannot be loaded stops the host with a Danish message: no stand-in key, nothing created, nothing changed', async () => {
  const damaged = tempDataDir();
  fs.writeFileSync(path.join(damaged, 'db.key'), 'not a key\n', { mode: 0o600 });
  const run = runWithoutKey(damaged);
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('Databasens nøgle kan ikke læses');
  expect(run.stderr).toContain('Kreds har ikke oprettet eller ændret noget');
  expect(fs.readdirSync(damaged)).toEqual(['db.key']);
  expect(fs.readFileSync(path.join(damaged, 'db.key'), 'utf8')).toBe('not a key\n');

  // A database whose key file is gone is left alone, not replaced by a new one beside it.
  const orphan = tempDataDir();
  host = await startHost({ dataDir: orphan, env: { KREDS_DB_KEY: 'a'.repeat(64) } });
  await host.stop();
  const before = fs.readFileSync(path.join(orphan, 'kreds.db'));
  const second = runWithoutKey(orphan);
  expect(second.status).toBe(1);
  expect(second.stderr).toContain('findes, men dens nøgle findes hverken');
  expect(fs.readFileSync(path.join(orphan, 'kreds.db')).equals(before)).toBe(true);
  expect(fs.existsSync(path.join(orphan, 'db.key'))).toBe(false);
});

test('without a keyring the host says where the key would live and creates nothing until the user chooses the key file', async () => {
  const dataDir = tempDataDir();
  const refused = runWithoutKey(dataDir);
  expect(refused.status).toBe(1);
  expect(refused.stderr).toContain('ingen nøglering');
  expect(refused.stderr).toContain(path.join(dataDir, 'db.key'));
  expect(fs.readdirSync(dataDir)).toEqual([]);

  host = await startHost({ dataDir, env: { KREDS_DB_KEY: '' }, args: ['--key-file'] });
  expect((await host.call('cases.create', oliver)).ok).toBe(true);
  await host.stop();
  // Chosen once: the next start uses the file without asking again.
  host = await startHost({ dataDir, env: { KREDS_DB_KEY: '' } });
  expect((await host.call<{ childName: string }[]>('cases.list', {})).value.map((c) => c.childName)).toEqual(['Oliver']);
  for (const file of ['db.key', 'kreds.db']) expect(fs.statSync(path.join(dataDir, file)).mode & 0o777).toBe(0o600);
});

test('--open hands Chromium a one-time launch code, never the API token; the code opens one session and then is dead', async ({ page }) => {
  const bin = tempDataDir('kreds-fake-chromium-');
  const argsFile = path.join(bin, 'args.txt');
  // Stands in for Chromium only to record the command line every local user can read with ps.
  fs.writeFileSync(path.join(bin, 'chromium'), `#!/bin/sh\nprintf '%s\\n' "$@" > ${argsFile}\n`, { mode: 0o755 });
  host = await startHost({ args: ['--open'], env: { PATH: `${bin}${path.delimiter}${process.env.PATH}` } });
  await expect.poll(() => fs.existsSync(argsFile)).toBe(true);
  const commandLine = fs.readFileSync(argsFile, 'utf8');
  expect(commandLine).not.toContain(host.token);
  expect(commandLine).not.toContain('token');
  const launch = /--app=(\S+)/.exec(commandLine)![1]!;
  expect(launch).toMatch(/\/\?launch=[\w.-]+$/);

  const first = await fetch(launch, { redirect: 'manual' });
  expect(first.status).toBe(303);
  expect(first.headers.get('location')).toBe('/');
  const setCookie = first.headers.get('set-cookie')!;
  expect(setCookie).toMatch(/HttpOnly/);
  expect(setCookie).toMatch(/SameSite=Strict/);
  const session = setCookie.split(';')[0]!;
  expect(session).not.toContain(host.token);
  const withCookie = await fetch(`${host.origin}/api/cases.list`, { method: 'POST', headers: { Cookie: session }, body: '{}' });
  expect(withCookie.status).toBe(200);
  const again = await fetch(launch, { redirect: 'manual' });
  expect(again.status).toBe(403);
  expect(await again.text()).toContain('allerede brugt');
  expect(host.stderr()).not.toContain(host.token);

  // In a real browser: after the first load the address holds no code, and the page's script cannot read the session.
  await page.goto(`${host.url}#/cases`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(page.url()).toBe(`${host.origin}/#/cases`);
  expect(await page.evaluate(() => document.cookie + JSON.stringify({ ...sessionStorage, ...localStorage }))).not.toMatch(/kreds-session|token|launch/);
});

test('the API refuses another origin and the host refuses a DNS-rebound name; the data files are private (0600)', async () => {
  host = await startHost();
  const port = Number(new URL(host.origin).port);
  const request = (headers: string) =>
    rawRequest(port, `POST /api/cases.list HTTP/1.1\r\n${headers}Authorization: Bearer ${host!.token}\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`);
  expect(await request(`Host: 127.0.0.1:${port}\r\n`)).toBe(200);
  expect(await request(`Host: 127.0.0.1:${port}\r\nOrigin: http://127.0.0.1:${port}\r\n`)).toBe(200);
  expect(await request(`Host: 127.0.0.1:${port}\r\nOrigin: http://127.0.0.1:${port + 1}\r\n`)).toBe(403);
  expect(await request(`Host: 127.0.0.1:${port}\r\nOrigin: http://evil.example\r\n`)).toBe(403);
  expect(await rawRequest(port, `GET /index.html HTTP/1.1\r\nHost: evil.example:${port}\r\nConnection: close\r\n\r\n`)).toBe(421);
  expect(await rawRequest(port, `GET /index.html HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`)).toBe(200);

  await host.call('cases.create', oliver);
  const backup = await host.call<{ name: string }>('backup.create', {});
  const files = ['kreds.db', 'kreds.db-wal', path.join('backups', backup.value.name)];
  for (const file of files) expect({ file, mode: (fs.statSync(path.join(host.dataDir, file)).mode & 0o777).toString(8) }).toEqual({ file, mode: '600' });
});
