// Finds the Electron binary without triggering electron's own download attempt.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The path to the Electron executable, or null with the reason it cannot be used here. */
export function electronBinary() {
  const pkg = path.join(root, 'node_modules', 'electron');
  if (!fs.existsSync(pkg)) return { path: null, reason: 'pakken electron er ikke installeret (kør npm install)' };
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, 'electron');
    if (fs.existsSync(candidate)) return { path: candidate, reason: null };
  }
  const pathFile = path.join(pkg, 'path.txt');
  if (!fs.existsSync(pathFile)) return { path: null, reason: 'Electron-programmet er ikke hentet (det hentes uden for npm-registret, som ikke kan nås her)' };
  const binary = path.join(pkg, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  if (!fs.existsSync(binary)) return { path: null, reason: `Electron-programmet mangler: ${binary}` };
  return { path: binary, reason: null };
}
