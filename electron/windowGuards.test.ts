import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The Electron binary cannot be fetched everywhere (CI), so e2e/electron/windows.spec.ts may be skipped; this check
 * runs everywhere: every window the main process makes gets the one set of navigation guards (windowGuards.ts).
 */
describe('Electron windows', () => {
  const sources = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && fs.readFileSync(path.join(__dirname, f), 'utf8').includes('new BrowserWindow('));
  it.each(sources)('%s guards every BrowserWindow it creates (will-navigate, will-redirect, window.open)', (file) => {
    const text = fs.readFileSync(path.join(__dirname, file), 'utf8');
    const windows = [...text.matchAll(/const (\w+) = new BrowserWindow\(/g)].map((m) => m[1]!);
    for (const name of windows) expect({ file, guarded: new RegExp(`guardWindow\\(${name}\\.webContents`).test(text) }).toEqual({ file, guarded: true });
    expect(text.match(/new BrowserWindow\(/g)?.length ?? 0).toBe(windows.length);
  });
});
