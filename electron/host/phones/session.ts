import type { ChannelName } from '../../../shared/contract';
import { joinSchema, phoneMessageSchema, type Drawing, type PhoneMessage, type PhoneReply, type PhoneState, type PhoneSuggestion } from '../../../shared/contract/phones';
import type { House } from '../../../shared/domain/houses';
import type { MapColumn } from '../../../shared/domain/map';
import { fromBase64, KEY_LENGTH, meetingKey, open, randomBytes, seal, sealTo, boxKeyPair } from '../../../shared/domain/phoneCrypto';
import { JOIN_LIMIT, MAX_DEVICES, PHONE_REFUSALS, RATE_LIMIT } from '../../../shared/domain/phones';
import type { Result } from '../../../shared/errors';
import type { PhoneMeeting } from '../../services/phones';
import type { Answer } from './server';

export interface Device {
  id: string;
  number: number;
  key: Uint8Array;
  participantId: string | null;
  joinedAt: string;
  seq: number;
  recent: number[];
  sent: { id: string; column: MapColumn; text: string; status: 'waiting' | 'accepted' | 'rejected' }[];
  housesSent: { house: House; text: string; drawing: boolean }[];
}

export interface SessionDeps {
  meetingId: string;
  code: string;
  now(): Date;
  /** The meeting as a phone may know it; throws when the database is locked or closed. */
  meeting(): PhoneMeeting;
  call(channel: ChannelName, input: unknown): Promise<Result<unknown>>;
  changed(): void;
  /** The facilitator's Kreds is locked: phones wait (they are told so) and nothing they send is taken. */
  locked(): boolean;
}

type Refusal = { status: number; message: string; ended?: boolean };

/**
 * One meeting's phones: who joined, their keys, the open scaling question with the numbers given in private, and the
 * suggestions waiting for the facilitator. All of it lives in memory only and dies with the session (stop or the
 * meeting's end): every device key is then gone, so a sealed message from an old phone opens nowhere.
 */
export class PhoneSession {
  readonly key: Uint8Array;
  readonly devices = new Map<string, Device>();
  private readonly failedJoins = new Map<string, number[]>();
  private joined = 0;
  scaling: { questionId: string; answers: Map<string, { value: number; why: string }> } | null = null;
  revealed: { text: string; scores: { name: string; value: number }[] } | null = null;
  readonly suggestions: (PhoneSuggestion & { deviceId: string })[] = [];

  constructor(readonly deps: SessionDeps) {
    this.key = meetingKey(deps.code);
  }

  /** A join: sealed with the meeting key; the answer is boxed to the phone's one-time key and carries its device key. */
  join(body: unknown, from: string): Answer {
    const now = this.deps.now().getTime();
    // Only failed joins count: a room of phones behind one address still gets in, a guesser does not get far.
    const failed = (this.failedJoins.get(from) ?? []).filter((t) => now - t < JOIN_LIMIT.windowMs);
    if (failed.length >= JOIN_LIMIT.attempts) return { status: 429, body: { message: PHONE_REFUSALS.tooFast } };
    const parsed = joinSchema.safeParse(open(body as object, this.key));
    const publicKey = parsed.success ? fromBase64(parsed.data.publicKey) : null;
    if (!publicKey || publicKey.length !== 32) {
      this.failedJoins.set(from, [...failed, now]);
      return { status: 403, body: { message: PHONE_REFUSALS.wrongCode } };
    }
    if (this.devices.size >= MAX_DEVICES) return { status: 409, body: { message: PHONE_REFUSALS.full } };
    const device: Device = {
      id: crypto.randomUUID(),
      number: ++this.joined,
      key: randomBytes(KEY_LENGTH),
      participantId: null,
      joinedAt: this.deps.now().toISOString(),
      seq: 0,
      recent: [],
      sent: [],
      housesSent: [],
    };
    this.devices.set(device.id, device);
    this.deps.changed();
    return { status: 200, body: sealTo({ deviceId: device.id, key: Buffer.from(device.key).toString('base64') }, publicKey, boxKeyPair()) };
  }

