import nacl from 'tweetnacl';

/**
 * Every message between a phone and the facilitator's machine is sealed with NaCl secretbox (XSalsa20-Poly1305,
 * tweetnacl): nothing hand-made but the base64 and the JSON around it. The join message is sealed with the meeting
 * key (from the code); the answer to it is a box to the phone's one-time public key, so the device's own key is never
 * readable by another phone that knows the meeting code. Every later message is sealed with that device key.
 */
export interface Sealed {
  n: string;
  c: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text);
}

export function fromBase64(text: string): Uint8Array | null {
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** The meeting key: the first 32 bytes of SHA-512 over the code (80 random bits; see docs/threat-model.md). */
export function meetingKey(code: string): Uint8Array {
  return nacl.hash(encoder.encode(`kreds-telefon:${code}`)).slice(0, nacl.secretbox.keyLength);
}

export function seal(value: unknown, key: Uint8Array): Sealed {
  const nonce = nacl.randomBytes(nacl.secretbox.nonceLength);
  return { n: toBase64(nonce), c: toBase64(nacl.secretbox(encoder.encode(JSON.stringify(value)), nonce, key)) };
}

/** The JSON inside, or null when the message was not sealed with this key or was changed on the way. */
export function open(sealed: Partial<Sealed>, key: Uint8Array): unknown {
  if (typeof sealed.n !== 'string' || typeof sealed.c !== 'string') return null;
  const nonce = fromBase64(sealed.n);
  const box = fromBase64(sealed.c);
  if (!nonce || !box || nonce.length !== nacl.secretbox.nonceLength) return null;
  const plain = nacl.secretbox.open(box, nonce, key);
  if (!plain) return null;
  try {
    return JSON.parse(decoder.decode(plain)) as unknown;
  } catch {
    return null;
  }
}

/** A box to a phone's one-time public key from the host's one-time key pair. */
export function sealTo(value: unknown, theirPublicKey: Uint8Array, mine: nacl.BoxKeyPair): Sealed & { p: string } {
  const nonce = nacl.randomBytes(nacl.box.nonceLength);
  return { n: toBase64(nonce), c: toBase64(nacl.box(encoder.encode(JSON.stringify(value)), nonce, theirPublicKey, mine.secretKey)), p: toBase64(mine.publicKey) };
}

export function openFrom(sealed: Partial<Sealed & { p: string }>, mine: nacl.BoxKeyPair): unknown {
  const nonce = fromBase64(sealed.n ?? '');
  const box = fromBase64(sealed.c ?? '');
  const theirs = fromBase64(sealed.p ?? '');
  if (!nonce || !box || !theirs || theirs.length !== nacl.box.publicKeyLength || nonce.length !== nacl.box.nonceLength) return null;
  const plain = nacl.box.open(box, nonce, theirs, mine.secretKey);
  return plain ? (JSON.parse(decoder.decode(plain)) as unknown) : null;
}

export const randomBytes = (n: number): Uint8Array => nacl.randomBytes(n);
export const boxKeyPair = (): nacl.BoxKeyPair => nacl.box.keyPair();
export const KEY_LENGTH = nacl.secretbox.keyLength;
