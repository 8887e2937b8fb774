import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ApiError } from '../../shared/api/errors';
import type { WorkshopFile } from '../../shared/format/workshop-file';
import { InvalidInputError } from '../cli/io';
import { readWorkshopFile } from '../cli/read-workshop-file';
import { workshopFileFrom } from '../services/workshop-file-service';
import { openStore } from '../store/open-store';

/**
 * A workshop named on the command line: a path to a workshop file (anything ending in .json or
 * an existing file), else a workshop id in the store.
 */
export function workshopFromArgument(
  argument: string,
  cwd: string,
  dataFile: string,
): WorkshopFile {
  if (argument.toLowerCase().endsWith('.json') || existsSync(resolve(cwd, argument))) {
    return readWorkshopFile(argument, cwd);
  }
  let db;
  try {
    db = openStore(dataFile);
  } catch (error) {
    throw new InvalidInputError((error as Error).message);
  }
  try {
    return workshopFileFrom(db, argument);
  } catch (error) {
    if (error instanceof ApiError) throw new InvalidInputError(error.message);
    throw error;
  } finally {
    db.close();
  }
}
