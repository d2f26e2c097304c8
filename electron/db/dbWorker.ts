// A worker thread for the database work that grows with the data: the full integrity check (about 15 ms per MB
// with encryption, so 19 s for the 1.3 GB municipal-scale bench set) and the daily backup (VACUUM INTO plus a check
// of the copy). Run on the host's main thread they froze start-up and, 3 s later, every screen for as long.
// Bundled as dist-electron/dbWorker.cjs; each job opens its own connection (WAL lets it read beside the host's).
import { parentPort, workerData } from 'node:worker_threads';
import { snapshot } from './backup';
import { openEncrypted } from './connection';

export type DbJob = { kind: 'check'; file: string; key: string } | { kind: 'backup'; file: string; key: string; target: string; takenAt: string };
export type DbJobResult = { ok: true } | { ok: false; message: string };

function run(job: DbJob): DbJobResult {
  const db = openEncrypted(job.file, job.key, { readonly: job.kind === 'check' });
  try {
    if (job.kind === 'check') return db.pragma('quick_check', { simple: true }) === 'ok' ? { ok: true } : { ok: false, message: 'quick_check' };
    snapshot(db, job.key, job.target, new Date(job.takenAt));
    return { ok: true };
  } finally {
    db.close();
  }
}

if (parentPort) {
  try {
    parentPort.postMessage(run(workerData as DbJob));
  } catch (error) {
    parentPort.postMessage({ ok: false, message: String((error as Error)?.message ?? error) });
  }
}
