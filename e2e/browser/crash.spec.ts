import { expect, test } from '@playwright/test';
import { runCrashTrial } from '../crash';

/** CI size; `npm run bench` runs 200 kills (crash_kills, crash_lost_changes in bench/results.json). */
const KILLS = 10;

test(`every acknowledged change survives ${KILLS} SIGKILLs at random moments and the database stays whole`, async () => {
  test.setTimeout(120_000);
  const report = await runCrashTrial(KILLS);
  expect(report.kills).toBe(KILLS);
  expect(report.acknowledged).toBeGreaterThan(KILLS);
  expect(report.lostChanges).toBe(0);
  expect(report.integrityOk).toBe(true);
});
