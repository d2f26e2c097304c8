// The bench's steps: each names the keys it writes, so a step that cannot run (no Chromium, a tool that fails, a
// bug) leaves those keys as null with its reason in results.json, and the bench goes on to the next step.
import type { Results } from './stats';

export interface BenchRun {
  results: Results;
  /** Why a key is null: the step that could not run and its error, or why the step skipped it. */
  missing: Record<string, string>;
  /** The steps that threw. */
  failed: string[];
}

export interface StepOptions {
  /** Why a step that ran without error still left a key null (e.g. "Chromium findes ikke"). */
  skippedBecause: string;
  log: (line: string) => void;
}

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim();
const seconds = (since: number) => Math.round((performance.now() - since) / 100) / 10;

export function benchRun(): BenchRun {
  return { results: {}, missing: {}, failed: [] };
}

/** Runs one step; returns whether it ran to the end. */
export async function runStep(run: BenchRun, name: string, keys: readonly string[], work: () => unknown, options: StepOptions): Promise<boolean> {
  const started = performance.now();
  let reason = options.skippedBecause;
  let ok = true;
  try {
    await work();
    options.log(`Bench: ${name} (${seconds(started)} s)`);
  } catch (error) {
    ok = false;
    reason = `${name} kunne ikke køre: ${firstLine(error)}`;
    run.failed.push(name);
    options.log(`Bench: ${reason} (${seconds(started)} s); ${keys.filter((k) => run.results[k] == null).join(', ')} skrives som null.`);
  }
  for (const key of keys) {
    if (run.results[key] === undefined) run.results[key] = null;
    if (run.results[key] === null) run.missing[key] ??= reason;
  }
  return ok;
}

/** What bench/results.json holds: every key, and for each null key why it is missing. */
export function resultsFile(run: BenchRun): string {
  const missing = Object.keys(run.missing).length ? { missing: run.missing } : {};
  return JSON.stringify({ ...run.results, ...missing }, null, 2) + '\n';
}
