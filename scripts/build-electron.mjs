// Bundles the Node side (Electron main, preload, browser host) with esbuild. The native addons (SQLite, keyring) and electron stay external.
import fs from 'node:fs';
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: false,
  external: ['electron', 'better-sqlite3-multiple-ciphers', '@napi-rs/keyring'],
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist-electron/main.cjs' }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist-electron/preload.cjs' }),
  build({ ...common, entryPoints: ['electron/host-browser.ts'], outfile: 'dist-electron/host-browser.cjs' }),
  // Integrity check and daily backup off the main thread (electron/db/dbWorker.ts).
  build({ ...common, entryPoints: ['electron/db/dbWorker.ts'], outfile: 'dist-electron/dbWorker.cjs' }),
  // The phone page (Deltag fra telefon): its own small bundle, served only by the per-meeting phone server.
  build({ bundle: true, platform: 'browser', format: 'iife', target: ['safari15', 'chrome100'], minify: true, entryPoints: ['renderer/phone/phone.ts'], outfile: 'dist/phone/phone.js', logLevel: 'warning' }),
]);
for (const file of ['phone.html', 'phone.css']) fs.copyFileSync(`renderer/phone/${file}`, `dist/phone/${file}`);
