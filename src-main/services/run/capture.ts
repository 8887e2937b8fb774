import type { Handlers } from '../../../shared/api/contract';
import type { SavedResponse } from '../../../shared/run/api';
import { getParticipant } from '../../store/repositories/participants';
import {
  deleteResponse,
  listResponses,
  recordResponse,
  type AnswerValue,
  type StoredResponse,
} from '../../store/repositories/responses';
import { touchWorkshop } from '../../store/repositories/workshops';
import { nowIso } from '../service-deps';
import { invalidInput, notFound } from '../service-errors';
import { requireWorkshop } from '../workshop-service';
import type { RunContext } from './run-context';

export type CaptureChannel = 'response:record' | 'response:clear' | 'responses:list';

function savedResponse(response: StoredResponse): SavedResponse {
  return {
    participantId: response.participantId,
    itemId: response.itemId,
    round: response.round,
    value: response.value,
    savedAt: response.updatedAt,
  };
}

/** Capturing the room's answers: one per participant, statement and round. */
export function captureHandlers(ctx: RunContext): Pick<Handlers, CaptureChannel> {
  const { db, clock, instrumentOf, commit } = ctx;

  function requireMember(channel: string, workshopId: string, participantId: string) {
    const participant = getParticipant(db, participantId);
    if (!participant) throw notFound('participant', participantId);
    if (participant.workshopId !== workshopId) {
      throw invalidInput(channel, [
        { path: 'participantId', message: 'is not a participant of this workshop' },
      ]);
    }
  }

  function requireItem(channel: string, workshopId: string, itemId: string) {
    if (!instrumentOf(workshopId).items.some((item) => item.id === itemId)) {
      throw invalidInput(channel, [
        { path: 'itemId', message: `"${itemId}" is not a statement of this workshop's instrument` },
      ]);
    }
  }

  return {
    'response:record': (input) =>
      commit('response', input.workshopId, () => {
        requireWorkshop(db, input.workshopId);
        requireMember('response:record', input.workshopId, input.participantId);
        requireItem('response:record', input.workshopId, input.itemId);
        const now = nowIso(clock);
        // The contract already bounded the value to 1..5 or null; the table's CHECK holds it too.
        const value = input.value as AnswerValue;
        const stored = recordResponse(db, { ...input, value, now });
        touchWorkshop(db, input.workshopId, now);
        return savedResponse(stored);
      }),

    'response:clear': ({ workshopId, participantId, itemId, round }) =>
      commit('response', workshopId, () => {
        requireWorkshop(db, workshopId);
        requireMember('response:clear', workshopId, participantId);
        requireItem('response:clear', workshopId, itemId);
        if (deleteResponse(db, participantId, itemId, round)) {
          touchWorkshop(db, workshopId, nowIso(clock));
        }
        return { participantId, itemId, round };
      }),

    'responses:list': ({ workshopId, round }) => {
      requireWorkshop(db, workshopId);
      return listResponses(db, workshopId)
        .filter((response) => response.round === round)
        .map(savedResponse);
    },
  };
}
