// npm run bench: builds (once, cached by seed) the municipal-scale data set through the real services, then measures
// start-up, every heavy screen, search, export and memory on it with the production build; writes bench/results.json
// and prints a table. Knobs: KREDS_BENCH_SEED (10), KREDS_BENCH_SCALE (1 = 2,000 cases), KREDS_BENCH_CRASH_KILLS
// (200), KREDS_BENCH_FUZZ (5,000 per channel), KREDS_BENCH_HTTP_FUZZ (20,000 requests). A step that cannot run writes
// its keys as null, with the reason under "missing", and the bench goes on.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumExecutable } from '../e2e/chromium';
import { startHost, tempDataDir } from '../e2e/host';
import { DB_FILE_NAME } from '../electron/db/connection';
import { prepareDataset, type PreparedDataset } from './generator/cache';
import type { DatasetManifest } from './generator/dataset';
import { measureParticipants } from './measures/participants';
import { measureCrashSafety, measureFuzz } from './security';
import { measureHttpFuzz } from './httpFuzz';
import { measureAppearance } from './appearance';
import { measureMeetings } from './measures/meetings';
import { measureOpenTasksOverview } from './measures/agreements';
import { measureMapRender } from './measures/map';
import { measureSafetyPlanRender } from './measures/safetyPlan';
import { measureExportPdf, measureSearch, measureTimeline } from './measures/review';
import { measureCaseList, measureCaseOpen, measureMemory } from './measures/scale';
import { measureBundle, measureDbOpen, measureFirstPaint, measureHostStart } from './measures/startup';
import { measureFollowUps } from './measures/followups';
import { measurePhonePage, measurePhones } from './measures/phones';
import { benchRun, resultsFile, runStep } from './steps';

const here = path.dirname(fileURLToPath(import.meta.url));
const run = benchRun();
const results = run.results;
/** A raw 256-bit key like the Electron host uses (a passphrase would add ~80 ms of key derivation per open). */
const BENCH_KEY = 'b'.repeat(64);
const benchHost = (dataDir: string, demo = false) => startHost({ dataDir, demo, env: { KREDS_DB_KEY: BENCH_KEY } });
const knob = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const round1 = (n: number) => Math.round(n * 10) / 10;
const NO_CHROMIUM = 'Chromium findes ikke (installér chromium, eller sæt CHROMIUM_PATH)';
const stepOptions = { skippedBecause: chromiumExecutable() ? 'trinnet målte den ikke' : NO_CHROMIUM, log: console.log };

/** Runs one measurement and reports how long it took; when it cannot run, its keys are null with the reason. */
const step = (name: string, keys: readonly string[], work: () => unknown) => runStep(run, name, keys, work, stepOptions);

const DATASET_KEYS = ['dataset_cases', 'dataset_meetings', 'dataset_participants', 'dataset_map_items', 'dataset_agreements', 'dataset_goals', 'dataset_note_words', 'dataset_generation_s', 'dataset_prepare_s', 'db_size_mb'];
/** The measurements on the municipal-scale data set, each with the keys it writes. */
const LARGE_STEPS: { name: string; keys: string[]; work: (dataDir: string, manifest: DatasetManifest) => unknown }[] = [
  { name: 'åbning og migrering', keys: ['db_open_migrate_ms', 'db_open_migrate_p95_ms', 'db_integrity_check_ms'], work: (dir) => measureDbOpen(results, dir, BENCH_KEY) },
  { name: 'værtens start', keys: ['host_start_ms', 'host_start_p95_ms'], work: (dir) => measureHostStart(results, benchHost, dir) },
  { name: 'første visning', keys: ['renderer_first_paint_ms', 'renderer_first_paint_p95_ms', 'renderer_interactive_ms', 'renderer_interactive_p95_ms'], work: (dir) => measureFirstPaint(results, benchHost, dir) },
  { name: 'bundtets størrelse', keys: ['bundle_initial_kb'], work: () => measureBundle(results, path.join(here, '..', 'dist', 'renderer')) },
  { name: 'sagsliste', keys: ['case_list_ms', 'case_list_p95_ms'], work: (dir) => measureCaseList(results, dir, BENCH_KEY) },
  { name: 'sagsoverblik', keys: ['case_open_ms', 'case_open_p95_ms', 'case_open_calls', 'case_open_page_ms', 'case_open_page_p95_ms'], work: (dir, manifest) => measureCaseOpen(results, benchHost, dir, BENCH_KEY, manifest) },
  { name: 'søgning', keys: ['search_p50_ms', 'search_p95_ms', 'search_cpu_p95_ms', 'search_like_baseline_p95_ms'], work: (dir) => measureSearch(dir, BENCH_KEY, results) },
  { name: 'tidslinje', keys: ['case_timeline_ms', 'case_timeline_p95_ms'], work: (dir, manifest) => measureTimeline(dir, BENCH_KEY, manifest, results) },
  { name: 'PDF-resumé', keys: ['export_pdf_ms', 'export_pdf_pages'], work: (dir, manifest) => measureExportPdf(dir, BENCH_KEY, manifest, results) },
  { name: 'hukommelse efter den største sag og et helt møde', keys: ['main_rss_mb', 'renderer_heap_mb'], work: (dir, manifest) => measureMemory(results, benchHost, dir, manifest) },
];

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

