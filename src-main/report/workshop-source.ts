import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ApiError } from '../../shared/api/errors';
import type { Branding } from '../../shared/branding/branding';
import type { Language } from '../../shared/domain/workshop';
import type { WorkshopFile } from '../../shared/format/workshop-file';
import type { ReportIntervention } from '../../shared/report/model';
import { InvalidInputError } from '../cli/io';
import { readWorkshopFile } from '../cli/read-workshop-file';
import { reportInterventionsOf } from '../services/interventions-service';
import { workshopFileFrom } from '../services/workshop-file-service';
import { openStore } from '../store/open-store';
import { brandingFor } from '../store/repositories/branding';
import { getWorkshop } from '../store/repositories/workshops';
import type { PresentBranding } from './verify-report';

/**
 * A workshop named on the command line: a path to a workshop file (anything ending in .json or
 * an existing file), else a workshop id in the store.
 */
export function workshopFromArgument(
  argument: string,
  cwd: string,
  dataFile: string,
): WorkshopFile {
  return verifySourceFromArgument(argument, cwd, dataFile).file;
}

/**
 * Like `workshopFromArgument`, for `edw verify`: a stored workshop also brings its present
 * branding (its own, else the installation's), which a workshop file does not carry.
 */
export function verifySourceFromArgument(
  argument: string,
  cwd: string,
  dataFile: string,
): { file: WorkshopFile; present?: PresentBranding } {
  if (argument.toLowerCase().endsWith('.json') || existsSync(resolve(cwd, argument))) {
    return { file: readWorkshopFile(argument, cwd) };
  }
  let db;
  try {
    db = openStore(dataFile);
  } catch (error) {
    throw new InvalidInputError((error as Error).message);
  }
  try {
    const file = workshopFileFrom(db, argument);
    return { file, present: { branding: brandingFor(db, argument) } };
  } catch (error) {
    if (error instanceof ApiError) throw new InvalidInputError(error.message);
    throw error;
  } finally {
    db.close();
  }
}

/** A workshop to report on, with the action plan the room agreed when it is a stored one. */
export interface ReportSource {
  file: WorkshopFile;
  plan?: { recommendations: ReportIntervention[]; alsoRecommended: ReportIntervention[] };
  /** The stored workshop is the demo: its report is marked as demonstration data. */
  demo?: boolean;
  /** The stored workshop's branding (its own, else the installation's), as the app prints it. */
  branding?: Branding;
}

/**
 * Like `workshopFromArgument`, for `edw report`: a stored workshop also brings its action plan, so
 * the CLI prints the same cards and page one as the app's report of the same workshop. A workshop
 * file carries no plan; its report shows the recommendations.
 */
export function reportSourceFromArgument(
  argument: string,
  cwd: string,
  dataFile: string,
  language: Language | undefined,
): ReportSource {
  if (argument.toLowerCase().endsWith('.json') || existsSync(resolve(cwd, argument))) {
    return { file: readWorkshopFile(argument, cwd) };
  }
  let db;
  try {
    db = openStore(dataFile);
  } catch (error) {
    throw new InvalidInputError((error as Error).message);
  }
  try {
    const file = workshopFileFrom(db, argument);
    const branding = brandingFor(db, argument);
    return {
      file,
      plan: reportInterventionsOf(db, argument, language ?? file.workshop.language),
      demo: getWorkshop(db, argument)?.demo === true,
      ...(branding ? { branding } : {}),
    };
  } catch (error) {
    if (error instanceof ApiError) throw new InvalidInputError(error.message);
    throw error;
  } finally {
    db.close();
  }
}
