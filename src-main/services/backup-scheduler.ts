import type { BackupInfo, BackupReason } from '../../shared/backups/backup-info';
import type { WorkshopStatus } from '../../shared/domain/workshop';
import {
  backupsDirFor,
  DEFAULT_KEEP,
  pruneBackups,
  removeBackupDebris,
  writeBackup,
} from '../store/backup';
import { getRunState } from '../store/repositories/run-state';
import { getWorkshop } from '../store/repositories/workshops';
import { workshopEvents, type EventBus } from './events';
import type { Db } from './service-deps';

export const DEFAULT_BACKUP_INTERVAL_MS = 5 * 60_000;

export interface BackupSchedulerOptions {
  db: Db;
  dataFile: string;
  clock?: () => Date;
  /** How often to back up while a workshop is running. */
  intervalMs?: number;
  keep?: number;
  /** Where run changes are published; section changes and closes are read from it. */
  events?: EventBus;
  /** Told about a backup that failed; the workshop goes on either way. */
  onError?: (error: unknown) => void;
}

export interface BackupScheduler {
  /** The timer's step: backs up if a workshop is running and anything changed since the last one. */
  tick(): BackupInfo | undefined;
  /** Backs up soon because a workshop moved to another section. */
  onSectionChange(workshopId: string): void;
  /** Backs up soon because a workshop was closed. */
  onWorkshopClosed(workshopId: string): void;
  /** Runs a pending event backup now (tests, shutdown). */
  flush(): BackupInfo | undefined;
  stop(): void;
}

interface Seen {
  status: WorkshopStatus;
  section: string | null;
}

/**
 * Rolling automatic backups: every `intervalMs` while any workshop is running, and shortly after
 * each section change and each close (read from the run events). Event backups are deferred to
 * the next turn of the event loop, so the facilitator's click is answered first, and coalesced.
 */
export function startBackupScheduler(options: BackupSchedulerOptions): BackupScheduler {
  const { db } = options;
  const clock = options.clock ?? (() => new Date());
  const dir = backupsDirFor(options.dataFile);
  const keep = options.keep ?? DEFAULT_KEEP;
  const events = options.events ?? workshopEvents;
  // Starting up: whatever a backup killed midway left behind goes now, before anything lists it.
  removeBackupDebris(dir, { startingUp: true });
  const seen = new Map<string, Seen>();
  let changesAtLastBackup: number | undefined;
  let pending: BackupReason | undefined;
  let pendingTimer: NodeJS.Timeout | undefined;

  const current = (workshopId: string): Seen | undefined => {
    const workshop = getWorkshop(db, workshopId);
    if (!workshop) return undefined;
    return {
      status: workshop.status,
      section: getRunState(db, workshopId)?.currentSectionId ?? null,
    };
  };

  const totalChanges = () => db.prepare('SELECT total_changes() AS n').pluck().get() as number;

  const backUp = (reason: BackupReason): BackupInfo | undefined => {
    if (!db.open) return undefined;
    try {
      const info = writeBackup(db, dir, { reason, now: clock() });
      changesAtLastBackup = totalChanges();
      pruneBackups(dir, keep);
      return info;
    } catch (error) {
      options.onError?.(error);
      return undefined;
    }
  };

  const flush = (): BackupInfo | undefined => {
    if (pendingTimer) clearTimeout(pendingTimer);
    pendingTimer = undefined;
    const reason = pending;
    pending = undefined;
    return reason ? backUp(reason) : undefined;
  };

  const request = (reason: BackupReason) => {
    // A close outranks a section change when both land before the backup is taken.
    if (pending !== 'close') pending = reason;
    pendingTimer ??= setTimeout(flush, 0);
  };

  // What each workshop looked like at start, so only later moves count as changes.
  for (const id of db.prepare('SELECT id FROM workshops').pluck().all() as string[]) {
    const state = current(id);
    if (state) seen.set(id, state);
  }

  const unsubscribe = events.subscribe((event) => {
    if (event.type !== 'run' || !db.open) return;
    const before = seen.get(event.workshopId);
    const now = current(event.workshopId);
    if (!now) return;
    seen.set(event.workshopId, now);
    if (now.status === 'closed' && before?.status !== 'closed') request('close');
    else if (now.section !== null && now.section !== (before?.section ?? null)) {
      request('section');
    }
  });

  const anyRunning = () =>
    db.prepare("SELECT 1 FROM workshops WHERE status = 'running' LIMIT 1").get() !== undefined;

  const tick = (): BackupInfo | undefined => {
    if (!db.open || !anyRunning()) return undefined;
    if (changesAtLastBackup !== undefined && totalChanges() === changesAtLastBackup) {
      return undefined;
    }
    return backUp('auto');
  };

  const interval = setInterval(tick, options.intervalMs ?? DEFAULT_BACKUP_INTERVAL_MS);
  // A pending backup never keeps the process alive on its own.
  interval.unref();

  return {
    tick,
    onSectionChange: () => request('section'),
    onWorkshopClosed: () => request('close'),
    flush,
    stop() {
      clearInterval(interval);
      unsubscribe();
      if (pendingTimer) clearTimeout(pendingTimer);
      pendingTimer = undefined;
      pending = undefined;
    },
  };
}