  /** A device's message: opened with its own key, checked (order, rate, schema, who it is), then done. */
  async message(body: unknown): Promise<Answer> {
    const envelope = (body ?? {}) as { d?: unknown };
    const device = typeof envelope.d === 'string' ? this.devices.get(envelope.d) : undefined;
    if (!device) return { status: 401, body: { message: PHONE_REFUSALS.unknownDevice, ended: true } };
    const now = this.deps.now().getTime();
    device.recent = device.recent.filter((t) => now - t < RATE_LIMIT.windowMs);
    if (device.recent.length >= RATE_LIMIT.requests) return { status: 429, body: { message: PHONE_REFUSALS.tooFast } };
    device.recent.push(now);
    const parsed = phoneMessageSchema.safeParse(open(body as object, device.key));
    if (!parsed.success) return { status: 400, body: { message: PHONE_REFUSALS.broken } };
    if (parsed.data.seq <= device.seq) return { status: 409, body: { message: PHONE_REFUSALS.replay } };
    device.seq = parsed.data.seq;
    let refusal: Refusal | null;
    try {
      refusal = await this.act(device, parsed.data);
    } catch {
      refusal = { status: 503, message: PHONE_REFUSALS.locked };
    }
    const reply: PhoneReply = refusal ? { ok: false, message: refusal.message, ...(refusal.ended ? { ended: true } : {}) } : { ok: true, state: this.stateFor(device) };
    return { status: refusal?.status ?? 200, body: seal(reply, device.key) };
  }

  private async act(device: Device, message: PhoneMessage): Promise<Refusal | null> {
    if (this.deps.locked()) return { status: 423, message: PHONE_REFUSALS.locked };
    const meeting = this.deps.meeting();
    if (meeting.status !== 'running') return { status: 410, message: PHONE_REFUSALS.ended, ended: true };
    if (message.type === 'sync') return null;
    if (message.type === 'pick') {
      if (device.participantId) return { status: 409, message: 'Du har allerede valgt. Mødelederen kan ændre det.' };
      if (!meeting.base.people.some((p) => p.participantId === message.participantId)) return { status: 400, message: 'Vælg et navn fra listen' };
      if ([...this.devices.values()].some((d) => d.participantId === message.participantId)) return { status: 409, message: PHONE_REFUSALS.taken };
      device.participantId = message.participantId;
      this.deps.changed();
      return null;
    }
    if (!device.participantId) return { status: 403, message: PHONE_REFUSALS.notYou };
    if (message.type === 'score') {
      if (!this.scaling || this.scaling.questionId !== message.questionId) return { status: 409, message: PHONE_REFUSALS.noQuestion };
      this.scaling.answers.set(device.participantId, { value: message.value, why: message.why ?? '' });
      this.deps.changed();
      return null;
    }
    if (message.type === 'suggest') {
      const person = meeting.base.people.find((p) => p.participantId === device.participantId);
      const id = crypto.randomUUID();
      this.suggestions.push({ id, deviceId: device.id, column: message.column, text: message.text, participantId: device.participantId, name: person?.name ?? '', sentAt: this.deps.now().toISOString() });
      device.sent.push({ id, column: message.column, text: message.text, status: 'waiting' });
      this.deps.changed();
      return null;
    }
    return this.house(device, meeting, message.house, message.text, message.drawing);
  }

  /** De tre huse: only from the child's device; each item arrives hidden from the shared screen, as the console adds them. */
  private async house(device: Device, meeting: PhoneMeeting, house: House, text: string | undefined, drawing: Drawing | undefined): Promise<Refusal | null> {
    if (device.participantId !== meeting.childId) return { status: 403, message: PHONE_REFUSALS.notChild };
    if (!text && !drawing) return { status: 400, message: 'Skriv eller tegn noget først' };
    const result = await this.deps.call('map.addHouseItem', { meetingId: this.deps.meetingId, house, text: text || 'Tegning', shown: false, drawing });
    if (!result.ok) return { status: 400, message: result.error.message };
    device.housesSent.push({ house, text: text ?? '', drawing: !!drawing });
    return null;
  }

  stateFor(device: Device): PhoneState {
    const meeting = this.deps.meeting();
    const me = meeting.base.people.find((p) => p.participantId === device.participantId);
    const questionText = this.scaling ? meeting.questions.get(this.scaling.questionId) : undefined;
    const mine = me && this.scaling ? (this.scaling.answers.get(me.participantId) ?? null) : null;
    return {
      ...meeting.base,
      me: me ? { participantId: me.participantId, name: me.name, isChild: me.participantId === meeting.childId } : null,
      scaling: this.scaling && questionText ? { questionId: this.scaling.questionId, text: questionText, zero: meeting.zero, ten: meeting.ten, mine } : null,
      revealed: this.revealed,
      sent: device.sent.map(({ column, text, status }) => ({ column, text, status })),
      housesSent: device.housesSent,
    };
  }
}
