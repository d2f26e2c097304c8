import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DB_FILE_NAME } from './connection';
import type { Keyring } from './keyring';

/**
 * Where the database key lives, and what happens when it cannot be had. Never a stand-in key: when the real key
 * cannot be loaded the host opens and creates nothing, and says why in Danish.
 */

/** How a key file is protected: Electron's safeStorage, or nothing (a plain file, only by the user's explicit choice). */
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

/** The marker of the explicit choice to keep the key in a file where no keyring exists. */
export const KEY_CHOICE_FILE = 'key-storage.json';

export type KeyResult = { kind: 'key'; key: string; where: string; notice?: string } | { kind: 'unavailable'; message: string };
/** choice: no keyring here, so the user must choose, explicitly, to keep the key in a file (accept), or stop. */
export type KeyOutcome = KeyResult | { kind: 'choice'; message: string; accept(): KeyResult };

export interface KeySources {
  dataDir: string;
  /** A protection the OS really provides (Electron safeStorage on Keychain, DPAPI, libsecret or kwallet). */
  protectedFile?: KeyProtector;
  /** The OS keyring through @napi-rs/keyring; null where none is usable. */
  keyring: Keyring | null;
  /** Files that may hold the key from before (db.key; db.key.enc under Linux's basic_text), newest format first. */
  keyFiles: KeyProtector[];
}

export function generateKey(): string {
  return crypto.randomBytes(32).toString('hex');
}

const NOTHING_CHANGED = 'Kreds har ikke oprettet eller ændret noget.';

export function resolveKey(sources: KeySources): KeyOutcome {
  const { dataDir } = sources;
  const dbExists = fs.existsSync(path.join(dataDir, DB_FILE_NAME));
  const existingFile = sources.keyFiles.find((p) => fs.existsSync(path.join(dataDir, p.fileName)));
  if (sources.protectedFile) return fromProtectedFile(dataDir, sources.protectedFile, dbExists);
  if (sources.keyring) return fromKeyring(dataDir, sources.keyring, existingFile, dbExists);

  const where = path.join(dataDir, (existingFile ?? plainKeyFile).fileName);
  const chosen = fs.existsSync(path.join(dataDir, KEY_CHOICE_FILE));
  const fromFile = existingFile && readKeyFile(dataDir, existingFile, 'en fil, du selv har valgt (ingen nøglering)');
  if (fromFile && (chosen || fromFile.kind === 'unavailable')) return fromFile;
  if (!existingFile && dbExists) return missingKey(dataDir);
  return {
    kind: 'choice',
    message:
      `Denne computer har ingen nøglering (fx GNOME-nøgleringen eller KWallet), som kan beskytte databasens nøgle. ` +
      `Hvis du fortsætter, ligger nøglen ubeskyttet i filen ${where}. Så kan alle, der får en kopi af mappen ` +
      `(også en kopi af hele mappen med sikkerhedskopierne), læse sagerne. Fortsæt kun, hvis computerens disk er krypteret ` +
      `(BitLocker, FileVault eller LUKS), eller installer en nøglering og start Kreds igen.`,
    accept: () => {
      fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
      const outcome = fromFile ?? createKeyFile(dataDir, plainKeyFile);
      if (outcome.kind === 'key') fs.writeFileSync(path.join(dataDir, KEY_CHOICE_FILE), JSON.stringify({ storage: 'file', chosenAt: new Date().toISOString() }), { mode: 0o600 });
      return outcome;
    },
  };
}

function fromProtectedFile(dataDir: string, protector: KeyProtector, dbExists: boolean): KeyResult {
  const file = path.join(dataDir, protector.fileName);
  if (fs.existsSync(file)) return readKeyFile(dataDir, protector, 'styresystemets beskyttede lager');
  if (dbExists) return missingKey(dataDir);
  return createKeyFile(dataDir, protector);
}

/** The keyring holds the key; a key file from before is moved into it (read back first) and removed. */
function fromKeyring(dataDir: string, keyring: Keyring, existingFile: KeyProtector | undefined, dbExists: boolean): KeyResult {
  try {
    return fromKeyringOrThrow(dataDir, keyring, existingFile, dbExists);
  } catch {
    return { kind: 'unavailable', message: `Nøgleringen svarede ikke (er den låst?). Lås den op, og start Kreds igen. ${NOTHING_CHANGED}` };
  }
}

function fromKeyringOrThrow(dataDir: string, keyring: Keyring, existingFile: KeyProtector | undefined, dbExists: boolean): KeyResult {
  const where = 'styresystemets nøglering';
  const stored = keyring.get(dataDir);
  if (stored !== null) return isKey(stored) ? { kind: 'key', key: stored, where } : unreadable(`nøglen i nøgleringen`);
  if (existingFile) {
    const fromFile = readKeyFile(dataDir, existingFile, where);
    if (fromFile.kind !== 'key') return fromFile;
    keyring.set(dataDir, fromFile.key);
    if (keyring.get(dataDir) !== fromFile.key) return { kind: 'unavailable', message: `Nøglen kunne ikke flyttes til nøgleringen. ${NOTHING_CHANGED}` };
    fs.rmSync(path.join(dataDir, existingFile.fileName));
    fs.rmSync(path.join(dataDir, KEY_CHOICE_FILE), { force: true });
    return { ...fromFile, notice: `Databasens nøgle er flyttet fra ${existingFile.fileName} til styresystemets nøglering. Ældre kopier af datamappen indeholder stadig nøglefilen.` };
  }
  if (dbExists) return missingKey(dataDir);
  const key = generateKey();
  keyring.set(dataDir, key);
  return keyring.get(dataDir) === key ? { kind: 'key', key, where } : { kind: 'unavailable', message: `Nøglen kunne ikke gemmes i nøgleringen. ${NOTHING_CHANGED}` };
}

function readKeyFile(dataDir: string, protector: KeyProtector, where: string): KeyResult {
  try {
    const key = protector.unprotect(fs.readFileSync(path.join(dataDir, protector.fileName)));
    return isKey(key) ? { kind: 'key', key, where } : unreadable(path.join(dataDir, protector.fileName));
  } catch {
    return unreadable(path.join(dataDir, protector.fileName));
  }
}

function createKeyFile(dataDir: string, protector: KeyProtector): KeyResult {
  const key = generateKey();
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  fs.writeFileSync(path.join(dataDir, protector.fileName), protector.protect(key), { mode: 0o600, flag: 'wx' });
  return { kind: 'key', key, where: protector === plainKeyFile ? 'en fil, du selv har valgt' : 'styresystemets beskyttede lager' };
}

/** Keys Kreds makes are 256 bits as 64 hex characters; anything else in a key file is damage, not a key. */
const isKey = (text: string) => /^[0-9a-f]{64}$/i.test(text);

function unreadable(what: string): KeyResult {
  return { kind: 'unavailable', message: `Databasens nøgle kan ikke læses (${what}). Kreds åbner ikke databasen uden den rigtige nøgle. ${NOTHING_CHANGED}` };
}

function missingKey(dataDir: string): KeyResult {
  return {
    kind: 'unavailable',
    message: `Databasen i ${dataDir} findes, men dens nøgle findes hverken i nøgleringen eller i en nøglefil. Kreds laver ikke en ny database ved siden af. Find nøglefilen frem igen, eller sæt KREDS_DB_KEY. ${NOTHING_CHANGED}`,
  };
}
