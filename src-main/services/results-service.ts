import type { Handlers } from '../../shared/api/contract';
import { getInstrument } from '../../shared/instrument';
import { scoreWorkshop } from '../../shared/scoring';
import type { Db, ServiceDeps } from './service-deps';
import { storeFromWorkshopFile, workshopFileFrom } from './workshop-file-service';
import { invalidInput } from './service-errors';
import { refuseLookAlike } from './archive-service';
import { validateWorkshopFile } from '../../shared/format/validate-workshop-file';

type ResultsChannel = 'workshop:results' | 'workshop:exportFile' | 'workshop:importFile';

/** Scoring and the workshop file, for the results screen and the app's import and export. */
export function resultsHandlers(db: Db, deps: ServiceDeps): Pick<Handlers, ResultsChannel> {
  return {
    'workshop:results': ({ id }) => {
      // Scored from the same file an export would write, so screen, CLI and report agree.
      const file = workshopFileFrom(db, id);
      const instrument = getInstrument(file.workshop.instrumentVersion);
      if (!instrument) {
        throw invalidInput('workshop:results', [
          {
            path: 'instrumentVersion',
            message: `unknown instrument version "${file.workshop.instrumentVersion ?? ''}"`,
          },
        ]);
      }
      return scoreWorkshop(file, instrument);
    },
    'workshop:exportFile': ({ id }) => workshopFileFrom(db, id),
    'workshop:importFile': ({ file, confirmDuplicate }) => {
      const validation = validateWorkshopFile(file, getInstrument);
      if (!validation.ok) throw invalidInput('workshop file', validation.issues);
      refuseLookAlike(db, validation.file.workshop, confirmDuplicate);
      return storeFromWorkshopFile(db, validation.file, deps.clock);
    },
  };
}
