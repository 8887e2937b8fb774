import type { Handlers } from '../../shared/api/contract';
import { appHandlers } from './app-service';
import { participantHandlers } from './participant-service';
import type { Db, ServiceDeps } from './service-deps';
import { workshopHandlers } from './workshop-service';
import { demoHandlers } from './demo-service';
import { resultsHandlers } from './results-service';
import { runHandlers } from './run-service';
import { interventionsHandlers } from './interventions-service';
import { backupHandlers } from './backup-service';
import { reportHandlers } from './report-service';
import { roomHandlers } from './room-service';
import { archiveHandlers } from './archive-service';
import { guardPrivateMode, privateModeHandlers } from './private-mode';
import { templatesHandlers } from './templates-service';
import { brandingHandlers } from './branding-service';
import { clientStatementHandlers } from './client-statement-service';
import { portfolioPdfHandlers } from './portfolio-pdf-service';
import { instrumentHealthHandlers } from './instrument-health-service';
import { paperHandlers } from './paper-service';
import { portfolioHandlers } from './portfolio-service';

export type { ServiceDeps } from './service-deps';

/** One function per contract channel, all writing through `db`; both transports serve these. */
export function createHandlers(db: Db, deps: ServiceDeps): Handlers {
  // Private mode closes the facilitator's channels while a participant is at the keyboard.
  return guardPrivateMode(db, {
    ...appHandlers(deps),
    ...workshopHandlers(db, deps),
    ...demoHandlers(db, deps),
    ...participantHandlers(db, deps),
    ...resultsHandlers(db, deps),
    ...runHandlers(db, deps),
    ...interventionsHandlers(db, deps),
    ...backupHandlers(db, deps),
    ...reportHandlers(db, deps),
    ...roomHandlers(db, deps),
    ...archiveHandlers(db, deps),
    ...privateModeHandlers(db),
    ...templatesHandlers(db, deps),
    ...brandingHandlers(db, deps),
    ...clientStatementHandlers(db, deps),
    ...portfolioPdfHandlers(db, deps),
    ...paperHandlers(db, deps),
    ...portfolioHandlers(db, deps),
    ...instrumentHealthHandlers(db),
  });
}
