import { z } from 'zod';
import { secretProblem } from '../domain/security';
import { channel, emptyInput } from './define';

/** The app lock as every window sees it (app.info, lock.status and the `lock.changed` event). */
export interface LockStatus {
  /** A PIN or passphrase has been set up; until then the app never locks (first run, tests). */
  configured: boolean;
  locked: boolean;
  /** After too many wrong attempts: the earliest moment the next attempt is accepted. */
  retryAt: string | null;
  idleMinutes: number;
}

const newSecret = z
  .string()
  .max(128)
  .superRefine((value, ctx) => {
    const problem = secretProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
const givenSecret = z.string().min(1).max(128);

export const securityContract = {
  'lock.status': channel<LockStatus>()(emptyInput),
  /** Sets the first PIN or passphrase (first run or Indstillinger). Refused once one exists: use lock.change. */
  'lock.setup': channel<LockStatus>()(z.object({ secret: newSecret }).strict()),
  'lock.unlock': channel<LockStatus>()(z.object({ secret: givenSecret }).strict()),
  'lock.lock': channel<LockStatus>()(emptyInput),
  'lock.change': channel<LockStatus>()(z.object({ current: givenSecret, next: newSecret }).strict()),
  /** The user is typing or clicking: resets the idle timer (the renderer sends it at most once a minute). */
  'lock.activity': channel<void>()(emptyInput),
};
