// npm run bench: measures start-up, database open and first paint on the production build; writes bench/results.json.
// Each later capability adds its keys through bench/measures/*.ts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumExecutable, chromiumLaunchOptions } from '../e2e/chromium';
import { startHost, tempDataDir } from '../e2e/host';
import { openDatabase } from '../electron/db/connection';
import { measureParticipants } from './measures/participants';
import { measureCrashSafety, measureFuzz } from './security';
import { measureAppearance } from './appearance';
import { measureMeetings } from './measures/meetings';
import { measureOpenTasksOverview } from './measures/agreements';
import { measureMapRender } from './measures/map';
import { measureExportPdf, measureSearch, measureTimeline } from './measures/review';
import { seedReviewData } from './measures/reviewSeed';
import { measureFollowUps } from './measures/followups';
import { summarize, type Results } from './stats';

const here = path.dirname(fileURLToPath(import.meta.url));
const results: Results = {};
/** A raw 256-bit key like the Electron host uses (a passphrase would add ~80 ms of key derivation per open). */
const BENCH_KEY = 'b'.repeat(64);
const benchHost = (dataDir: string, demo = false) => startHost({ dataDir, demo, env: { KREDS_DB_KEY: BENCH_KEY } });

async function measureHostStart(dataDir: string, runs = 5): Promise<void> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const host = await benchHost(dataDir);
    samples.push(performance.now() - started);
    await host.stop();
  }
  results.host_start_ms = summarize(samples).median;
  results.host_start_p95_ms = summarize(samples).p95;
}

function measureDbOpen(dataDir: string, runs = 10): void {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const { db } = openDatabase(dataDir, BENCH_KEY);
    samples.push(performance.now() - started);
    db.close();
  }
  results.db_open_migrate_ms = summarize(samples).median;
}

async function measureFirstPaint(dataDir: string, runs = 5): Promise<void> {
  if (!chromiumExecutable()) {
    console.log('Bench: Chromium findes ikke; renderer-målingerne springes over (null).');
    results.renderer_first_paint_ms = null;
    results.renderer_interactive_ms = null;
    return;
  }
  const host = await benchHost(dataDir);
  const paints: number[] = [];
  const interactive: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const browser = await chromium.launch(chromiumLaunchOptions());
      const page = await browser.newPage();
      await page.goto(host.url);
      await page.getByRole('heading', { name: 'Sager' }).waitFor();
      const timing = await page.evaluate(() => {
        const paint = performance.getEntriesByName('first-contentful-paint')[0] ?? performance.getEntriesByType('paint')[0];
        return { paint: paint?.startTime ?? NaN, interactive: performance.now() };
      });
      paints.push(timing.paint);
      interactive.push(timing.interactive);
      await browser.close();
    }
  } finally {
    await host.stop();
  }
  results.renderer_first_paint_ms = summarize(paints).median;
  results.renderer_interactive_ms = summarize(interactive).median;
}

function measureBundle(): void {
  const dir = path.join(here, '..', 'dist', 'renderer');
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  let bytes = 0;
  for (const file of initial) bytes += gzipSync(fs.readFileSync(path.join(dir, file))).length;
  results.bundle_initial_kb = Math.round((bytes / 1024) * 10) / 10;
}


/** Search, timeline and PDF on a medium data set (KREDS_BENCH_REVIEW_CASES cases × 10 meetings, default 200). */
async function measureReview(): Promise<void> {
  const dir = tempDataDir('kreds-bench-review-');
  const cases = Number(process.env.KREDS_BENCH_REVIEW_CASES ?? 200);
  const started = performance.now();
  const data = seedReviewData(dir, BENCH_KEY, { cases, meetingsPerCase: 10, wordsPerMeeting: 500, seed: 8 });
  console.log(`Bench: ${cases} sager, ${data.words} ord i søgeindekset, skrevet på ${Math.round((performance.now() - started) / 1000)} s`);
  results.review_bench_words = data.words;
  measureSearch(dir, BENCH_KEY, results);
  measureTimeline(dir, BENCH_KEY, data, results);
  await measureExportPdf(dir, BENCH_KEY, data, results);
  fs.rmSync(dir, { recursive: true, force: true });
}

async function main(): Promise<void> {
  const dataDir = tempDataDir('kreds-bench-');
  const seed = await benchHost(dataDir, true);
  await seed.stop();
  await measureHostStart(dataDir);
  measureDbOpen(dataDir);
  await measureFirstPaint(dataDir);
  measureBundle();
  await measureMeetings(results, benchHost);
  await measureReview();
  measureOpenTasksOverview(results, BENCH_KEY);
  measureParticipants(results, dataDir, BENCH_KEY);
  await measureMapRender(results);
  measureFollowUps(results);
  await measureCrashSafety(results);
  await measureFuzz(results);
  await measureAppearance(results);

  const out = path.join(here, 'results.json');
  fs.writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
  console.table(Object.entries(results).map(([key, value]) => ({ key, value })));
  console.log(`Bench: skrev ${path.relative(process.cwd(), out)}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
