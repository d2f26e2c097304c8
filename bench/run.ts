// npm run bench: builds (once, cached by seed) the municipal-scale data set through the real services, then measures
// start-up, every heavy screen, search, export and memory on it with the production build; writes bench/results.json
// and prints a table. Knobs: KREDS_BENCH_SEED (10), KREDS_BENCH_SCALE (1 = 2,000 cases), KREDS_BENCH_CRASH_KILLS
// (200), KREDS_BENCH_FUZZ (5,000 per channel).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumExecutable } from '../e2e/chromium';
import { startHost, tempDataDir } from '../e2e/host';
import { DB_FILE_NAME } from '../electron/db/connection';
import { prepareDataset, type PreparedDataset } from './generator/cache';
import { measureParticipants } from './measures/participants';
import { measureCrashSafety, measureFuzz } from './security';
import { measureAppearance } from './appearance';
import { measureMeetings } from './measures/meetings';
import { measureOpenTasksOverview } from './measures/agreements';
import { measureMapRender } from './measures/map';
import { measureSafetyPlanRender } from './measures/safetyPlan';
import { measureExportPdf, measureSearch, measureTimeline } from './measures/review';
import { measureCaseList, measureCaseOpen, measureMemory } from './measures/scale';
import { measureBundle, measureDbOpen, measureFirstPaint, measureHostStart } from './measures/startup';
import { measureFollowUps } from './measures/followups';
import type { Results } from './stats';

const here = path.dirname(fileURLToPath(import.meta.url));
const results: Results = {};
/** A raw 256-bit key like the Electron host uses (a passphrase would add ~80 ms of key derivation per open). */
const BENCH_KEY = 'b'.repeat(64);
const benchHost = (dataDir: string, demo = false) => startHost({ dataDir, demo, env: { KREDS_DB_KEY: BENCH_KEY } });
const knob = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const round1 = (n: number) => Math.round(n * 10) / 10;

/** Runs one measurement and reports how long it took, so a slow run shows where its time went. */
async function step(name: string, work: () => unknown): Promise<void> {
  const started = performance.now();
  await work();
  console.log(`Bench: ${name} (${round1((performance.now() - started) / 1000)} s)`);
}

function recordDataset(prepared: PreparedDataset, seconds: number): void {
  const { counts, generationSeconds } = prepared.manifest;
  results.dataset_cases = counts.cases;
  results.dataset_meetings = counts.meetings;
  results.dataset_participants = counts.participants;
  results.dataset_map_items = counts.mapItems;
  results.dataset_agreements = counts.agreements;
  results.dataset_goals = counts.goals;
  results.dataset_note_words = counts.noteWords;
  results.dataset_generation_s = generationSeconds;
  results.dataset_prepare_s = round1(seconds);
  results.db_size_mb = round1(fs.statSync(path.join(prepared.dataDir, DB_FILE_NAME)).size / 1024 / 1024);
}

async function main(): Promise<void> {
  const started = performance.now();
  results.bench_load_avg_start = round1(os.loadavg()[0]!);
  if (!chromiumExecutable()) console.log('Bench: Chromium findes ikke (sæt CHROMIUM_PATH); renderer-målingerne springes over og skrives som null.');
  const prepared = prepareDataset({ seed: knob('KREDS_BENCH_SEED', 10), scale: knob('KREDS_BENCH_SCALE', 1), key: BENCH_KEY, workDir: tempDataDir('kreds-bench-large-'), log: console.log });
  recordDataset(prepared, (performance.now() - started) / 1000);
  const large = prepared.dataDir;
  const manifest = prepared.manifest;
  console.log(`Bench: datasæt ${prepared.generated ? `skrevet på ${manifest.generationSeconds} s` : 'fra cachen'} (${results.db_size_mb} MB, ${manifest.counts.noteWords} ord i noter)`);
  try {
    await step('start og åbning', async () => {
      measureDbOpen(results, large, BENCH_KEY);
      await measureHostStart(results, benchHost, large);
      await measureFirstPaint(results, benchHost, large);
      measureBundle(results, path.join(here, '..', 'dist', 'renderer'));
    });
    await step('sagsliste og sagsoverblik', async () => {
      measureCaseList(results, large, BENCH_KEY);
      await measureCaseOpen(results, benchHost, large, BENCH_KEY, manifest);
    });
    await step('søgning, tidslinje og PDF', async () => {
      measureSearch(large, BENCH_KEY, results);
      measureTimeline(large, BENCH_KEY, manifest, results);
      await measureExportPdf(large, BENCH_KEY, manifest, results);
    });
    await step('hukommelse efter den største sag og et helt møde', () => measureMemory(results, benchHost, large, manifest));
  } finally {
    fs.rmSync(large, { recursive: true, force: true });
  }

  // Measurements with their own purpose-built data (a 20-page note, a 40-person network, a crowded map …).
  await step('møde og tastetryk', () => measureMeetings(results, benchHost));
  await step('aftaleoverblik', () => measureOpenTasksOverview(results, BENCH_KEY));
  const participantsDir = tempDataDir('kreds-bench-participants-');
  await step('deltagere', () => measureParticipants(results, participantsDir, BENCH_KEY));
  fs.rmSync(participantsDir, { recursive: true, force: true });
  await step('kort', () => measureMapRender(results));
  await step('sikkerhedsplan', () => measureSafetyPlanRender(results));
  await step('opfølgning', () => measureFollowUps(results));
  await step('nedbrud', () => measureCrashSafety(results, knob('KREDS_BENCH_CRASH_KILLS', 200)));
  await step('fuzz', () => measureFuzz(results, knob('KREDS_BENCH_FUZZ', 5000)));
  await step('udseende', () => measureAppearance(results));

  results.bench_load_avg_end = round1(os.loadavg()[0]!);
  results.bench_duration_s = Math.round((performance.now() - started) / 1000);
  const out = path.join(here, 'results.json');
  fs.writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
  console.table(Object.entries(results).map(([key, value]) => ({ key, value })));
  console.log(`Bench: skrev ${path.relative(process.cwd(), out)} på ${results.bench_duration_s} s (load ${results.bench_load_avg_start} → ${results.bench_load_avg_end})`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
