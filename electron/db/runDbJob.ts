import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DbJob, DbJobResult } from './dbWorker';

/** The bundled worker beside the built host (dist-electron/); absent when running from source (tests, tsx). */
function workerFile(): string | null {
  const dir = typeof __dirname === 'string' ? __dirname : null;
  const file = dir ? path.join(dir, 'dbWorker.cjs') : null;
  return file && fs.existsSync(file) ? file : null;
}

/** Whether long database jobs can run off the main thread here (the built hosts). */
export function canRunInWorker(): boolean {
  return workerFile() !== null;
}

/** Runs a long database job on a worker thread; resolves with its result, never rejects. */
export function runDbJob(job: DbJob): Promise<DbJobResult> {
  const file = workerFile();
  if (!file) return Promise.resolve({ ok: false, message: 'Ingen databasetråd i denne kørsel' });
  return new Promise((resolve) => {
    const worker = new Worker(file, { workerData: job });
    worker.once('message', (result: DbJobResult) => resolve(result));
    worker.once('error', (error) => resolve({ ok: false, message: error.message }));
    worker.once('exit', (code) => resolve({ ok: false, message: `Databasetråden stoppede (${code})` }));
    worker.unref();
  });
}
