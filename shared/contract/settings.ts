import { z } from 'zod';
import { IDLE_LOCK_MINUTES_RANGE } from '../domain/security';
import { RETENTION_YEARS_RANGE } from '../domain/retention';
import { channel, emptyInput } from './define';

export interface Settings {
  idleLockMinutes: number;
  retentionYears: number;
  /** The municipality's legal basis for the retention period; empty until someone fills it in. */
  retentionLegalBasis: string;
}

export const settingsUpdate = z
  .object({
    idleLockMinutes: z.number().int().min(IDLE_LOCK_MINUTES_RANGE.min).max(IDLE_LOCK_MINUTES_RANGE.max).optional(),
    retentionYears: z.number().int().min(RETENTION_YEARS_RANGE.min).max(RETENTION_YEARS_RANGE.max).optional(),
    retentionLegalBasis: z.string().trim().max(1000).optional(),
  })
  .strict();

export const settingsContract = {
  'settings.get': channel<Settings>()(emptyInput),
  'settings.update': channel<Settings>()(settingsUpdate),
};
