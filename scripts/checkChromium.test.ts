import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_MISSING } from '../e2e/chromium';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (command: string, chromiumPath: string) =>
  spawnSync(command, { cwd: root, shell: true, encoding: 'utf8', timeout: 60_000, env: { ...process.env, CHROMIUM_PATH: chromiumPath } });

// Each spawns tsx (a second or two, more on a busy machine).
describe('npm test without Chromium', { timeout: 30_000 }, () => {
  it('stops in its first seconds with one Danish line on how to install Chromium, before any suite runs', () => {
    const started = performance.now();
    const result = run('node scripts/test.mjs', path.join(root, 'no-chromium-here'));
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(CHROMIUM_MISSING);
    expect(result.stdout).not.toContain('━━');
    expect(result.stdout.trim().split('\n').at(-1)).toBe('0 passed, 1 failed, 0 skipped');
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('goes on when CHROMIUM_PATH names a browser that exists', () => {
    const result = run('npx tsx scripts/check-chromium.ts', process.execPath);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });
});
