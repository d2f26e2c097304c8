// Makes sure the SQLite addon is built for the runtime that is about to load it.
// `node scripts/ensure-native.mjs node` before tests; `... electron` before npm start (where Electron exists).
import { execSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const marker = path.join(root, 'node_modules', '.kreds-native-target');
const target = process.argv[2] === 'electron' ? 'electron' : 'node';

function loadsInNode() {
  const probe = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3-multiple-ciphers'))(':memory:').close()"], { cwd: root, encoding: 'utf8' });
  return probe.status === 0;
}

const current = fs.existsSync(marker) ? fs.readFileSync(marker, 'utf8').trim() : 'node';
if (target === 'node') {
  if (current !== 'node' || !loadsInNode()) {
    console.log('Kreds: bygger SQLite-modulet om til Node …');
    execSync('npm rebuild better-sqlite3-multiple-ciphers', { cwd: root, stdio: 'inherit' });
    fs.writeFileSync(marker, 'node');
  }
} else if (current !== 'electron') {
  console.log('Kreds: bygger SQLite-modulet om til Electron …');
  execSync('npx electron-builder install-app-deps', { cwd: root, stdio: 'inherit' });
  fs.writeFileSync(marker, 'electron');
}
