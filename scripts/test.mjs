// npm test: every suite in order, then one closing line "N passed, N failed" (N skipped).
// Checks (typecheck, lint, build) count as one test each; Vitest and Playwright report their own cases.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reports = path.join(root, 'test-results');
fs.mkdirSync(reports, { recursive: true });
const only = process.argv[2];

const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];

function run(name, command, env = {}) {
  console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  const result = spawnSync(command, { cwd: root, stdio: 'inherit', shell: true, env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  console.log(`━━ ${name}: ${ok ? 'ok' : 'FEJL'} (${seconds} s)`);
  if (!ok) failedSteps.push(name);
  return ok;
}

function check(name, command) {
  if (run(name, command)) totals.passed += 1;
  else totals.failed += 1;
}

function countVitest(file) {
  if (!fs.existsSync(file)) return false;
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  return true;
}

function countPlaywright(file) {
  if (!fs.existsSync(file)) return false;
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  const s = report.stats;
  totals.passed += s.expected + (s.flaky ?? 0);
  totals.failed += s.unexpected;
  totals.skipped += s.skipped;
  return true;
}

const steps = {
  native: () => check('SQLite-modul til Node', 'node scripts/ensure-native.mjs node'),
  typecheck: () => check('typecheck', 'npx tsc -p tsconfig.json'),
  lint: () => check('lint (inkl. lagdeling)', 'npx eslint . --max-warnings=0'),
  vitest: () => {
    const file = path.join(reports, 'vitest.json');
    fs.rmSync(file, { force: true });
    const ok = run('unit + integration (Vitest)', `npx vitest run --reporter=default --reporter=json --outputFile.json=${file}`);
    if (!countVitest(file) || (!ok && totals.failed === 0)) totals.failed += 1;
  },
  build: () => check('build', 'npm run build --silent'),
  hardening: () => check('Electron-hardening (electronegativity)', 'node scripts/electronegativity.mjs'),
  e2e: () => {
    const file = path.join(reports, 'playwright-browser.json');
    fs.rmSync(file, { force: true });
    const ok = run('end-to-end i Chromium (browser-værten)', 'npx playwright test --project=browser --reporter=list,json', { PLAYWRIGHT_JSON_OUTPUT_NAME: file });
    if (!countPlaywright(file) && !ok) totals.failed += 1;
  },
  electron: () => {
    const file = path.join(reports, 'playwright-electron.json');
    fs.rmSync(file, { force: true });
    const ok = run('Electron end-to-end', 'npx playwright test --project=electron --reporter=list,json', { PLAYWRIGHT_JSON_OUTPUT_NAME: file });
    if (!countPlaywright(file) && !ok) totals.failed += 1;
  },
};

// Chromium first, in the first seconds: the browser suites need it, and nothing else is worth waiting for without it.
const needsChromium = !only || only.startsWith('e2e');
if (needsChromium && spawnSync('npx tsx scripts/check-chromium.ts', { cwd: root, stdio: 'inherit', shell: true }).status !== 0) {
  console.log('\n0 passed, 1 failed, 0 skipped');
  process.exit(1);
}

for (const [name, step] of Object.entries(steps)) {
  if (!only || only === name || name === 'native' || (only.startsWith('e2e') && name === 'build')) step();
}

console.log('');
if (failedSteps.length) console.log(`Fejlede trin: ${failedSteps.join(', ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || failedSteps.length > 0 ? 1 : 0);
