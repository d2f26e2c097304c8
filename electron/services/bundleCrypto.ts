import crypto from 'node:crypto';
import { promisify } from 'node:util';
import { gunzip, gzipSync } from 'node:zlib';
import { BUNDLE_SCHEMA_VERSION, MAX_BUNDLE_BYTES, MIN_PASSPHRASE_LENGTH } from '../../shared/domain/bundle';
import { KredsError } from '../../shared/errors';

/**
 * The case bundle file: a small JSON envelope with a readable header (what it is, which format version, how the key
 * is derived) and the payload gzipped and encrypted with AES-256-GCM under a key derived from the user's passphrase
 * with scrypt. The header is authenticated as associated data, so changing the version or the KDF fails too.
 * A check value derived from the same passphrase tells "wrong passphrase" from "the file was changed".
 */
export const ENVELOPE_KIND = 'kreds-case-bundle';
export const ENVELOPE_VERSION = 1;

/**
 * The only key-derivation settings Kreds writes, and so the only ones it reads: a hostile file cannot choose settings
 * that block the host for seconds per attempt or exceed scrypt's memory limit.
 */
const SCRYPT = { N: 2 ** 15, r: 8, p: 1 };
const SCRYPT_MAXMEM = 64 * 1024 * 1024;
/**
 * The unpacked payload may be at most this big: the largest case of the municipal-scale bench data set is far below it,
 * and a 500 kB file that unpacks to hundreds of MB (a zip bomb) stops here instead of filling the host's memory.
 */
export const MAX_UNPACKED_BYTES = 32 * 1024 * 1024;
const CHECK_LABEL = 'kreds-bundle-passphrase-check';
const scrypt = promisify(crypto.scrypt) as (secret: string, salt: Buffer, keylen: number, options: crypto.ScryptOptions) => Promise<Buffer>;
const gunzipAsync = promisify(gunzip) as (data: Buffer, options: { maxOutputLength: number }) => Promise<Buffer>;

interface Header {
  kind: string;
  version: number;
  schemaVersion: number;
  kdf: { name: 'scrypt'; N: number; r: number; p: number; salt: string };
  cipher: { name: 'aes-256-gcm'; iv: string };
  check: string;
}

interface Envelope extends Header {
  tag: string;
  data: string;
}

const NOTHING_IMPORTED = 'Intet er importeret.';
export const MESSAGES = {
  tooLarge: `Filen er større end 50 MB og kan ikke være en Kreds-sagspakke. ${NOTHING_IMPORTED}`,
  notBundle: `Filen er ikke en Kreds-sagspakke, eller den er afkortet eller beskadiget. ${NOTHING_IMPORTED}`,
  newer: (v: number) => `Sagspakken er lavet med en nyere version af Kreds (format ${v}; denne version læser op til ${BUNDLE_SCHEMA_VERSION}). Opdater Kreds, og prøv igen. ${NOTHING_IMPORTED}`,
  wrongPassphrase: `Adgangskoden passer ikke til sagspakken. Prøv igen – store og små bogstaver tæller. ${NOTHING_IMPORTED}`,
  tampered: `Sagspakken er blevet ændret eller beskadiget efter eksporten og kan ikke åbnes sikkert. ${NOTHING_IMPORTED}`,
  shortPassphrase: `Adgangskoden skal være mindst ${MIN_PASSPHRASE_LENGTH} tegn`,
  unknownKdf: `Sagspakken bruger andre indstillinger for adgangskoden, end Kreds skriver, og åbnes ikke. ${NOTHING_IMPORTED}`,
  tooLargeUnpacked: `Sagspakken fylder udpakket mere end ${MAX_UNPACKED_BYTES / 1024 / 1024} MB og kan ikke være en Kreds-sagspakke. ${NOTHING_IMPORTED}`,
};

function keysFrom(material: Buffer): { key: Buffer; check: string } {
  const check = crypto.createHmac('sha256', material.subarray(32)).update(CHECK_LABEL).digest('base64');
  return { key: material.subarray(0, 32), check };
}

function aad(header: Header): Buffer {
  const { kind, version, schemaVersion, kdf, cipher, check } = header;
  return Buffer.from(JSON.stringify({ kind, version, schemaVersion, kdf, cipher, check }));
}

