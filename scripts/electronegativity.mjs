// Electron hardening checked by a tool: @doyensec/electronegativity over the source (electron/) and over the
// built bundles and page (dist-electron/*.cjs copied as .js, which is what the tool scans, plus index.html).
// Fails on any finding above INFORMATIONAL that is not explained below (docs/data-protection.md repeats the reasons).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ELECTRON_VERSION = '45.5.0';

/** Findings we have looked at and accept, with the reason. */
const EXPLAINED = {
  OPEN_EXTERNAL_JS_CHECK:
    'shell.openExternal only receives http(s) URLs: main.ts checks /^https?:\\/\\//i and app.openExternal’s contract schema requires the same.',
  PRELOAD_JS_CHECK: 'The preload exposes one function per contract channel plus onEvent and nothing else (Electron e2e test).',
  CSP_GLOBAL_CHECK:
    "The CSP is strict (default-src 'self', script-src 'self', object-src 'none', base-uri 'none'); the LOW finding is style-src 'unsafe-inline' (React style attributes, drag and drop) or the tool not parsing a CSP set from a constant.",
};

function bundleCopy() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kreds-electronegativity-'));
  const built = path.join(root, 'dist-electron');
  if (!fs.existsSync(built)) throw new Error('dist-electron mangler: kør npm run build først');
  for (const file of fs.readdirSync(built).filter((f) => f.endsWith('.cjs'))) fs.copyFileSync(path.join(built, file), path.join(dir, file.replace(/\.cjs$/, '.js')));
  fs.copyFileSync(path.join(root, 'dist', 'renderer', 'index.html'), path.join(dir, 'index.html'));
  return dir;
}

/** The release-list check needs the internet (CI has none) and only concerns the Electron version, which is pinned. */
async function scan(input) {
  const out = path.join(os.tmpdir(), `kreds-electronegativity-${process.pid}-${path.basename(input)}.csv`);
  fs.rmSync(out, { force: true });
  const args = ['electronegativity', '-i', input, '-o', out, '-e', ELECTRON_VERSION, '-r', '-x', 'AvailableSecurityFixesGlobalCheck'];
  await new Promise((resolve) => spawn('npx', args, { cwd: root, stdio: 'ignore', timeout: 180_000 }).on('close', resolve));
  if (!fs.existsSync(out)) throw new Error(`electronegativity gav ingen rapport for ${input}`);
  return fs
    .readFileSync(out, 'utf8')
    .split('\n')
    .map((line) => /^([A-Z_]+_CHECK),"(\w+)","(\w+)","([^"]*)","([^"]*)"/.exec(line))
    .filter(Boolean)
    .map(([, check, severity, confidence, file, location]) => ({ check, severity, confidence, file, location }));
}

const bundles = bundleCopy();
const findings = (await Promise.all([scan(path.join(root, 'electron')), scan(bundles)])).flat();
fs.rmSync(bundles, { recursive: true, force: true });
const relevant = findings.filter((f) => f.severity !== 'INFORMATIONAL');
const unexplained = relevant.filter((f) => !EXPLAINED[f.check]);
for (const f of relevant) console.log(`${EXPLAINED[f.check] ? 'forklaret' : 'FEJL     '} ${f.check} ${f.severity}/${f.confidence} ${f.file}:${f.location}`);
console.log(`electronegativity: ${findings.length} fund, ${relevant.length} over informational, ${unexplained.length} uforklarede`);
process.exit(unexplained.length ? 1 : 0);
