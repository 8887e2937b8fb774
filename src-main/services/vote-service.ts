import { ApiError, type FieldIssue } from '../../shared/api/errors';
import {
  DEFAULT_VOTES_PER_PERSON,
  type VoteGrid,
  type VoteGridRow,
  type VoteState,
} from '../../shared/interventions';
import { checkDots, countVotes, discloseVote } from '../../shared/interventions/vote-tally';
import { getAction, getVotesPerPerson, listActions } from '../store/repositories/actions';
import {
  clearParticipantDots,
  getVoteReveal,
  listParticipantDots,
  listWorkshopDots,
  saveVoteReveal,
  setParticipantDots,
} from '../store/repositories/action-votes';
import { getParticipant, listParticipants } from '../store/repositories/participants';
import { listActiveRoomDevices } from '../store/repositories/room-devices';
import type { Db } from './service-deps';
import { requireWorkshop } from './workshop-service';

/** Why dots were refused; the facilitator's channel and the room host each word it their way. */
export type VoteRefusalCode =
  | 'vote_closed'
  | 'unknown_action'
  | 'not_chosen'
  | 'too_many_dots'
  | 'invalid_dots'
  | 'not_participant'
  | 'voted_elsewhere';

export class VoteRefusal extends Error {
  constructor(
    readonly code: VoteRefusalCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'VoteRefusal';
  }
}

/** The facilitator's channel's error for a refusal: what was missing, broken or too late. */
export function voteApiError(refusal: VoteRefusal): ApiError {
  const code =
    refusal.code === 'unknown_action'
      ? 'not_found'
      : refusal.code === 'too_many_dots' ||
          refusal.code === 'invalid_dots' ||
          refusal.code === 'not_participant'
        ? 'invalid_input'
        : 'conflict';
  return new ApiError(code, refusal.message, refusal.issues);
}

export function votesPerPersonOf(db: Db, workshopId: string): number {
  return getVotesPerPerson(db, workshopId) ?? DEFAULT_VOTES_PER_PERSON;
}

/** The vote as any screen may see it: before the reveal, only how many have voted. */
export function voteStateOf(db: Db, workshopId: string): VoteState {
  const workshop = requireWorkshop(db, workshopId);
  const reveal = getVoteReveal(db, workshopId);
  const base = {
    votesPerPerson: votesPerPersonOf(db, workshopId),
    participants: workshop.participantCount,
    revealedAt: reveal?.revealedAt ?? null,
  };
  if (!reveal) {
    const actionIds = listActions(db, workshopId).map((action) => action.id);
    const counted = countVotes(actionIds, listWorkshopDots(db, workshopId));
    return { ...base, tally: { status: 'secret', voters: counted.voters } };
  }
  // After the reveal, the totals fixed at that moment: never recounted (see saveVoteReveal).
  if (!reveal.shown) return { ...base, tally: { status: 'withheld', voters: reveal.voters } };
  const totals = listActions(db, workshopId)
    .filter((action) => action.selected)
    .map((action) => ({ actionId: action.id, dots: action.votes }));
  return { ...base, tally: { status: 'shown', voters: reveal.voters, totals } };
}

/** The facilitator's grid: dots they placed, per participant; phone voters' dots stay theirs. */
export function voteGridOf(db: Db, workshopId: string): VoteGrid {
  const withPhone = new Set(listActiveRoomDevices(db, workshopId).map((d) => d.participantId));
  const dots = listWorkshopDots(db, workshopId);
  const byPhone = new Set(
    dots.filter((d) => d.deviceId !== null).map((d) => d.participantId ?? ''),
  );
  const rows = listParticipants(db, workshopId).map((participant): VoteGridRow => {
    if (withPhone.has(participant.id) || byPhone.has(participant.id)) {
      return { participantId: participant.id, alias: participant.alias, channel: 'phone' };
    }
    const own: Record<string, number> = {};
    for (const entry of dots) {
      if (entry.participantId === participant.id) own[entry.actionId] = entry.dots;
    }
    return { participantId: participant.id, alias: participant.alias, channel: 'grid', dots: own };
  });
  return { rows, vote: voteStateOf(db, workshopId) };
}

