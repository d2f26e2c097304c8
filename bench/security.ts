import fs from 'node:fs';
import { runCrashTrial } from '../e2e/crash';
import { fuzzContract } from '../electron/fuzz';
import { createTestHost } from '../electron/testing';
import type { Results } from './stats';

/** SIGKILLs at random moments while a scripted user creates and edits cases (CI runs 10 in npm test). */
export async function measureCrashSafety(results: Results, kills = 200): Promise<void> {
  const started = performance.now();
  const report = await runCrashTrial(kills);
  results.crash_kills = report.kills;
  results.crash_acknowledged_changes = report.acknowledged;
  results.crash_lost_changes = report.lostChanges;
  results.crash_integrity_ok = report.integrityOk ? 1 : 0;
  results.crash_trial_s = Math.round((performance.now() - started) / 100) / 10;
}

/** 5,000 generated and mutated inputs per contract channel, in process (CI runs 500 in npm test). */
export async function measureFuzz(results: Results, perChannel = 5000): Promise<void> {
  const t = createTestHost({ key: 'ef'.repeat(32) });
  try {
    for (const name of ['Oliver', 'Sofie']) await t.host.call('cases.create', { childName: name, birthYear: 2017, caseType: 'network', responsibleWorker: 'Mette' });
    const report = await fuzzContract(t.host, perChannel);
    results.fuzz_inputs = report.inputs;
    results.fuzz_accepted = report.accepted;
    results.fuzz_crashes = report.crashes;
    results.fuzz_integrity_ok = t.host.db?.pragma('quick_check', { simple: true }) === 'ok' ? 1 : 0;
    if (report.examples.length) fs.writeSync(2, `Fuzz: ${report.examples.join('\n')}\n`);
  } finally {
    t.close();
  }
}
