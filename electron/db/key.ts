import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** How a host protects the key file: Electron's safeStorage, or nothing (browser host, with a warning). */
export interface KeyProtector {
  fileName: string;
  protect(key: string): Buffer;
  unprotect(data: Buffer): string;
}

export const plainKeyFile: KeyProtector = {
  fileName: 'db.key',
  protect: (key) => Buffer.from(key, 'utf8'),
  unprotect: (data) => data.toString('utf8').trim(),
};

export function generateKey(): string {
  return crypto.randomBytes(32).toString('hex');
}

/** Reads the key file, or creates one with a fresh random 256-bit key (mode 0600). */
export function loadOrCreateKey(dataDir: string, protector: KeyProtector): { key: string; created: boolean } {
  const file = path.join(dataDir, protector.fileName);
  if (fs.existsSync(file)) return { key: protector.unprotect(fs.readFileSync(file)), created: false };
  const key = generateKey();
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  fs.writeFileSync(file, protector.protect(key), { mode: 0o600, flag: 'wx' });
  return { key, created: true };
}
