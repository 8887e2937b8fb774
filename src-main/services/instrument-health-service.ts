import type { Handlers } from '../../shared/api/contract';
import {
  instrumentHealth,
  type HealthWorkshop,
  type InstrumentHealth,
} from '../../shared/instrument-health';
import { listParticipants } from '../store/repositories/participants';
import { listGivenResponses } from '../store/repositories/responses';
import { listWorkshops } from '../store/repositories/workshops';
import type { Db } from './service-deps';

/**
 * Every stored workshop's round-1 answers, read in one transaction so all tables are read at the
 * same moment. A demonstration workshop is passed on only as a flag (its answers are fictitious
 * and never read); the pure `instrumentHealth` counts it as left out.
 */
export function readHealthWorkshops(db: Db): HealthWorkshop[] {
  return db.transaction(() =>
    listWorkshops(db).map((workshop): HealthWorkshop => ({
      id: workshop.id,
      instrumentVersion: workshop.instrumentVersion,
      anonymityThreshold: workshop.anonymityThreshold,
      demo: workshop.demo,
      participants: workshop.demo ? [] : listParticipants(db, workshop.id).map(({ id }) => id),
      responses: workshop.demo
        ? []
        : listGivenResponses(db, workshop.id)
            .filter((response) => response.round === 1)
            .map((response) => ({
              participant: response.participantId,
              item: response.itemId,
              round: 1 as const,
              value: response.value,
            })),
    })),
  )();
}

/** The Instrument health page's figures over the whole store (docs/scoring.md). */
export function instrumentHealthOf(db: Db): InstrumentHealth {
  return instrumentHealth(readHealthWorkshops(db));
}

/**
 * `instrument:health`, in process. The app and browser mode serve it from the heavy-work thread
 * instead (heavy-work.ts): with many workshops, reading every answer would hold the room host.
 */
export function instrumentHealthHandlers(db: Db): Pick<Handlers, 'instrument:health'> {
  return { 'instrument:health': () => instrumentHealthOf(db) };
}
