import { z } from 'zod';
import { HOUSES, type House } from '../domain/houses';
import { MAP_COLUMNS, MAP_PARTS, type MapColumn } from '../domain/map';
import { SCALE_MAX, SCALE_MIN } from '../domain/scaling';
import { channel } from './define';

const id = z.string().uuid();
const meetingInput = z.object({ meetingId: id }).strict();

/** A phone or tablet in the meeting, as the facilitator's console sees it. */
export interface PhoneDevice {
  id: string;
  /** "Telefon 3": a number in the order devices joined. */
  label: string;
  participantId: string | null;
  name: string | null;
  joinedAt: string;
}

export interface PhoneSuggestion {
  id: string;
  column: MapColumn;
  text: string;
  participantId: string;
  name: string;
  sentAt: string;
}

/** The console's view of "Deltag fra telefon" for one meeting. Never a phone's unrevealed number. */
export interface PhoneStatus {
  meetingId: string;
  on: boolean;
  /** Why it cannot be turned on (the municipality forbids it, the meeting is not running), or null. */
  blocked: string | null;
  /** The address and code the shared screen shows (null while off). */
  join: { url: string; code: string } | null;
  /** The shared screen shows the QR code and the code (the facilitator hides it once everyone is in). */
  showJoin: boolean;
  devices: PhoneDevice[];
  scaling: { questionId: string; answered: string[] } | null;
  suggestions: PhoneSuggestion[];
}

export const phonesContract = {
  'phones.status': channel<PhoneStatus>()(meetingInput),
  'phones.start': channel<PhoneStatus>()(meetingInput),
  'phones.stop': channel<PhoneStatus>()(meetingInput),
  'phones.removeDevice': channel<PhoneStatus>()(z.object({ meetingId: id, deviceId: id }).strict()),
  'phones.assign': channel<PhoneStatus>()(z.object({ meetingId: id, deviceId: id, participantId: id.nullable() }).strict()),
  /** Opens a scaling question on the phones (null closes it without revealing). */
  'phones.openScaling': channel<PhoneStatus>()(z.object({ meetingId: id, questionId: id.nullable() }).strict()),
  /** Every phone's number goes into the meeting's scores at once (and so onto the shared screen). */
  'phones.reveal': channel<PhoneStatus>()(meetingInput),
  'phones.showJoin': channel<PhoneStatus>()(z.object({ meetingId: id, show: z.boolean() }).strict()),
  /** The shared screen's only phone channel: the address and code while shown, nothing else (no names, no inbox). */
  'phones.sharedJoin': channel<{ url: string; code: string } | null>()(meetingInput),
  'phones.decide': channel<PhoneStatus>()(
    z.object({ meetingId: id, suggestionId: id, accept: z.boolean(), part: z.enum(MAP_PARTS).optional() }).strict(),
  ),
};

/* ---- What the phone sends, inside the sealed envelope (validated on the host before anything is done). ---- */

const phoneText = (max: number) => z.string().trim().min(1, 'Skriv noget først').max(max, `Højst ${max} tegn`);

/** A drawing: strokes of points on a 1000×1000 canvas, at most 4000 points in all. */
export const drawingSchema = z
  .array(z.array(z.tuple([z.number().int().min(0).max(1000), z.number().int().min(0).max(1000)])).min(1).max(2000))
  .min(1)
  .max(300)
  .refine((strokes) => strokes.reduce((n, s) => n + s.length, 0) <= 4000, 'Tegningen er for stor');
export type Drawing = z.infer<typeof drawingSchema>;

const seq = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

export const phoneMessageSchema = z.discriminatedUnion('type', [
  z.object({ seq, type: z.literal('sync') }).strict(),
  z.object({ seq, type: z.literal('pick'), participantId: id }).strict(),
  z.object({ seq, type: z.literal('score'), questionId: id, value: z.number().int().min(SCALE_MIN).max(SCALE_MAX), why: z.string().trim().max(200).optional() }).strict(),
  z.object({ seq, type: z.literal('suggest'), column: z.enum(MAP_COLUMNS), text: phoneText(500) }).strict(),
  z.object({ seq, type: z.literal('house'), house: z.enum(HOUSES), text: phoneText(300).optional(), drawing: drawingSchema.optional() }).strict(),
]);
export type PhoneMessage = z.infer<typeof phoneMessageSchema>;

export const joinSchema = z.object({ type: z.literal('join'), publicKey: z.string().length(44), tablet: z.boolean() }).strict();

/** What a phone is told: the family-facing words, its own input, and what has been revealed. Nothing else. */
export interface PhoneState {
  title: string;
  childName: string;
  /** The meeting's people as the family names them, the child first. */
  people: { participantId: string; name: string; role: string }[];
  me: { participantId: string; name: string; isChild: boolean } | null;
  columns: Record<MapColumn, string>;
  houses: Record<House, string>;
  scaling: { questionId: string; text: string; zero: string; ten: string; mine: { value: number; why: string } | null } | null;
  /** The last revealed question (after the facilitator showed them all). */
  revealed: { text: string; scores: { name: string; value: number }[] } | null;
  sent: { column: MapColumn; text: string; status: 'waiting' | 'accepted' | 'rejected' }[];
  housesSent: { house: House; text: string; drawing: boolean }[];
}

export type PhoneReply = { ok: true; state: PhoneState } | { ok: false; message: string; ended?: boolean };
