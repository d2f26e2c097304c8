// A phone in a script: joins a meeting's phone server and speaks its sealed protocol exactly as the phone page does
// (shared/domain/phoneCrypto.ts). Used by the phone tests and the bench; every reply it opens is kept in `seen`, so a
// test can check that nothing fortroligt ever reached a phone.

import type { PhoneMessage, PhoneReply } from '../shared/contract/phones';
import { boxKeyPair, fromBase64, meetingKey, open, openFrom, seal, toBase64 } from '../shared/domain/phoneCrypto';

type Body = Record<string, unknown>;
type Message = PhoneMessage extends infer T ? (T extends unknown ? Omit<T, 'seq'> : never) : never;

export async function post(url: string, body: unknown): Promise<{ status: number; body: Body }> {
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json().catch(() => ({}))) as Body };
}

export class ScriptPhone {
  seq = 0;
  /** Every reply this phone could read, as JSON text. */
  readonly seen: string[] = [];

  private constructor(
    readonly base: string,
    readonly deviceId: string,
    readonly key: Uint8Array,
  ) {}

  /** Joins with the code; throws with the host's Danish refusal. */
  static async join(base: string, code: string, tablet = false): Promise<ScriptPhone> {
    const mine = boxKeyPair();
    const answer = await post(`${base}join`, seal({ type: 'join', publicKey: toBase64(mine.publicKey), tablet }, meetingKey(code)));
    if (answer.status !== 200) throw new Error(`${answer.status}: ${String(answer.body.message)}`);
    const opened = openFrom(answer.body, mine) as { deviceId: string; key: string };
    return new ScriptPhone(base, opened.deviceId, fromBase64(opened.key)!);
  }

  /** Sends a message sealed with the device key; the reply opened (or the plain refusal). */
  async send(message: Message, seq = ++this.seq): Promise<{ status: number; reply: PhoneReply | null; refusal: string | null }> {
    const answer = await post(`${this.base}msg`, { d: this.deviceId, ...seal({ ...message, seq }, this.key) });
    const reply = answer.body.n ? (open(answer.body, this.key) as PhoneReply | null) : null;
    if (reply) this.seen.push(JSON.stringify(reply));
    return { status: answer.status, reply, refusal: reply ? null : String(answer.body.message ?? '') };
  }

  /** The state after a message that must succeed. */
  async must(message: Message) {
    const { status, reply, refusal } = await this.send(message);
    if (!reply?.ok) throw new Error(`${status}: ${reply && !reply.ok ? reply.message : refusal}`);
    return reply.state;
  }
}