export interface PlaceDots {
  workshopId: string;
  actionId: string;
  participantId: string;
  /** The phone placing them; null for the facilitator's grid. */
  deviceId: string | null;
  /** A phone the facilitator allowed onto an alias: its dots replace any another channel cast. */
  replacesOthers: boolean;
  dots: number;
}

/**
 * Places a participant's dots on one action, replacing theirs there. Checks, in order: the vote
 * is still secret, the action is this workshop's and chosen, the participant is this workshop's,
 * their dots came from this channel, and the budget. Refuses with a `VoteRefusal`, changing
 * nothing. Call inside a transaction.
 */
export function placeDots(db: Db, input: PlaceDots): void {
  const workshop = requireWorkshop(db, input.workshopId);
  if (workshop.status === 'closed' || getVoteReveal(db, input.workshopId)) {
    throw new VoteRefusal('vote_closed', 'The vote is over: no dots can change after the reveal.');
  }
  const action = getAction(db, input.actionId);
  if (!action || action.workshopId !== input.workshopId) {
    throw new VoteRefusal(
      'unknown_action',
      `actionId: "${input.actionId}" is not a candidate action of this workshop`,
      [{ path: 'actionId', message: 'is not a candidate action of this workshop' }],
    );
  }
  if (!action.selected) {
    throw new VoteRefusal('not_chosen', 'Choose the action before voting on it.');
  }
  const participant = getParticipant(db, input.participantId);
  if (!participant || participant.workshopId !== input.workshopId) {
    throw new VoteRefusal(
      'not_participant',
      `participantId: "${input.participantId}" is not a participant of this workshop`,
      [{ path: 'participantId', message: 'is not a participant of this workshop' }],
    );
  }
  let mine = listParticipantDots(db, participant.id);
  const elsewhere = mine.some((entry) => entry.deviceId !== input.deviceId);
  if (elsewhere) {
    if (!input.replacesOthers) {
      throw new VoteRefusal(
        'voted_elsewhere',
        input.deviceId === null
          ? `${participant.alias} votes on a phone: only that phone places their dots.`
          : 'Dots were placed for your alias on another channel; ask the facilitator.',
      );
    }
    clearParticipantDots(db, participant.id);
    mine = [];
  }
  const others = mine
    .filter((entry) => entry.actionId !== action.id)
    .reduce((sum, entry) => sum + entry.dots, 0);
  const votesPerPerson = votesPerPersonOf(db, input.workshopId);
  const problem = checkDots(input.dots, others, votesPerPerson);
  if (problem?.code === 'over_budget') {
    const detail = `would place ${problem.placed} dots; each person has ${votesPerPerson}`;
    throw new VoteRefusal('too_many_dots', `dots: ${detail}`, [{ path: 'dots', message: detail }]);
  }
  if (problem) {
    const detail = 'must be a whole number, not negative';
    throw new VoteRefusal('invalid_dots', `dots: ${detail}`, [{ path: 'dots', message: detail }]);
  }
  setParticipantDots(db, {
    actionId: action.id,
    participantId: participant.id,
    deviceId: input.deviceId,
    dots: input.dots,
  });
}

/** Reveals the vote once: fixes each action's total (0 below k) and closes the vote. */
export function revealVote(db: Db, workshopId: string, now: string): VoteState {
  const workshop = requireWorkshop(db, workshopId);
  if (getVoteReveal(db, workshopId)) {
    throw new ApiError('conflict', 'The vote has already been revealed.');
  }
  const actionIds = listActions(db, workshopId).map((action) => action.id);
  const counted = countVotes(actionIds, listWorkshopDots(db, workshopId));
  const tally = discloseVote(counted, true, workshop.anonymityThreshold);
  saveVoteReveal(
    db,
    workshopId,
    { revealedAt: now, voters: counted.voters, shown: tally.status === 'shown' },
    counted.totals,
  );
  return voteStateOf(db, workshopId);
}