export function checkPassphrase(passphrase: string): void {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) throw new KredsError('invalid_input', MESSAGES.shortPassphrase, { passphrase: MESSAGES.shortPassphrase });
}

export function encryptBundle(payload: unknown, passphrase: string): string {
  checkPassphrase(passphrase);
  const salt = crypto.randomBytes(16);
  const iv = crypto.randomBytes(12);
  const { key, check } = keysFrom(crypto.scryptSync(passphrase.normalize('NFC'), salt, 64, { ...SCRYPT, maxmem: SCRYPT_MAXMEM }));
  const header: Header = {
    kind: ENVELOPE_KIND,
    version: ENVELOPE_VERSION,
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    kdf: { name: 'scrypt', ...SCRYPT, salt: salt.toString('base64') },
    cipher: { name: 'aes-256-gcm', iv: iv.toString('base64') },
    check,
  };
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad(header));
  const data = Buffer.concat([cipher.update(gzipSync(Buffer.from(JSON.stringify(payload)))), cipher.final()]);
  const envelope: Envelope = { ...header, tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
  return JSON.stringify(envelope);
}

function readEnvelope(file: string): Envelope {
  if (Buffer.byteLength(file) > MAX_BUNDLE_BYTES) throw new KredsError('invalid_input', MESSAGES.tooLarge);
  let value: Partial<Envelope>;
  try {
    value = JSON.parse(file) as Partial<Envelope>;
  } catch {
    throw new KredsError('invalid_input', MESSAGES.notBundle);
  }
  if (value?.kind !== ENVELOPE_KIND || typeof value.schemaVersion !== 'number') throw new KredsError('invalid_input', MESSAGES.notBundle);
  if (value.schemaVersion > BUNDLE_SCHEMA_VERSION || (value.version ?? 0) > ENVELOPE_VERSION) {
    throw new KredsError('invalid_input', MESSAGES.newer(value.schemaVersion));
  }
  const kdf = value.kdf;
  const wellFormed =
    kdf?.name === 'scrypt' && typeof kdf.salt === 'string' && value.cipher?.name === 'aes-256-gcm' && typeof value.cipher.iv === 'string' &&
    typeof value.check === 'string' && typeof value.tag === 'string' && typeof value.data === 'string';
  if (!wellFormed) throw new KredsError('invalid_input', MESSAGES.notBundle);
  if (kdf.N !== SCRYPT.N || kdf.r !== SCRYPT.r || kdf.p !== SCRYPT.p) throw new KredsError('invalid_input', MESSAGES.unknownKdf);
  return value as Envelope;
}

/**
 * Decrypts and unpacks a bundle file; every failure is a Danish message and nothing else happens. The slow parts run
 * on Node's thread pool, not the host's main thread: the key derivation (about 100 ms) and the unpacking, which stops
 * at MAX_UNPACKED_BYTES.
 */
export async function openBundle(file: string, passphrase: string): Promise<unknown> {
  const envelope = readEnvelope(file);
  const material = await scrypt(passphrase.normalize('NFC'), Buffer.from(envelope.kdf.salt, 'base64'), 64, { ...SCRYPT, maxmem: SCRYPT_MAXMEM });
  const { key, check } = keysFrom(material);
  const expected = Buffer.from(envelope.check, 'base64');
  const actual = Buffer.from(check, 'base64');
  if (expected.length !== actual.length || !crypto.timingSafeEqual(expected, actual)) throw new KredsError('invalid_input', MESSAGES.wrongPassphrase);
  let packed: Buffer;
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(envelope.cipher.iv, 'base64'));
    decipher.setAAD(aad(envelope));
    decipher.setAuthTag(Buffer.from(envelope.tag, 'base64'));
    packed = Buffer.concat([decipher.update(Buffer.from(envelope.data, 'base64')), decipher.final()]);
  } catch {
    throw new KredsError('invalid_input', MESSAGES.tampered);
  }
  let plain: Buffer;
  try {
    plain = await gunzipAsync(packed, { maxOutputLength: MAX_UNPACKED_BYTES });
  } catch (error) {
    const tooLarge = (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError;
    throw new KredsError('invalid_input', tooLarge ? MESSAGES.tooLargeUnpacked : MESSAGES.tampered);
  }
  try {
    return JSON.parse(plain.toString('utf8'));
  } catch {
    throw new KredsError('invalid_input', MESSAGES.tampered);
  }
}
