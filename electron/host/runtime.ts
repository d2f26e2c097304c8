import fs from 'node:fs';
import path from 'node:path';

/** The project root: the folder holding package.json, found from the running (bundled or source) file. */
export function projectRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

export function appVersion(): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(projectRoot(), 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

/**
 * KREDS_NOW=2026-05-14T10:00:00 starts the host's clock at that moment (it then runs on), so tests can
 * move time without sleeping. KREDS_CLOCK_RATE=60 makes the host's clock run 60 times faster than the wall clock
 * (tests of the idle lock: ten idle minutes pass in ten seconds); it never applies unless set.
 */
export function clockFromEnv(env: NodeJS.ProcessEnv = process.env): (() => Date) | undefined {
  const rate = clockRate(env);
  if (!env.KREDS_NOW && rate === 1) return undefined;
  const realStart = Date.now();
  const start = env.KREDS_NOW ? new Date(env.KREDS_NOW).getTime() : realStart;
  if (Number.isNaN(start)) throw new Error(`KREDS_NOW er ikke et gyldigt tidspunkt: ${env.KREDS_NOW}`);
  return () => new Date(start + (Date.now() - realStart) * rate);
}

export function clockRate(env: NodeJS.ProcessEnv = process.env): number {
  if (!env.KREDS_CLOCK_RATE) return 1;
  const rate = Number(env.KREDS_CLOCK_RATE);
  if (!(rate >= 1 && rate <= 10_000)) throw new Error(`KREDS_CLOCK_RATE skal være et tal fra 1 til 10000: ${env.KREDS_CLOCK_RATE}`);
  return rate;
}
