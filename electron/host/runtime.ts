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
 * move time without sleeping.
 */
export function clockFromEnv(env: NodeJS.ProcessEnv = process.env): (() => Date) | undefined {
  if (!env.KREDS_NOW) return undefined;
  const start = new Date(env.KREDS_NOW).getTime();
  if (Number.isNaN(start)) throw new Error(`KREDS_NOW er ikke et gyldigt tidspunkt: ${env.KREDS_NOW}`);
  const offset = start - Date.now();
  return () => new Date(Date.now() + offset);
}
