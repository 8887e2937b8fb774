import type { Handlers } from '../../shared/api/contract';
import { appHandlers } from './app-service';
import { participantHandlers } from './participant-service';
import type { Db, ServiceDeps } from './service-deps';
import { workshopHandlers } from './workshop-service';
import { resultsHandlers } from './results-service';

export type { ServiceDeps } from './service-deps';

/** One function per contract channel, all writing through `db`; both transports serve these. */
export function createHandlers(db: Db, deps: ServiceDeps): Handlers {
  return {
    ...appHandlers(deps),
    ...workshopHandlers(db, deps),
    ...participantHandlers(db, deps),
    ...resultsHandlers(db, deps),
  };
}
