import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import {
  ArchiveError,
  archiveFileName,
  MAX_ARCHIVE_BYTES,
  readArchive,
  writeArchive,
} from '../../archive/edw-archive';
import { storeFromWorkshopFile } from '../../services/workshop-file-service';
import { requireWorkshop } from '../../services/workshop-service';
import { closeStore, openStore, type Store } from '../../store/open-store';
import { EXIT_OK, InvalidInputError, UsageError, type CliIo } from '../io';
import { onePositional, type ParsedCommand } from '../args';

/** The archive commands also name the environment variable that holds the passphrase. */
export interface ArchiveCommand extends ParsedCommand {
  passphraseEnv?: string;
}

/** `edw archive`: one stored workshop as an `.edw` file, sealed when a passphrase is named. */
export function archiveCommand(args: ArchiveCommand, io: CliIo): number {
  const id = onePositional(args, 'workshop id');
  const passphrase = passphraseFrom(args, io);
  const db = openOrExplain(args.dataFile);
  try {
    let bytes: Buffer;
    let target: string;
    try {
      target = resolve(io.cwd, args.output ?? archiveFileName(requireWorkshop(db, id)));
      bytes = writeArchive(db, id, passphrase === undefined ? {} : { passphrase });
    } catch (error) {
      if (error instanceof ApiError || error instanceof ArchiveError) {
        throw new InvalidInputError(error.message);
      }
      throw error;
    }
    try {
      // 'wx': an existing file is someone's archive; it is never replaced silently.
      writeFileSync(target, bytes, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new InvalidInputError(`${target} already exists; choose another name with -o.`);
      }
      throw new InvalidInputError(`${target} could not be written (${(error as Error).message}).`);
    }
    const sealed = passphrase === undefined ? '' : ', protected by a passphrase';
    io.out(`Wrote workshop ${id} to ${target}${sealed}`);
    return EXIT_OK;
  } finally {
    closeStore(db);
  }
}

/** `edw unarchive`: an `.edw` file, checked whole, becomes a new workshop; nothing is overwritten. */
export function unarchiveCommand(args: ArchiveCommand, io: CliIo): number {
  const path = resolve(io.cwd, onePositional(args, 'archive file'));
  const passphrase = passphraseFrom(args, io);
  let bytes: Buffer;
  try {
    if (statSync(path).size > MAX_ARCHIVE_BYTES) {
      throw new InvalidInputError(
        `${path}: the file is larger than ${MAX_ARCHIVE_BYTES / 1024 / 1024} MiB.`,
      );
    }
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof InvalidInputError) throw error;
    throw new InvalidInputError(`${path} could not be read (${(error as Error).message}).`);
  }
  let file;
  try {
    file = readArchive(bytes, passphrase === undefined ? {} : { passphrase });
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error;
    const hint =
      error.problem === 'passphrase_required'
        ? ' Name the variable holding it with --passphrase-env VAR.'
        : '';
    throw new InvalidInputError(`${path}: ${error.message}${hint}`);
  }
  const db = openOrExplain(args.dataFile);
  try {
    const workshop = storeFromWorkshopFile(db, file, () => new Date());
    io.out(`Imported "${workshop.title}" as a new workshop ${workshop.id} into ${args.dataFile}`);
    return EXIT_OK;
  } finally {
    closeStore(db);
  }
}

/** Read from the environment, so the passphrase never shows in the process list or history. */
function passphraseFrom(args: ArchiveCommand, io: CliIo): string | undefined {
  if (args.passphraseEnv === undefined) return undefined;
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(args.passphraseEnv)) {
    throw new UsageError(`--passphrase-env takes a variable name, got "${args.passphraseEnv}"`);
  }
  const value = io.env[args.passphraseEnv];
  if (value === undefined || value === '') {
    throw new InvalidInputError(`The environment variable ${args.passphraseEnv} is not set.`);
  }
  return value;
}

function openOrExplain(dataFile: string): Store {
  try {
    return openStore(dataFile);
  } catch (error) {
    throw new InvalidInputError((error as Error).message);
  }
}
