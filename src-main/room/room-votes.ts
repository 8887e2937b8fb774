import type { AgendaSection } from '../../shared/run/agenda';
import type { RoomVote, RoomVoteInput } from '../../shared/room/schemas';
import type { Db } from '../services/service-deps';
import { placeDots, VoteRefusal, votesPerPersonOf } from '../services/vote-service';
import { listActions } from '../store/repositories/actions';
import { getVoteReveal, listParticipantDots } from '../store/repositories/action-votes';
import type { RoomDeviceRecord } from '../store/repositories/room-devices';
import { RoomRefusal } from './room-participants';

/** True while phones may place dots: the run is on an Interventions section it has not skipped. */
export function voteSectionOn(section: AgendaSection | null, running: boolean): boolean {
  return running && section !== null && section.kind === 'interventions' && !section.skipped;
}

/**
 * What a phone sees of the dot vote during the Interventions section: the chosen actions, its
 * dots per person and the dots this device placed, and no one else's (not even its alias's dots
 * from the facilitator's grid). Null outside the section.
 */
export function roomVoteView(
  db: Db,
  device: RoomDeviceRecord,
  section: AgendaSection | null,
  running: boolean,
): RoomVote | null {
  if (!section || section.kind !== 'interventions') return null;
  const actions = listActions(db, device.workshopId).filter((action) => action.selected);
  const mine: Record<string, number> = {};
  for (const entry of listParticipantDots(db, device.participantId)) {
    if (entry.deviceId === device.id) mine[entry.actionId] = entry.dots;
  }
  return {
    open: voteSectionOn(section, running) && !getVoteReveal(db, device.workshopId),
    votesPerPerson: votesPerPersonOf(db, device.workshopId),
    actions: actions.map((action) => ({ id: action.id, title: action.title })),
    mine,
  };
}

const STATUS: Record<VoteRefusal['code'], number> = {
  vote_closed: 409,
  unknown_action: 404,
  not_chosen: 404,
  too_many_dots: 409,
  invalid_dots: 400,
  not_participant: 403,
  voted_elsewhere: 409,
};

/**
 * Places this phone's dots on one action. Refused (changing nothing) outside the Interventions
 * section, after the reveal, on an action that is not a chosen candidate of this workshop, or
 * beyond the phone's dots per person. Call inside a transaction.
 */
export function placeRoomDots(
  db: Db,
  device: RoomDeviceRecord,
  input: RoomVoteInput,
  sectionOn: boolean,
): RoomVote['mine'] {
  if (!sectionOn) {
    throw new RoomRefusal('vote_closed', 409, 'The vote is not open: dots are not taken now.');
  }
  try {
    placeDots(db, {
      workshopId: device.workshopId,
      actionId: input.actionId,
      participantId: device.participantId,
      deviceId: device.id,
      replacesOthers: device.allowedAt !== null,
      dots: input.dots,
    });
  } catch (error) {
    if (!(error instanceof VoteRefusal)) throw error;
    // A chosen action is the only kind a phone is shown: another id is as unknown as a made-up one.
    const code =
      error.code === 'not_chosen' || error.code === 'unknown_action'
        ? 'unknown_action'
        : error.code === 'invalid_dots' || error.code === 'not_participant'
          ? 'invalid_input'
          : error.code;
    throw new RoomRefusal(code, STATUS[error.code], error.message, error.issues);
  }
  const mine: Record<string, number> = {};
  for (const entry of listParticipantDots(db, device.participantId)) {
    if (entry.deviceId === device.id) mine[entry.actionId] = entry.dots;
  }
  return mine;
}
