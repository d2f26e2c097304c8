// The bench's data set is written once per seed, scale, generator version and schema version into bench/.cache/
// (gitignored), and each run works on a copy, so a measurement that writes (host start, the meeting flow) never
// changes the cached set. A cache from an older generator or schema is deleted and rebuilt.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DB_FILE_NAME } from '../../electron/db/connection';
import { migrations } from '../../electron/db/migrations';
import { generateDataset, scaledOptions, type DatasetManifest } from './dataset';

/** Bump when the generator's output changes (new content, new shape), so cached sets are rebuilt. */
export const GENERATOR_VERSION = 2;

const CACHE_ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '.cache');
const MANIFEST = 'manifest.json';

export interface PreparedDataset {
  /** A working copy the measurements may write to; delete it when done. */
  dataDir: string;
  manifest: DatasetManifest;
  /** True when this run had to generate the set (a cold cache). */
  generated: boolean;
  cacheDir: string;
}

function cacheName(seed: number, scale: number): string {
  const schema = Math.max(...migrations.map((m) => m.version));
  return `dataset-seed${seed}-scale${scale}-gen${GENERATOR_VERSION}-schema${schema}`;
}

function readManifest(dir: string): DatasetManifest | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), 'utf8')) as DatasetManifest;
  } catch {
    return null;
  }
}

/** Removes cached sets of other generator/schema versions (a 1 GB set per old version would fill the disk). */
function dropStale(keep: string, seedScale: string): void {
  if (!fs.existsSync(CACHE_ROOT)) return;
  for (const entry of fs.readdirSync(CACHE_ROOT)) {
    if (entry !== keep && entry.startsWith(seedScale)) fs.rmSync(path.join(CACHE_ROOT, entry), { recursive: true, force: true });
  }
}

export function prepareDataset(options: { seed: number; scale: number; key: string; workDir: string; log?: (line: string) => void }): PreparedDataset {
  const name = cacheName(options.seed, options.scale);
  const cacheDir = path.join(CACHE_ROOT, name);
  dropStale(name, `dataset-seed${options.seed}-scale${options.scale}-`);
  let manifest = readManifest(cacheDir);
  const generated = !manifest;
  if (!manifest) {
    // No manifest means no set or a half-written one (the manifest is written last): start from an empty dir.
    fs.rmSync(cacheDir, { recursive: true, force: true });
    const total = scaledOptions(options.seed, options.scale);
    options.log?.(`Bench: skriver datasættet (${total.cases} sager, ${total.meetings} møder) gennem servicerne til ${path.relative(process.cwd(), cacheDir)} …`);
    let lastLog = performance.now();
    manifest = generateDataset(cacheDir, options.key, total, (done) => {
      if (performance.now() - lastLog < 30_000) return;
      lastLog = performance.now();
      options.log?.(`Bench: ${done} af ${total.cases} sager skrevet`);
    });
    fs.writeFileSync(path.join(cacheDir, MANIFEST), JSON.stringify(manifest, null, 2));
  }
  fs.mkdirSync(options.workDir, { recursive: true });
  // The generator closed the database cleanly, so the main file holds everything (no -wal to copy).
  fs.copyFileSync(path.join(cacheDir, DB_FILE_NAME), path.join(options.workDir, DB_FILE_NAME));
  return { dataDir: options.workDir, manifest, generated, cacheDir };
}
