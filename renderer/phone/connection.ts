import type { PhoneMessage, PhoneReply } from '../../shared/contract/phones';
import { boxKeyPair, fromBase64, meetingKey, open, openFrom, seal, toBase64 } from '../../shared/domain/phoneCrypto';

/**
 * The phone's side of the sealed channel: join with the meeting code, then every message sealed with the device key.
 * The device key lives in this tab's sessionStorage only (gone when the tab closes; worthless once the meeting ends).
 */
interface Stored {
  deviceId: string;
  key: string;
  seq: number;
}

const STORE = 'kreds-telefon';

export type Outcome = { kind: 'reply'; reply: PhoneReply } | { kind: 'refused'; message: string; ended: boolean };

export class Connection {
  private constructor(private stored: Stored) {}

  static resume(): Connection | null {
    try {
      const stored = JSON.parse(sessionStorage.getItem(STORE) ?? 'null') as Stored | null;
      return stored?.deviceId && stored.key ? new Connection(stored) : null;
    } catch {
      return null;
    }
  }

  static forget(): void {
    sessionStorage.removeItem(STORE);
  }

  /** Joins the meeting; a refusal is a Danish sentence from the host. */
  static async join(code: string, tablet: boolean): Promise<Connection | string> {
    const mine = boxKeyPair();
    let response: Response;
    try {
      response = await fetch('/join', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(seal({ type: 'join', publicKey: toBase64(mine.publicKey), tablet }, meetingKey(code))) });
    } catch {
      return 'Telefonen kan ikke nå mødelederens computer. Er du på samme netværk?';
    }
    const body = (await response.json().catch(() => ({}))) as { message?: string; n?: string; c?: string; p?: string };
    if (!response.ok) return body.message ?? 'Du kunne ikke komme med i mødet.';
    const opened = openFrom(body, mine) as { deviceId?: string; key?: string } | null;
    if (!opened?.deviceId || !opened.key || !fromBase64(opened.key)) return 'Svaret fra mødet kunne ikke læses. Skan QR-koden igen.';
    const stored = { deviceId: opened.deviceId, key: opened.key, seq: 0 };
    sessionStorage.setItem(STORE, JSON.stringify(stored));
    return new Connection(stored);
  }

  async send(message: DistributiveOmit<PhoneMessage, 'seq'>): Promise<Outcome> {
    this.stored.seq += 1;
    sessionStorage.setItem(STORE, JSON.stringify(this.stored));
    const key = fromBase64(this.stored.key)!;
    let response: Response;
    try {
      response = await fetch('/msg', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ d: this.stored.deviceId, ...seal({ ...message, seq: this.stored.seq }, key) }),
      });
    } catch {
      return { kind: 'refused', message: 'Forbindelsen til mødet er væk. Vi prøver igen …', ended: false };
    }
    const body = (await response.json().catch(() => ({}))) as { message?: string; ended?: boolean; n?: string; c?: string };
    const reply = body.n ? (open(body, key) as PhoneReply | null) : null;
    if (reply) return { kind: 'reply', reply };
    return { kind: 'refused', message: body.message ?? 'Beskeden blev ikke modtaget.', ended: !!body.ended || response.status === 401 };
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
