import type { Handlers } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { ArchiveError, archiveFileName, readArchive, writeArchive } from '../archive/edw-archive';
import type { WorkshopFile } from '../../shared/format/workshop-file';
import type { Db, ServiceDeps } from './service-deps';
import { storeFromWorkshopFile } from './workshop-file-service';
import { requireWorkshop } from './workshop-service';

type ArchiveChannel = 'archive:export' | 'archive:import';

/** The `.edw` workshop archive: one workshop out as a sealed SQLite file, and back in as a new one. */
export function archiveHandlers(db: Db, deps: ServiceDeps): Pick<Handlers, ArchiveChannel> {
  return {
    'archive:export': ({ id, passphrase }) => {
      const workshop = requireWorkshop(db, id);
      const bytes = guarded(() =>
        writeArchive(db, id, { clock: deps.clock, ...(passphrase ? { passphrase } : {}) }),
      );
      return { filename: archiveFileName(workshop), base64: bytes.toString('base64') };
    },
    'archive:import': ({ base64, passphrase, confirmDuplicate }) => {
      const file = guarded(() =>
        readArchive(Buffer.from(base64, 'base64'), passphrase ? { passphrase } : {}),
      );
      return storeImported(db, deps, file, confirmDuplicate);
    },
  };
}

/** A workshop read from an archive, added beside the others once a look-alike is confirmed. */
export function storeImported(
  db: Db,
  deps: ServiceDeps,
  file: WorkshopFile,
  confirmDuplicate: boolean | undefined,
) {
  refuseLookAlike(db, file.workshop, confirmDuplicate);
  // Always a new workshop: an archive never replaces what the store holds.
  return storeFromWorkshopFile(db, file, deps.clock);
}

/** The conflict an import of a workshop like a stored one (title and date) gets until confirmed. */
export function refuseLookAlike(
  db: Db,
  { title, date }: { title: string; date: string },
  confirmDuplicate: boolean | undefined,
): void {
  if (!confirmDuplicate && hasWorkshopLike(db, title, date)) {
    throw new ApiError(
      'conflict',
      `A workshop "${title}" of ${date} already exists. Importing adds a second one beside it; nothing is overwritten.`,
    );
  }
}

function hasWorkshopLike(db: Db, title: string, date: string): boolean {
  return (
    db.prepare('SELECT 1 FROM workshops WHERE title = ? AND date = ? LIMIT 1').get(title, date) !==
    undefined
  );
}

/** Archive refusals become contract errors; passphrase problems point at the passphrase field. */
function guarded<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw archiveApiError(error);
  }
}

/** The contract error for an archive refusal; any other error is returned as it is. */
export function archiveApiError(error: unknown): unknown {
  if (!(error instanceof ArchiveError)) return error;
  if (error.problem === 'too_large') return new ApiError('too_large', error.message);
  const path =
    error.problem === 'passphrase_required' ||
    error.problem === 'wrong_passphrase' ||
    error.problem === 'passphrase_rules'
      ? 'passphrase'
      : 'file';
  return new ApiError('invalid_input', error.message, [{ path, message: error.problem }]);
}
