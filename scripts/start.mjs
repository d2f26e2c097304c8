// npm start: Electron where its binary exists; otherwise one clear line and the browser host in app mode.
import { spawn, execSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-binary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const extra = process.argv.slice(2);
const electron = electronBinary();

execSync('npm run build --silent', { cwd: root, stdio: 'inherit' });
if (electron.path) {
  execSync('node scripts/ensure-native.mjs electron', { cwd: root, stdio: 'inherit' });
  const child = spawn(electron.path, ['.', ...extra], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(`Kreds: Electron kan ikke startes her (${electron.reason}); starter browser-værten i stedet.`);
  execSync('node scripts/ensure-native.mjs node', { cwd: root, stdio: 'inherit' });
  const child = spawn(process.execPath, ['dist-electron/host-browser.cjs', '--open', ...extra], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
