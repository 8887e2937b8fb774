import { storeFromWorkshopFile } from '../../services/workshop-file-service';
import { EXIT_OK, type CliIo } from '../io';
import { openCliStore } from '../open-cli-store';
import { onePositional, type ParsedCommand } from '../args';
import { readWorkshopFile } from '../read-workshop-file';

/** `edw import`: a validated file becomes a new workshop; an invalid one writes nothing. */
export function importCommand(args: ParsedCommand, io: CliIo): number {
  const path = onePositional(args, 'workshop file');
  const file = readWorkshopFile(path, io.cwd);
  const db = openCliStore(args.dataFile);
  try {
    const workshop = storeFromWorkshopFile(db, file, () => new Date());
    io.out(`Imported "${workshop.title}" as workshop ${workshop.id} into ${args.dataFile}`);
    return EXIT_OK;
  } finally {
    db.close();
  }
}
