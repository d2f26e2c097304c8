import crypto from 'node:crypto';

/**
 * One-time launch codes for the browser host. The long-lived API token never goes into a URL, a log or a process
 * list: the link the host prints (and the one `--open` hands Chromium) carries a launch code instead, which the first
 * page load exchanges for an HttpOnly, SameSite=Strict session cookie; after that the code is dead. A code is
 * `<nonce>.<expiry>.<mac>` with the mac keyed by the token, so whoever holds the token (the host, a test harness given
 * KREDS_API_TOKEN) can mint codes without asking the host, and nobody else can.
 */
export const LAUNCH_CODE_TTL_MS = 10 * 60_000;

const mac = (token: string, text: string) => crypto.createHmac('sha256', token).update(`kreds-launch\n${text}`).digest('base64url').slice(0, 32);

export function mintLaunchCode(token: string, now = Date.now(), ttlMs = LAUNCH_CODE_TTL_MS): string {
  const body = `${crypto.randomBytes(12).toString('base64url')}.${(now + ttlMs).toString(36)}`;
  return `${body}.${mac(token, body)}`;
}

/** Launch codes and the sessions they open, for one run of the host. */
export class LaunchSessions {
  private readonly used = new Map<string, number>();
  private readonly sessions = new Set<string>();
  private readonly expected: Buffer;

  constructor(
    private readonly token: string,
    private readonly now: () => number = Date.now,
  ) {
    this.expected = Buffer.from(token);
  }

  mint(): string {
    return mintLaunchCode(this.token, this.now());
  }

  /** A fresh session for a valid, unexpired, unused code; null otherwise. The code is dead afterwards. */
  redeem(code: string): string | null {
    const [nonce, expiry, given, extra] = code.split('.');
    if (!nonce || !expiry || !given || extra !== undefined) return null;
    const expiresAt = parseInt(expiry, 36);
    if (!(expiresAt > this.now()) || this.used.has(nonce)) return null;
    if (!sameText(given, mac(this.token, `${nonce}.${expiry}`))) return null;
    this.forgetExpired();
    this.used.set(nonce, expiresAt);
    const session = crypto.randomBytes(32).toString('base64url');
    this.sessions.add(session);
    return session;
  }

  hasSession(session: string | undefined): boolean {
    return !!session && this.sessions.has(session);
  }

  isToken(value: string | undefined): boolean {
    if (!value) return false;
    const given = Buffer.from(value);
    return given.length === this.expected.length && crypto.timingSafeEqual(given, this.expected);
  }

  private forgetExpired(): void {
    const now = this.now();
    for (const [nonce, expiresAt] of this.used) if (expiresAt <= now) this.used.delete(nonce);
  }
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}
