import crypto from 'node:crypto';
import { promisify } from 'node:util';
import type { ChannelName } from '../../shared/contract';
import type { LockStatus } from '../../shared/contract/security';
import { idleExpired, unlockDelaySeconds } from '../../shared/domain/security';
import { LOCK_CHANGED_SUMMARY, LOCK_SET_UP_SUMMARY } from '../../shared/domain/securityAudit';
import { KredsError } from '../../shared/errors';
import type { Db } from '../db/connection';
import type { HandlerMap } from '../services/context';
import { recordAudit } from '../services/audit';
import { readInternal, writeInternal } from '../services/settings';
import { readSettingsFrom } from '../services/settingsRead';

const scrypt = promisify(crypto.scrypt) as (secret: string, salt: Buffer, keylen: number, options: crypto.ScryptOptions) => Promise<Buffer>;

/** Stored in settings: only a slow salted hash, never the PIN. The parameters travel with it so they can grow. */
interface StoredSecret {
  algo: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string;
  hash: string;
}
interface Failures {
  count: number;
  lastAt: string | null;
}

const SECRET_KEY = 'lock.secret';
const FAILURES_KEY = 'lock.failures';
/** About 100 ms and 32 MiB per attempt on a laptop: cheap for the user, expensive for guessing. */
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, keylen: 32, maxmem: 64 * 1024 * 1024 };

/** The channels a locked app still answers: everything else is refused by the host, not only hidden by the UI. */
export const CHANNELS_WHILE_LOCKED: ReadonlySet<ChannelName> = new Set<ChannelName>(['app.info', 'lock.status', 'lock.unlock', 'lock.lock', 'lock.activity']);

/**
 * The app lock, held by the host. No PIN set up → never locked (first run, and every test that does not
 * set one). Locks at start-up, after the idle minutes without user activity, on OS lock/suspend and on demand.
 */
export class AppLock {
  private locked: boolean;
  private lastActivity: Date;

  constructor(
    private readonly db: () => Db | null,
    private readonly now: () => Date,
    private readonly onChange: (status: LockStatus) => void,
  ) {
    this.lastActivity = now();
    this.locked = this.configured();
  }

  configured(): boolean {
    const db = this.db();
    return !!db && readInternal<StoredSecret | null>(db, SECRET_KEY, null) !== null;
  }

  status(): LockStatus {
    const db = this.db();
    const failures = db ? readInternal<Failures>(db, FAILURES_KEY, { count: 0, lastAt: null }) : { count: 0, lastAt: null };
    return {
      configured: this.configured(),
      locked: this.isLocked(),
      retryAt: retryAt(failures)?.toISOString() ?? null,
      idleMinutes: this.idleMinutes(),
    };
  }

  private idleMinutes(): number {
    const db = this.db();
    return db ? readSettingsFrom(db).idleLockMinutes : 0;
  }

  /** Locks when the idle time has run out; returns whether the app is locked now. */
  isLocked(): boolean {
    if (!this.locked && this.configured() && idleExpired(this.lastActivity, this.now(), this.idleMinutes())) this.lock();
    return this.locked;
  }

  touch(): void {
    if (!this.locked) this.lastActivity = this.now();
  }

  lock(): LockStatus {
    if (this.configured() && !this.locked) {
      this.locked = true;
      this.onChange(this.status());
    }
    return this.status();
  }

  /** After a restore the PIN may be another one: start locked again if one is set. */
  reset(): void {
    this.locked = this.configured();
    this.lastActivity = this.now();
    this.onChange(this.status());
  }

  async setup(secret: string): Promise<LockStatus> {
    const db = this.requireDb();
    if (this.configured()) throw new KredsError('conflict', 'Der er allerede en PIN-kode. Brug "Skift PIN-kode".');
    const hash = await hashSecret(secret);
    // The secret and its hash stay out of the log; that a lock was set up, and when, is worth knowing.
    db.transaction(() => {
      writeInternal(db, SECRET_KEY, hash);
      recordAudit(db, this.now(), { action: 'create', entity: 'lock', fields: ['secret'], summary: LOCK_SET_UP_SUMMARY });
    })();
    this.lastActivity = this.now();
    this.onChange(this.status());
    return this.status();
  }

