import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadOrCreateKey, plainKeyFile } from './db/key';
import { IDLE_CHECK_MS, KredsHost } from './host/core';
import { startHttpHost } from './host/http';
import { appVersion, clockFromEnv, clockRate, projectRoot } from './host/runtime';

/**
 * The same services over loopback HTTP, for development, tests and machines without the Electron binary.
 * Prints exactly one line `Kreds browser host: <url>` once ready.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      demo: { type: 'boolean', default: false },
      open: { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port ?? process.env.KREDS_PORT ?? 0);
  const dataDir = path.resolve(values['data-dir'] ?? process.env.KREDS_DATA_DIR ?? path.join(os.homedir(), '.kreds'));

  let key = process.env.KREDS_DB_KEY ?? '';
  if (!key) {
    try {
      const generated = loadOrCreateKey(dataDir, plainKeyFile);
      key = generated.key;
      console.error(
        `Kreds: advarsel: KREDS_DB_KEY er ikke sat; databasens nøgle ligger ukrypteret i ${path.join(dataDir, plainKeyFile.fileName)} (kun til udvikling og test).`,
      );
    } catch {
      key = 'unavailable';
    }
  }

  const host = new KredsHost({
    kind: 'browser',
    version: appVersion(),
    dataDir,
    key,
    now: clockFromEnv(),
    skipFirstRun: process.env.KREDS_SKIP_FIRST_RUN === '1',
    openExternal: (url) => openInBrowser(url),
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
  const running = await startHttpHost({ host, rendererDir, port });
  console.log(`Kreds browser host: ${running.url}`);
  if (values.open) openAppWindow(running.url);

  const shutdown = () => {
    void running.close().then(() => {
      host.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
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
