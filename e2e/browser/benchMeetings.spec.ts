import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { measureMeetings } from '../../bench/measures/meetings';
import type { Results } from '../../bench/stats';
import { startHost } from '../host';

/**
 * The meeting bench (presenter sync, keystroke latency, the shared screen's fit) run short: it measures every key and leaves no data folder
 * behind in the temp directory, however often `npm run bench` or `bench/only.ts` runs.
 */
test('the meeting bench measures its keys and removes its temporary data folder', async () => {
  test.setTimeout(120_000);
  const dataDirs: string[] = [];
  const results: Results = {};
  await measureMeetings(
    results,
    (dataDir, demo) => {
      dataDirs.push(dataDir);
      return startHost({ dataDir, demo });
    },
    { rounds: 1, keys: 20 },
  );
  expect(dataDirs).toHaveLength(1);
  for (const key of ['presenter_sync_p95_ms', 'presenter_sync_median_ms', 'keystroke_latency_p95_ms', 'keystroke_latency_baseline_p95_ms', 'presenter_fit_ms']) {
    expect(results[key], key).toEqual(expect.any(Number));
  }
  expect(fs.existsSync(dataDirs[0]!)).toBe(false);
});
