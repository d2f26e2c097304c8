// Start-up on the large data set: the host's start, opening and migrating the database, and the renderer's cold
// first paint and interactive time in Chromium; the initial bundle the renderer loads before it paints.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumExecutable, chromiumLaunchOptions } from '../../e2e/chromium';
import type { StartedHost } from '../../e2e/host';
import { openDatabase } from '../../electron/db/connection';
import { summarize, type Results } from '../stats';

type StartHost = (dataDir: string, demo?: boolean) => Promise<StartedHost>;

/** From spawning the host process until it prints its ready line (database open, migrated, HTTP listening). */
export async function measureHostStart(results: Results, startHost: StartHost, dataDir: string, runs = 5): Promise<void> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const host = await startHost(dataDir);
    samples.push(performance.now() - started);
    await host.stop();
  }
  results.host_start_ms = summarize(samples).median;
  results.host_start_p95_ms = summarize(samples).p95;
}

/**
 * openDatabase as the built host calls it: key, pragmas and pending migrations; on a file this large the integrity
 * check runs on a worker thread after opening (electron/db/dbWorker.ts), timed separately as db_integrity_check_ms.
 */
export function measureDbOpen(results: Results, dataDir: string, key: string, runs = 10): void {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const { db } = openDatabase(dataDir, key, { deferIntegrityCheck: true });
    samples.push(performance.now() - started);
    db.close();
  }
  const started = performance.now();
  const { db } = openDatabase(dataDir, key);
  results.db_integrity_check_ms = Math.round(performance.now() - started);
  db.close();
  results.db_open_migrate_ms = summarize(samples).median;
  results.db_open_migrate_p95_ms = summarize(samples).p95;
}

/** A fresh browser each run (cold caches): first contentful paint, and the case list of 2,000 cases ready to use. */
export async function measureFirstPaint(results: Results, startHost: StartHost, dataDir: string, runs = 5): Promise<void> {
  if (!chromiumExecutable()) {
    results.renderer_first_paint_ms = null;
    results.renderer_interactive_ms = null;
    return;
  }
  const host = await startHost(dataDir);
  const paints: number[] = [];
  const interactive: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const browser = await chromium.launch(chromiumLaunchOptions());
      const page = await browser.newPage();
      await page.goto(host.url);
      await page.getByRole('heading', { name: 'Sager' }).waitFor();
      await page.locator('.case-list a, table a').first().waitFor();
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
  results.renderer_first_paint_p95_ms = summarize(paints).p95;
  results.renderer_interactive_ms = summarize(interactive).median;
  results.renderer_interactive_p95_ms = summarize(interactive).p95;
}

/** Gzipped JS the page loads before its first paint: the entry script and its modulepreloads in index.html. */
export function measureBundle(results: Results, rendererDir: string): void {
  const html = fs.readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  let bytes = 0;
  for (const file of initial) bytes += gzipSync(fs.readFileSync(path.join(rendererDir, file))).length;
  results.bundle_initial_kb = Math.round((bytes / 1024) * 10) / 10;
}
