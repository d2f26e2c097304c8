// Runs only the meeting measurements (presenter sync, keystroke latency, the shared screen's fit), for iterating on them without the full
// 25-minute bench: `npm run build --silent && npx tsx bench/only.ts [rounds] [phones]`. Prints each run with the load average,
// since other work on the machine moves these latencies; writes nothing.
import os from 'node:os';
import { startHost } from '../e2e/host';
import { measureMeetings } from './measures/meetings';
import { measurePhones } from './measures/phones';
import type { Results } from './stats';

const BENCH_KEY = 'b'.repeat(64);
const rounds = Number(process.argv[2] ?? 1);
/** `phones` measures Deltag fra telefon instead (phones_join_ms, phones_reveal_ms). */
const measure = process.argv[3] === 'phones' ? measurePhones : measureMeetings;
const load = () => os.loadavg().map((n) => n.toFixed(1)).join(' ');

async function main(): Promise<void> {
  for (let round = 1; round <= rounds; round++) {
    const results: Results = {};
    const before = load();
    await measure(results, (dataDir, demo = false) => startHost({ dataDir, demo, env: { KREDS_DB_KEY: BENCH_KEY } }));
    console.log(`run ${round}: load ${before} → ${load()}`);
    for (const [key, value] of Object.entries(results)) console.log(`  ${key.padEnd(38)} ${value}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
