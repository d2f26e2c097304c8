import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { plainKeyFile, resolveKey } from './db/key';
import { osKeyring } from './db/keyring';
import { IDLE_CHECK_MS, KredsHost } from './host/core';
import { startHttpHost } from './host/http';
import { appVersion, clockFromEnv, clockRate, projectRoot } from './host/runtime';

/**
 * The same services over loopback HTTP, for development, tests and machines without the Electron binary.
 * Prints exactly one line `Kreds browser host: <url>` once ready (the URL holds a one-time launch code).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      demo: { type: 'boolean', default: false },
      open: { type: 'boolean', default: false },
      'key-file': { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port ?? process.env.KREDS_PORT ?? 0);
  const dataDir = path.resolve(values['data-dir'] ?? process.env.KREDS_DATA_DIR ?? path.join(os.homedir(), '.kreds'));

  const key = await databaseKey(dataDir, values['key-file']);
  // Without the real key nothing is opened or created: a stand-in key would make a database nobody can trust.
  if (key === null) process.exit(1);

  const host = new KredsHost({
    kind: 'browser',
    version: appVersion(),
    dataDir,
    key,
    now: clockFromEnv(),
    skipFirstRun: process.env.KREDS_SKIP_FIRST_RUN === '1',
    openExternal: (url) => openInBrowser(url),
    // The browser host is for development and tests: its phone server stays on loopback unless asked (KREDS_PHONE_ADDRESS).
    phoneAddress: () => process.env.KREDS_PHONE_ADDRESS ?? '127.0.0.1',
    phoneAssetsDir: path.join(projectRoot(), 'dist', 'phone'),
    log: (line) => console.error(line),
  });
  if (host.startupError) console.error(`Kreds: ${host.startupError.message}`);
  else if (values.demo) host.loadDemo();
  host.startBackgroundWork(Math.max(100, IDLE_CHECK_MS / clockRate()));

  const rendererDir = path.join(projectRoot(), 'dist', 'renderer');
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    console.error('Kreds: brugerfladen er ikke bygget. Kør `npm run build` først.');
    process.exit(1);
  }
  const running = await startHttpHost({ host, rendererDir, port, token: apiToken(), log: (line) => console.error(line) });
  // The link carries a one-time launch code, never the API token: the first page load trades it for a session cookie.
  console.log(`Kreds browser host: ${running.launchUrl()}`);
  if (values.open) openAppWindow(running.launchUrl());

  const shutdown = () => {
    void running.close().then(() => {
      host.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

/**
 * KREDS_DB_KEY, else the OS keyring (a db.key from before moves into it), else the user's explicit choice to keep the
 * key in a file: `--key-file`, or "ja" typed in the terminal. null: stop (the reason is printed).
 */
async function databaseKey(dataDir: string, keyFileChosen: boolean): Promise<string | null> {
  if (process.env.KREDS_DB_KEY) return process.env.KREDS_DB_KEY;
  let outcome = resolveKey({ dataDir, keyring: await osKeyring(), keyFiles: [plainKeyFile] });
  if (outcome.kind === 'choice') {
    console.error(`Kreds: ${outcome.message}`);
    if (!keyFileChosen && !(await askYes('Skriv "ja" for at gemme nøglen i filen, eller tryk Enter for at stoppe: '))) {
      console.error('Kreds: stoppet uden at oprette noget. Start med --key-file, hvis du vil gemme nøglen i en fil.');
      return null;
    }
    outcome = outcome.accept();
  }
  if (outcome.kind === 'unavailable') {
    console.error(`Kreds: ${outcome.message}`);
    return null;
  }
  if (outcome.notice) console.error(`Kreds: ${outcome.notice}`);
  return outcome.key;
}

async function askYes(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const terminal = readline.createInterface({ input: process.stdin, output: process.stderr });
  try {
    return (await terminal.question(question)).trim().toLowerCase() === 'ja';
  } finally {
    terminal.close();
  }
}

/** KREDS_API_TOKEN lets a script or test harness agree the API token with the host (same user only, like KREDS_DB_KEY). */
function apiToken(): string | undefined {
  const token = process.env.KREDS_API_TOKEN;
  if (token === undefined) return undefined;
  if (token.length < 32) throw new Error('KREDS_API_TOKEN skal være mindst 32 tegn');
  return token;
}

function openInBrowser(url: string): void {
  const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  spawn(opener, [url], { detached: true, stdio: 'ignore' }).on('error', () => undefined).unref();
}

/** App mode in the system's Chromium/Chrome when one is installed; otherwise the user opens the printed link. */
function openAppWindow(url: string): void {
  const candidates = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
  const found = candidates.find((name) =>
    (process.env.PATH ?? '').split(path.delimiter).some((dir) => fs.existsSync(path.join(dir, name))),
  );
  if (!found) {
    console.error('Kreds: ingen Chromium/Chrome fundet; åbn linket ovenfor i en browser.');
    return;
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kreds-window-'));
  const args = [`--app=${url}`, `--user-data-dir=${profile}`, '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  spawn(found, args, { detached: true, stdio: 'ignore' }).on('error', () => undefined).unref();
}

main().catch((error: Error) => {
  console.error(`Kreds: værten kunne ikke starte: ${error.message}`);
  process.exit(1);
});
