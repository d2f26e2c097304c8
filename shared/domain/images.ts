/**
 * Images inside Kreds (Barnets bog's drawings and photos of paper drawings): PNG or JPEG, at most 10 MB, told apart
 * by their first bytes rather than by a file name or a type the sender claims, and measured from their own header.
 * Pure: the host runs it on the bytes before anything is stored.
 */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** Base64 is 4/3 of the bytes: room for twice the limit, so an image just over it gets the clear message below. */
export const MAX_IMAGE_BASE64 = Math.ceil((MAX_IMAGE_BYTES * 2) / 3) * 4;
export const MAX_IMAGE_SIDE = 12_000;

export type ImageMime = 'image/png' | 'image/jpeg';
export interface ImageFacts {
  mime: ImageMime;
  width: number;
  height: number;
}

/** The messages a picture can get, the same from the window (before sending) and from the host. */
export const IMAGE_MESSAGES = {
  empty: 'Billedet er tomt.',
  damaged: 'Billedet er beskadiget og kan ikke læses.',
  unreadable: 'Billedet kunne ikke læses. Vælg billedet igen.',
  notImage: 'Filen er ikke et billede, Kreds kan bruge. Vælg et foto eller en tegning i PNG eller JPEG.',
  heic: 'Billedet er i HEIC-format, som Kreds ikke kan vise. Gem det som JPEG eller PNG (på iPhone: Indstillinger › Kamera › Formater › Mest kompatibel).',
} as const;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Uint8Array, prefix: number[], at = 0): boolean {
  return prefix.every((b, i) => bytes[at + i] === b);
}

const u16 = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const u32 = (b: Uint8Array, at: number) => ((b[at]! << 24) >>> 0) + ((b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!);

const chunkType = (b: Uint8Array, at: number) => String.fromCharCode(...b.subarray(at, at + 4));

/** The size from the first chunk (IHDR), once every chunk has been walked to IEND within the file (a cut or garbled file fails). */
function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24 || chunkType(bytes, 12) !== 'IHDR') return null;
  let at = 8;
  for (;;) {
    if (at + 12 > bytes.length) return null;
    const end = at + 12 + u32(bytes, at);
    if (end > bytes.length) return null;
    if (chunkType(bytes, at + 4) === 'IEND') break;
    at = end;
  }
  return { width: u32(bytes, 16), height: u32(bytes, 20) };
}

function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at++;
      continue;
    }
    // Start-of-frame markers (C0–CF except DHT C4, JPG C8, DAC CC) carry the size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: u16(bytes, at + 5), width: u16(bytes, at + 7) };
    }
    if (marker === 0xd9 || marker === 0xda) return null;
    at += 2 + u16(bytes, at + 2);
  }
  return null;
}

function looksLikeHeic(bytes: Uint8Array): boolean {
  const brand = String.fromCharCode(...bytes.subarray(4, 12));
  return /^ftyp(heic|heix|hevc|mif1|msf1)/.test(brand);
}

/** The image's type and size, or a Danish message saying why it cannot be used. */
export function readImage(bytes: Uint8Array): ImageFacts | { error: string } {
  if (bytes.length === 0) return { error: IMAGE_MESSAGES.empty };
  if (bytes.length > MAX_IMAGE_BYTES) {
    const size = (Math.ceil((bytes.length / 1024 / 1024) * 10) / 10).toLocaleString('da-DK', { minimumFractionDigits: 1 });
    return { error: `Billedet er for stort (${size} MB). Det må højst fylde 10 MB: vælg et mindre billede, eller skær det til.` };
  }
  let facts: ImageFacts | null = null;
  if (startsWith(bytes, PNG_SIGNATURE)) {
    const size = pngSize(bytes);
    facts = size && { mime: 'image/png', ...size };
  } else if (startsWith(bytes, [0xff, 0xd8, 0xff])) {
    const size = jpegSize(bytes);
    facts = size && { mime: 'image/jpeg', ...size };
  } else if (looksLikeHeic(bytes)) {
    return { error: IMAGE_MESSAGES.heic };
  } else {
    return { error: IMAGE_MESSAGES.notImage };
  }
  if (!facts || facts.width < 1 || facts.height < 1) return { error: IMAGE_MESSAGES.damaged };
  if (facts.width > MAX_IMAGE_SIDE || facts.height > MAX_IMAGE_SIDE) return { error: `Billedet er for stort (højst ${MAX_IMAGE_SIDE} punkter på hver led).` };
  return facts;
}
