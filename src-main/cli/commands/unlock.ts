import {
  getRunState,
  listLockedWorkshopIds,
  saveRunState,
} from '../../store/repositories/run-state';
import { getWorkshop } from '../../store/repositories/workshops';
import { closeStore } from '../../store/open-store';
import { EXIT_OK, UsageError, type CliIo } from '../io';
import { openCliStore } from '../open-cli-store';
import type { ParsedCommand } from '../args';

/**
 * `edw unlock`: ends pass-the-laptop private mode in the store without the PIN. While a workshop
 * is locked the app serves nothing but the lock, so a forgotten PIN would otherwise keep the
 * facilitator out of every workshop. Whoever can run a command on this machine can read the data
 * file anyway: the PIN guards the keyboard against the participant at it, not the owner.
 */
export function unlockCommand(args: ParsedCommand, io: CliIo): number {
  if (args.positionals.length > 0) {
    throw new UsageError(`edw unlock takes no arguments, got "${args.positionals[0]}"`);
  }
  const db = openCliStore(args.dataFile);
  try {
    const locked = listLockedWorkshopIds(db);
    if (locked.length === 0) {
      io.out(`No workshop is in private mode in ${args.dataFile}`);
      return EXIT_OK;
    }
    const now = new Date().toISOString();
    db.transaction(() => {
      for (const workshopId of locked) {
        const state = getRunState(db, workshopId);
        if (state) saveRunState(db, { ...state, locked: false, pinSalt: null, pinHash: null }, now);
      }
    })();
    for (const workshopId of locked) {
      io.out(`Private mode ended for "${getWorkshop(db, workshopId)?.title ?? workshopId}"`);
    }
    return EXIT_OK;
  } finally {
    closeStore(db);
  }
}
