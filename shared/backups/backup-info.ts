import { z } from 'zod';

/** Why a backup was written: on a timer, at a section change, at close, on request, or before a restore. */
export const BACKUP_REASONS = ['auto', 'section', 'close', 'manual', 'before-restore'] as const;
export const BackupReason = z.enum(BACKUP_REASONS);
export type BackupReason = z.infer<typeof BackupReason>;

/**
 * The only names the app writes into its backups folder (`20260302T090000000Z-auto.sqlite`,
 * `-2` when two land in the same millisecond). A client names a backup by this name alone, so a
 * path such as `../../etc/passwd` can never reach the file system.
 */
export const BACKUP_NAME_PATTERN =
  /^(\d{8}T\d{9}Z)-(auto|section|close|manual|before-restore)(?:-(\d{1,4}))?\.sqlite$/;

export const BackupName = z
  .string()
  .max(64, 'is not the name of a backup')
  .regex(BACKUP_NAME_PATTERN, 'is not the name of a backup');

/** Why a listed backup cannot be restored. */
export const BackupProblem = z.enum(['damaged', 'foreign', 'newer_version']);
export type BackupProblem = z.infer<typeof BackupProblem>;

/** How many backups a folder keeps; older ones are removed after each new one. */
export const BACKUPS_KEPT = 20;

/** How many workshop titles a summary carries; the counts always cover all of them. */
export const MAX_SUMMARY_TITLES = 10;

export const BackupInfo = z.object({
  name: z.string(),
  /** When it was written (ISO-8601 UTC), read from its name. */
  createdAt: z.string(),
  reason: BackupReason,
  sizeBytes: z.number().int().min(0),
  /** null when the backup passed its checks and can be restored. */
  problem: BackupProblem.nullable(),
  workshopCount: z.number().int().min(0),
  /** The first few titles, newest first. */
  workshopTitles: z.array(z.string()),
  participantCount: z.number().int().min(0),
  answerCount: z.number().int().min(0),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

export const RestoredBackup = z.object({
  restored: BackupInfo,
  /** The backup that holds what the data file contained just before the restore. */
  keptAs: BackupInfo,
});
export type RestoredBackup = z.infer<typeof RestoredBackup>;
