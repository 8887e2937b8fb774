import { ApiError } from '../../../shared/api/errors';
import { refuseLookAlike } from '../../services/archive-service';
import { storeFromWorkshopFile } from '../../services/workshop-file-service';
import { EXIT_OK, InvalidInputError, type CliIo } from '../io';
import { openCliStore } from '../open-cli-store';
import { onePositional, type ParsedCommand } from '../args';
import { readWorkshopFile } from '../read-workshop-file';

/**
 * `edw import`: a validated file becomes a new workshop; an invalid one writes nothing. A file
 * like a stored workshop (same title and date, as the app asks about) is refused unless `copy`.
 */
export function importCommand(args: ParsedCommand & { copy: boolean }, io: CliIo): number {
  const path = onePositional(args, 'workshop file');
  const file = readWorkshopFile(path, io.cwd);
  const db = openCliStore(args.dataFile);
  try {
    try {
      refuseLookAlike(db, file.workshop, args.copy);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'conflict') {
        throw new InvalidInputError(`${error.message} Add --copy to import it as a copy anyway.`);
      }
      throw error;
    }
    const workshop = storeFromWorkshopFile(db, file, () => new Date());
    io.out(`Imported "${workshop.title}" as workshop ${workshop.id} into ${args.dataFile}`);
    return EXIT_OK;
  } finally {
    db.close();
  }
}
