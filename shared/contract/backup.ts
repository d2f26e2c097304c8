import { z } from 'zod';
import type { BackupKind } from '../domain/backupRotation';
import { channel, emptyInput } from './define';

export interface BackupInfo {
  name: string;
  kind: BackupKind;
  createdAt: string;
  bytes: number;
}

/** What a backup holds, read without restoring it. */
export interface BackupPreview extends BackupInfo {
  readable: boolean;
  cases: number;
  closedCases: number;
  meetings: number;
  /**
   * Cases in the backup that have since been deleted with "Slet sagen nu" (the current database holds their receipts).
   * A restore deletes them again at once.
   */
  deletedCases: number;
  /** Why it cannot be used (wrong key, damaged), in Danish. */
  problem: string | null;
}

/** Only plain file names inside the backup folder: no paths. */
export const backupName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,150}\.kreds-backup$/, 'Ukendt sikkerhedskopi');

export const backupContract = {
  'backup.list': channel<BackupPreview[]>()(emptyInput),
  'backup.create': channel<BackupInfo>()(emptyInput),
  'backup.preview': channel<BackupPreview>()(z.object({ name: backupName }).strict()),
  /** Replaces the database with the backup (the current one is kept as a before-restore backup). Also works when the database is damaged. */
  'backup.restore': channel<BackupPreview>()(z.object({ name: backupName }).strict()),
  /** "Gem en kopi": the backup's bytes (still encrypted) for the user to save where they choose. */
  'backup.export': channel<{ fileName: string; dataBase64: string }>()(z.object({ name: backupName }).strict()),
  /** "Gendan fra fil": a backup file the user picked, copied into the backup folder and previewed. */
  'backup.import': channel<BackupPreview>()(
    z.object({ fileName: z.string().min(1).max(200), dataBase64: z.base64().min(1).max(60_000_000) }).strict(),
  ),
};
