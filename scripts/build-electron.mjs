// Bundles the Node side (Electron main, preload, browser host) with esbuild. The native addons (SQLite, keyring) and electron stay external.
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
]);
