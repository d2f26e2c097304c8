import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mintLaunchCode } from '../electron/host/launchCode';

export interface StartedHost {
  /** The app with a fresh one-time launch code on every read (as the host's printed link): `${host.url}#/cases`. */
  readonly url: string;
  origin: string;
  /** The API token the harness gave the host (KREDS_API_TOKEN); only for `Authorization: Bearer`, never in a URL. */
  token: string;
  dataDir: string;
  process: ChildProcess;
  stderr: () => string;
  /** POST /api/<channel> with the token, returning the parsed envelope. */
  call<T = unknown>(channel: string, input?: unknown): Promise<{ ok: boolean; value: T; error?: { code: string; message: string } }>;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export const TEST_KEY = 'e2e-test-key-not-secret';

export function tempDataDir(prefix = 'kreds-e2e-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Starts the built browser host (dist-electron/host-browser.cjs) on a free port and waits for its ready line. */
/**
 * `firstRun: true` shows the first-run setup on an empty data folder; by default it is skipped
 * (KREDS_SKIP_FIRST_RUN=1) so a test can start straight on the case list.
 */
export async function startHost(
  options: { dataDir?: string; demo?: boolean; firstRun?: boolean; env?: Record<string, string>; args?: string[] } = {},
): Promise<StartedHost> {
  const dataDir = options.dataDir ?? tempDataDir();
  const token = crypto.randomBytes(32).toString('hex');
  const args = ['dist-electron/host-browser.cjs', '--port', '0', '--data-dir', dataDir];
  if (options.demo) args.push('--demo');
  args.push(...(options.args ?? []));
  const child = spawn(process.execPath, args, {
    cwd: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'),
    env: { ...process.env, KREDS_DB_KEY: TEST_KEY, KREDS_API_TOKEN: token, KREDS_SKIP_FIRST_RUN: options.firstRun ? '0' : '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`Værten startede ikke: ${stderr}`)), 15_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /Kreds browser host: (\S+)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Værten stoppede (${code}): ${stderr}`));
    });
  });
  const parsed = new URL(url);
  return {
    get url() {
      return `${parsed.origin}/?launch=${mintLaunchCode(token)}`;
    },
    origin: parsed.origin,
    token,
    dataDir,
    process: child,
    stderr: () => stderr,
    async call(channel, input = {}) {
      const res = await fetch(`${parsed.origin}/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input),
      });
      return res.json();
    },
    stop(signal = 'SIGTERM') {
      return new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      });
    },
  };
}
