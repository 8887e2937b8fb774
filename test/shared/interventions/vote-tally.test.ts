import { describe, expect, it } from 'vitest';
import {
  checkDots,
  countVotes,
  discloseVote,
  type CastDots,
} from '../../../shared/interventions/vote-tally';

const ACTIONS = ['a', 'b', 'c'];
const cast = (participantId: string | null, actionId: string, dots: number): CastDots => ({
  participantId,
  actionId,
  dots,
});

describe('countVotes', () => {
  it('adds dots per action and counts each participant once, whatever they spread', () => {
    const counted = countVotes(ACTIONS, [
      cast('p1', 'a', 2),
      cast('p1', 'b', 1),
      cast('p2', 'a', 3),
      cast('p3', 'c', 1),
    ]);
    expect(counted.voters).toBe(3);
    expect(counted.totals).toEqual([
      { actionId: 'a', dots: 5 },
      { actionId: 'b', dots: 1 },
      { actionId: 'c', dots: 1 },
    ]);
    expect(counted.unattributed).toBe(0);
  });

  it('ignores dots on actions not asked about and rows without dots', () => {
    const counted = countVotes(['a'], [cast('p1', 'gone', 3), cast('p2', 'a', 0)]);
    expect(counted).toEqual({ voters: 0, totals: [{ actionId: 'a', dots: 0 }], unattributed: 0 });
  });

  it('counts unattributed dots in the totals but not as voters', () => {
    const counted = countVotes(ACTIONS, [cast(null, 'a', 4), cast('p1', 'b', 1)]);
    expect(counted.voters).toBe(1);
    expect(counted.unattributed).toBe(4);
    expect(counted.totals[0]).toEqual({ actionId: 'a', dots: 4 });
  });
});

describe('discloseVote', () => {
  const five = [
    cast('p1', 'a', 3),
    cast('p2', 'a', 1),
    cast('p2', 'b', 2),
    cast('p3', 'c', 3),
    cast('p4', 'b', 3),
    cast('p5', 'a', 3),
  ];

  it('keeps the vote secret before the reveal: only how many voted, however many did', () => {
    const tally = discloseVote(countVotes(ACTIONS, five), false, 3);
    expect(tally).toEqual({ status: 'secret', voters: 5 });
    expect(JSON.stringify(tally)).not.toMatch(/dots|totals/);
  });

  it('shows the totals once revealed by at least k voters', () => {
    const tally = discloseVote(countVotes(ACTIONS, five), true, 5);
    expect(tally).toEqual({
      status: 'shown',
      voters: 5,
      totals: [
        { actionId: 'a', dots: 7 },
        { actionId: 'b', dots: 5 },
        { actionId: 'c', dots: 3 },
      ],
    });
  });

  it('withholds the totals when fewer than k voted: one voter’s totals are their ballot', () => {
    const alone = countVotes(ACTIONS, [cast('p1', 'a', 2), cast('p1', 'c', 1)]);
    expect(discloseVote(alone, true, 3)).toEqual({ status: 'withheld', voters: 1 });
    const four = countVotes(
      ACTIONS,
      five.filter((entry) => entry.participantId !== 'p5'),
    );
    expect(discloseVote(four, true, 5)).toEqual({ status: 'withheld', voters: 4 });
  });

  it('never lets a late vote be read by subtraction: before the reveal nothing but the count moves', () => {
    const before = discloseVote(countVotes(ACTIONS, five), false, 3);
    const after = discloseVote(countVotes(ACTIONS, [...five, cast('p6', 'c', 3)]), false, 3);
    // Everything that differs between the two is the number of voters.
    expect({ ...before, voters: 0 }).toEqual({ ...after, voters: 0 });
    expect(after.voters - before.voters).toBe(1);
  });

  it('shows unattributed totals from before per-participant votes: they describe no one', () => {
    const legacy = countVotes(ACTIONS, [cast(null, 'a', 4), cast(null, 'b', 2)]);
    expect(discloseVote(legacy, true, 5)).toMatchObject({
      status: 'shown',
      voters: 0,
      totals: [{ dots: 4 }, { dots: 2 }, { dots: 0 }],
    });
    // Mixed with fewer than k people's dots, the people's would show through: withheld.
    const mixed = countVotes(ACTIONS, [cast(null, 'a', 4), cast('p1', 'b', 2)]);
    expect(discloseVote(mixed, true, 3)).toEqual({ status: 'withheld', voters: 1 });
  });

  it('shows nothing for a vote nobody took part in', () => {
    expect(discloseVote(countVotes(ACTIONS, []), true, 3)).toEqual({
      status: 'withheld',
      voters: 0,
    });
  });
});

describe('checkDots', () => {
  it('replaces the action’s own dots, so moving a dot within the budget is allowed', () => {
    expect(checkDots(2, 1, 3)).toBeNull();
    expect(checkDots(0, 3, 3)).toBeNull();
  });

  it('refuses more dots than a person has, saying how many that would be', () => {
    expect(checkDots(3, 1, 3)).toEqual({ code: 'over_budget', placed: 4, votesPerPerson: 3 });
  });

  it('refuses negative and fractional dots', () => {
    expect(checkDots(-1, 0, 3)).toEqual({ code: 'negative' });
    expect(checkDots(1.5, 0, 3)).toEqual({ code: 'not_whole' });
  });
});
