import { describe, expect, it } from 'vitest';
import type { Action, VoteState } from '../../../shared/interventions';
import { presenterVotes } from '../../../shared/run/presenter';

function action(id: string, interventionId: string | null): Action {
  return {
    id,
    workshopId: 'w',
    interventionId,
    title: id,
    description: '',
    owner: '',
    dueDate: null,
    successSignal: '',
    targets: [],
    selected: true,
    votes: 0,
    position: 0,
    createdAt: '2026-05-04T10:00:00.000Z',
    updatedAt: '2026-05-04T10:00:00.000Z',
  };
}

const ACTIONS = [action('a-log', 'decision-log'), action('a-own', null)];
const state = (tally: VoteState['tally']): VoteState => ({
  votesPerPerson: 3,
  participants: 8,
  revealedAt: tally.status === 'secret' ? null : '2026-05-04T11:00:00.000Z',
  tally,
});

describe('presenterVotes', () => {
  it('puts only how many have voted on the wall while the vote is secret', () => {
    expect(presenterVotes(state({ status: 'secret', voters: 5 }), ACTIONS)).toEqual({
      participants: 8,
      voters: 5,
      status: 'secret',
      dots: null,
    });
  });

  it('keys the revealed dots like the candidates: the intervention, or the room’s own action', () => {
    const shown = presenterVotes(
      state({
        status: 'shown',
        voters: 6,
        totals: [
          { actionId: 'a-log', dots: 9 },
          { actionId: 'a-own', dots: 4 },
        ],
      }),
      ACTIONS,
    );
    expect(shown).toEqual({
      participants: 8,
      voters: 6,
      status: 'shown',
      dots: { 'decision-log': 9, 'a-own': 4 },
    });
  });

  it('says a reveal by fewer than k voters was withheld, with no dots', () => {
    expect(presenterVotes(state({ status: 'withheld', voters: 2 }), ACTIONS)).toEqual({
      participants: 8,
      voters: 2,
      status: 'withheld',
      dots: null,
    });
  });
});
