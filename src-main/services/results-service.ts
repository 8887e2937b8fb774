import type { Handlers } from '../../shared/api/contract';
import { getInstrument } from '../../shared/instrument';
import { scoreWorkshop, type ScoreResult } from '../../shared/scoring';
import type { Db, ServiceDeps } from './service-deps';
import { storeFromWorkshopFile, workshopFileFrom } from './workshop-file-service';
import { invalidInput } from './service-errors';
import { rememberedScore } from './score-cache';
import { refuseLookAlike } from './archive-service';
import { validateWorkshopFile } from '../../shared/format/validate-workshop-file';

/**
 * Scores a stored workshop from the same file an export would write, so the results screen, the
 * CLI, the report, the trend and the portfolio agree. `source` names the request in the refusal.
 * On the heavy-work thread's read-only connection the result is remembered until the store
 * changes (`rememberedScore`), and frozen: treat it as read-only.
 */
export function scoreStored(db: Db, workshopId: string, source = 'workshop'): ScoreResult {
  return rememberedScore(db, workshopId, () => scoreFromStore(db, workshopId, source));
}

function scoreFromStore(db: Db, workshopId: string, source: string): ScoreResult {
  const file = workshopFileFrom(db, workshopId);
  const instrument = getInstrument(file.workshop.instrumentVersion);
  if (!instrument) {
    throw invalidInput(source, [
      {
        path: 'instrumentVersion',
        message: `unknown instrument version "${file.workshop.instrumentVersion ?? ''}"`,
      },
    ]);
  }
  return scoreWorkshop(file, instrument);
}

type ResultsChannel = 'workshop:results' | 'workshop:exportFile' | 'workshop:importFile';

/** Scoring and the workshop file, for the results screen and the app's import and export. */
export function resultsHandlers(db: Db, deps: ServiceDeps): Pick<Handlers, ResultsChannel> {
  return {
    'workshop:results': ({ id }) => scoreStored(db, id, 'workshop:results'),
    'workshop:exportFile': ({ id }) => workshopFileFrom(db, id),
    'workshop:importFile': ({ file, confirmDuplicate }) => {
      const validation = validateWorkshopFile(file, getInstrument);
      if (!validation.ok) throw invalidInput('workshop file', validation.issues);
      refuseLookAlike(db, validation.file.workshop, confirmDuplicate);
      return storeFromWorkshopFile(db, validation.file, deps.clock);
    },
  };
}
