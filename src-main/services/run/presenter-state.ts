import type { Handlers } from '../../../shared/api/contract';
import type { PresenterState } from '../../../shared/run/api';
import { buildPresenterState, revealKey } from '../../../shared/run/presenter';
import { listActions } from '../../store/repositories/actions';
import { listAgenda } from '../../store/repositories/agenda';
import {
  listClientAnswers,
  listClientStatements,
} from '../../store/repositories/client-statements';
import { listDecisionEntries, listRealityCheckEntries } from '../../store/repositories/evidence';
import { listParticipants } from '../../store/repositories/participants';
import { listResponses } from '../../store/repositories/responses';
import { voteStateOf } from '../vote-service';
import { scoreStored } from '../results-service';
import { requireWorkshop } from '../workshop-service';
import type { RunContext } from './run-context';

/**
 * `presenter:state`: reads what the projector is made of and hands it to the pure builder in
 * shared/run/presenter.ts, which decides what the room may see.
 */
export function presenterHandlers(ctx: RunContext): Pick<Handlers, 'presenter:state'> {
  const { db, nowMs, instrumentOf, runStateOf, shownAtReveal } = ctx;

  function presenterState(workshopId: string): PresenterState {
    const workshop = requireWorkshop(db, workshopId);
    const instrument = instrumentOf(workshopId);
    const run = runStateOf(workshopId);
    const state = buildPresenterState({
      workshop,
      instrument,
      agenda: listAgenda(db, workshopId),
      run,
      participantIds: listParticipants(db, workshopId).map((participant) => participant.id),
      answers: listResponses(db, workshopId),
      evidence: {
        realityCheck: listRealityCheckEntries(db, workshopId),
        decisions: listDecisionEntries(db, workshopId),
      },
      actions: listActions(db, workshopId),
      clientStatements: {
        statements: listClientStatements(db, workshopId),
        answers: listClientAnswers(db, workshopId),
      },
      vote: () => voteStateOf(db, workshopId),
      // Scored as the results screen scores it, so the projector and the screen agree.
      score: () => scoreStored(db, workshopId, 'presenter:state'),
      shown: shownAtReveal.get(workshopId) ?? null,
      now: nowMs(),
    });
    if (state.section !== null) {
      if (state.revealed) {
        shownAtReveal.set(workshopId, {
          key: revealKey(state.section),
          result: state.result,
          maps: state.maps,
          clientStatements: state.clientStatements,
        });
      } else {
        shownAtReveal.delete(workshopId);
      }
    }
    return state;
  }

  return { 'presenter:state': ({ workshopId }) => presenterState(workshopId) };
}