async function measureLargeDataset(): Promise<void> {
  const started = performance.now();
  let prepared: PreparedDataset | undefined;
  await step('datasæt', DATASET_KEYS, () => {
    prepared = prepareDataset({ seed: knob('KREDS_BENCH_SEED', 10), scale: knob('KREDS_BENCH_SCALE', 1), key: BENCH_KEY, workDir: tempDataDir('kreds-bench-large-'), log: console.log });
    recordDataset(prepared, (performance.now() - started) / 1000);
    console.log(`Bench: datasæt ${prepared.generated ? `skrevet på ${prepared.manifest.generationSeconds} s` : 'fra cachen'} (${results.db_size_mb} MB, ${prepared.manifest.counts.noteWords} ord i noter)`);
  });
  try {
    for (const { name, keys, work } of LARGE_STEPS) {
      await step(name, keys, () => {
        if (!prepared) throw new Error('datasættet kunne ikke skrives');
        return work(prepared.dataDir, prepared.manifest);
      });
    }
  } finally {
    if (prepared) fs.rmSync(prepared.dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  results.bench_load_avg_start = round1(os.loadavg()[0]!);
  if (!chromiumExecutable()) console.log(`Bench: ${NO_CHROMIUM}; renderer-målingerne springes over og skrives som null.`);
  await measureLargeDataset();

  // Measurements with their own purpose-built data (a 20-page note, a 40-person network, a crowded map …).
  await step('møde og tastetryk', ['presenter_sync_p95_ms', 'presenter_sync_median_ms', 'keystroke_latency_p95_ms', 'keystroke_latency_median_ms', 'keystroke_latency_baseline_p95_ms', 'keystroke_latency_baseline_median_ms'], () => measureMeetings(results, benchHost));
  await step('aftaleoverblik', ['open_tasks_overview_ms', 'open_tasks_overview_p95_ms', 'open_tasks_overview_mine_ms'], () => measureOpenTasksOverview(results, BENCH_KEY));
  const participantsDir = tempDataDir('kreds-bench-participants-');
  await step('deltagere', ['case_overview_people_ms', 'case_search_participant_16k_ms'], () => measureParticipants(results, participantsDir, BENCH_KEY));
  fs.rmSync(participantsDir, { recursive: true, force: true });
  await step('kort', ['map_render_ms'], () => measureMapRender(results));
  await step('telefonsiden', ['phone_page_kb'], () => measurePhonePage(results, path.join(here, '..', 'dist', 'phone')));
  await step('telefoner', ['phones_join_ms', 'phones_join_p95_ms', 'phones_reveal_ms', 'phones_reveal_p95_ms'], () => measurePhones(results, benchHost));
  await step('sikkerhedsplan', ['safety_plan_render_ms', 'safety_plan_screen_ms'], () => measureSafetyPlanRender(results));
  await step('opfølgning', ['followups_propose_us', 'followups_overview_500_cases_ms'], () => measureFollowUps(results));
  await step('nedbrud', ['crash_kills', 'crash_acknowledged_changes', 'crash_lost_changes', 'crash_integrity_ok', 'crash_trial_s'], () => measureCrashSafety(results, knob('KREDS_BENCH_CRASH_KILLS', 200)));
  await step('fuzz', ['fuzz_inputs', 'fuzz_accepted', 'fuzz_crashes', 'fuzz_integrity_ok'], () => measureFuzz(results, knob('KREDS_BENCH_FUZZ', 5000)));
  await step('HTTP-fuzz', ['http_fuzz_requests', 'http_fuzz_crashes', 'http_fuzz_s'], () => measureHttpFuzz(results, knob('KREDS_BENCH_HTTP_FUZZ', 20_000)));
  await step('udseende', ['demo_remove_ms', 'theme_switch_ms', 'text_size_step_ms'], () => measureAppearance(results));

  results.bench_load_avg_end = round1(os.loadavg()[0]!);
  results.bench_duration_s = Math.round((performance.now() - started) / 1000);
  const out = path.join(here, 'results.json');
  fs.writeFileSync(out, resultsFile(run));
  console.table(Object.entries(results).map(([key, value]) => ({ key, value, missing: run.missing[key] ?? '' })));
  console.log(`Bench: skrev ${path.relative(process.cwd(), out)} på ${results.bench_duration_s} s (load ${results.bench_load_avg_start} → ${results.bench_load_avg_end})`);
  const missing = Object.keys(run.missing);
  if (missing.length) console.log(`Bench: ${missing.length} nøgler mangler (null, grunden under "missing" i filen): ${missing.join(', ')}`);
  // A step that threw may have left a browser or host behind: exit rather than wait for them.
  process.exit(run.failed.length ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
