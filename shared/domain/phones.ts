import type { MapColumn, MapPart } from './map';

/**
 * Deltag fra telefon: the rules both ends share (the facilitator's host and the phone page). The meeting's secret is a
 * 16-character code (80 bits) shown on the shared screen as a QR code and as text; the message key is derived from it,
 * so a typed code and a scanned one are the same thing.
 */
export const MAX_DEVICES = 20;
/** The largest request body the phone server reads (a drawing is the biggest message). */
export const MAX_BODY_BYTES = 96 * 1024;
/** Requests per device in a sliding window (polling once a second plus typing leaves room; a flood does not). */
export const RATE_LIMIT = { requests: 40, windowMs: 10_000 } as const;
/** Join attempts per address in a sliding window (a wrong code is guessed at most this fast). */
export const JOIN_LIMIT = { attempts: 10, windowMs: 60_000 } as const;
/** How often a phone asks for news. */
export const PHONE_POLL_MS = 1_000;

export const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 16;

/** A fresh code from 16 random bytes (each byte picks one of 32 letters: 5 bits, 80 in all). */
export function codeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < CODE_LENGTH) throw new Error('for få tilfældige bytes');
  return Array.from(bytes.slice(0, CODE_LENGTH), (b) => CODE_ALPHABET[b % 32]).join('');
}

/** What a person typed, as the code: case, spaces and dashes do not matter (the alphabet has no 0/O or 1/I to mix up). */
export function normalizeCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== CODE_LENGTH) return null;
  return [...code].every((c) => CODE_ALPHABET.includes(c)) ? code : null;
}

/** The code in groups of four, as the shared screen shows it. */
export function groupCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/** Where a suggestion from a phone goes on the map when the facilitator accepts it without choosing a part. */
export const SUGGESTION_PART: Record<MapColumn, MapPart> = {
  worries: 'complicating_factors',
  working_well: 'strengths',
  next: 'next_steps',
};

/** The Danish refusals a phone can meet (the phone shows them as they are). */
export const PHONE_REFUSALS = {
  wrongCode: 'Koden passer ikke. Skan QR-koden på skærmen igen, eller skriv koden præcis, som den står.',
  full: 'Der er allerede 20 telefoner med i mødet. Spørg mødelederen.',
  tooFast: 'Du sender for hurtigt. Vent et øjeblik, og prøv igen.',
  tooBig: 'Beskeden er for stor. Gør teksten eller tegningen mindre.',
  unknownDevice: 'Telefonen er ikke med i mødet længere. Skan QR-koden igen, hvis du skal være med.',
  broken: 'Beskeden kunne ikke læses og blev ikke brugt.',
  replay: 'Beskeden er sendt før og blev ikke brugt igen.',
  notYou: 'Vælg først, hvem du er.',
  ended: 'Mødet er slut, eller mødelederen har slået telefonerne fra. Tak fordi du var med.',
  noQuestion: 'Der er ikke et spørgsmål at svare på lige nu.',
  notChild: 'De tre huse kan kun udfyldes fra barnets enhed.',
  taken: 'En anden telefon har allerede valgt det navn. Spørg mødelederen.',
  locked: 'Mødelederens computer er låst lige nu. Prøv igen om lidt.',
} as const;