  async unlock(secret: string): Promise<LockStatus> {
    await this.checkSecret(secret);
    this.locked = false;
    this.lastActivity = this.now();
    this.onChange(this.status());
    return this.status();
  }

  async change(current: string, next: string): Promise<LockStatus> {
    await this.checkSecret(current);
    const db = this.requireDb();
    const hash = await hashSecret(next);
    db.transaction(() => {
      writeInternal(db, SECRET_KEY, hash);
      recordAudit(db, this.now(), { action: 'update', entity: 'lock', fields: ['secret'], summary: LOCK_CHANGED_SUMMARY });
    })();
    return this.status();
  }

  /**
   * Counts the attempt as wrong before the slow comparison and clears the count only on success, so
   * parallel guesses cannot slip past the delay.
   */
  private async checkSecret(secret: string): Promise<void> {
    const db = this.requireDb();
    const stored = readInternal<StoredSecret | null>(db, SECRET_KEY, null);
    if (!stored) throw new KredsError('conflict', 'Der er ikke valgt en PIN-kode endnu');
    const failures = readInternal<Failures>(db, FAILURES_KEY, { count: 0, lastAt: null });
    const waitUntil = retryAt(failures);
    if (waitUntil && waitUntil > this.now()) {
      const seconds = Math.ceil((waitUntil.getTime() - this.now().getTime()) / 1000);
      throw new KredsError('too_many_attempts', `For mange forkerte forsøg. Vent ${seconds} sekunder, før du prøver igen.`);
    }
    writeInternal(db, FAILURES_KEY, { count: failures.count + 1, lastAt: this.now().toISOString() });
    if (!(await secretMatches(secret, stored))) {
      // The wait runs from the moment the user is told the PIN was wrong, not from when the slow check began;
      // the count is re-read so a parallel guess counted meanwhile is kept.
      const counted = readInternal<Failures>(db, FAILURES_KEY, { count: failures.count + 1, lastAt: null });
      writeInternal(db, FAILURES_KEY, { count: counted.count, lastAt: this.now().toISOString() });
      const message = 'Forkert PIN-kode eller adgangssætning';
      throw new KredsError('wrong_secret', message, { secret: message });
    }
    writeInternal(db, FAILURES_KEY, { count: 0, lastAt: null });
  }

  private requireDb(): Db {
    const db = this.db();
    if (!db) throw new KredsError('db_unavailable', 'Databasen er ikke åben');
    return db;
  }
}

function retryAt(failures: Failures): Date | null {
  const delay = unlockDelaySeconds(failures.count);
  if (!delay || !failures.lastAt) return null;
  return new Date(new Date(failures.lastAt).getTime() + delay * 1000);
}

async function hashSecret(secret: string): Promise<StoredSecret> {
  const salt = crypto.randomBytes(16);
  const hash = await scrypt(secret.normalize('NFC'), salt, SCRYPT.keylen, SCRYPT);
  return { algo: 'scrypt', N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p, salt: salt.toString('base64'), hash: hash.toString('base64') };
}

async function secretMatches(secret: string, stored: StoredSecret): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const options = { N: stored.N, r: stored.r, p: stored.p, maxmem: SCRYPT.maxmem };
  const actual = await scrypt(secret.normalize('NFC'), Buffer.from(stored.salt, 'base64'), expected.length, options);
  return crypto.timingSafeEqual(actual, expected);
}

export function lockHandlers(lock: AppLock): HandlerMap<'lock.status' | 'lock.setup' | 'lock.unlock' | 'lock.lock' | 'lock.change' | 'lock.activity'> {
  return {
    'lock.status': () => lock.status(),
    'lock.setup': (_ctx, input) => lock.setup(input.secret),
    'lock.unlock': (_ctx, input) => lock.unlock(input.secret),
    'lock.lock': () => lock.lock(),
    'lock.change': (_ctx, input) => lock.change(input.current, input.next),
    'lock.activity': () => lock.touch(),
  };
}
