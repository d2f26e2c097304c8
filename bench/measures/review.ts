// Review, search and export measurements (issue 8) on the large data set (bench/generator/dataset.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumExecutable, chromiumLaunchOptions } from '../../e2e/chromium';
import { startHost } from '../../e2e/host';
import { pdfPageCount } from '../../e2e/pdf';
import { openDatabase } from '../../electron/db/connection';
import type { ServiceContext } from '../../electron/services/context';
import { caseTimeline } from '../../electron/services/review';
import { likeScan, search } from '../../electron/services/search';
import { contract } from '../../shared/contract';
import { summarize, type Results } from '../stats';
import type { DatasetManifest } from '../generator/dataset';

/** What people type: single words (prefixes), names, a phrase; some common, some rare. */
export const SEARCH_QUERIES = ['morgen', 'fravær', 'fodboldtræning', 'mormor henter', '"fast voksen"', 'søvn', 'lektier', 'Østergaard', 'klubben', 'vikar', 'aflastning', 'svømning'];

function withDb<T>(dataDir: string, key: string, fn: (ctx: ServiceContext) => T): T {
  const { db } = openDatabase(dataDir, key, { deferIntegrityCheck: true });
  try {
    return fn({ db, now: () => new Date('2026-05-14T10:00:00'), emit: () => undefined });
  } finally {
    db.close();
  }
}

function time(fn: () => unknown): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

/** search_p50_ms / search_p95_ms: the app's search (FTS5, ranked, 100 hits with snippets); the LIKE scan on the same data. */
export function measureSearch(dataDir: string, key: string, results: Results, rounds = 10): void {
  withDb(dataDir, key, (ctx) => {
    const fts: number[] = [];
    const cpu: number[] = [];
    const like: number[] = [];
    for (const text of SEARCH_QUERIES) search(ctx, contract['search.query'].input.parse({ text })); // warm the page cache
    for (let round = 0; round < rounds; round++) {
      for (const text of SEARCH_QUERIES) {
        // CPU time beside wall time: on a shared machine the wall-clock p95 mostly measures waiting for a core.
        const before = process.cpuUsage();
        fts.push(time(() => search(ctx, contract['search.query'].input.parse({ text }))));
        const used = process.cpuUsage(before);
        cpu.push((used.user + used.system) / 1000);
        if (round < 3) like.push(time(() => likeScan(ctx, text.replaceAll('"', ''))));
      }
    }
    results.search_p50_ms = summarize(fts).median;
    results.search_p95_ms = summarize(fts).p95;
    results.search_like_baseline_p95_ms = summarize(like).p95;
    results.search_cpu_p95_ms = summarize(cpu).p95;
  });
}

/** case_timeline_ms: reading the timeline of a case with 50 meetings (median of 20). */
export function measureTimeline(dataDir: string, key: string, data: DatasetManifest, results: Results): void {
  withDb(dataDir, key, (ctx) => {
    caseTimeline(ctx, data.largestCaseId);
    const samples = Array.from({ length: 20 }, () => time(() => caseTimeline(ctx, data.largestCaseId)));
    results.case_timeline_ms = summarize(samples).median;
    results.case_timeline_p95_ms = summarize(samples).p95;
  });
}

/** export_pdf_ms: the professional summary of a long meeting (about ten A4 pages) from print route to PDF bytes. */
export async function measureExportPdf(dataDir: string, key: string, data: DatasetManifest, results: Results): Promise<void> {
  if (!chromiumExecutable()) {
    results.export_pdf_ms = null;
    results.export_pdf_pages = null;
    return;
  }
  const host = await startHost({ dataDir, env: { KREDS_DB_KEY: key } });
  const browser = await chromium.launch(chromiumLaunchOptions());
  const samples: number[] = [];
  try {
    const page = await browser.newPage();
    const file = path.join(os.tmpdir(), `kreds-bench-${process.pid}.pdf`);
    for (let i = 0; i < 4; i++) {
      const started = performance.now();
      await page.goto(`${host.url}#/print/meeting/${data.longMeetingId}?version=professional`);
      await page.locator('body[data-print-ready="1"]').waitFor();
      fs.writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      samples.push(performance.now() - started);
      await page.goto('about:blank');
    }
    results.export_pdf_pages = await pdfPageCount(file);
    console.log(`Bench: PDF-resuméet fylder ${results.export_pdf_pages} sider`);
    fs.rmSync(file, { force: true });
  } finally {
    await browser.close();
    await host.stop();
  }
  // The first run includes the renderer's cold start; the median of the rest is what a user waits for.
  results.export_pdf_ms = summarize(samples.slice(1)).median;
}
