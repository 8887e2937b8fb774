import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INSTRUMENT_V1 } from '../../../shared/instrument';
import { serviceHarness, type Harness } from '../../helpers/service-harness';

const sample = JSON.parse(readFileSync('docs/sample-workshop.json', 'utf8')) as {
  workshop: { date: string; team: string; title: string };
  responses: { item: string; value: number | null }[];
};

/** Imports the sample, or a copy with other set-up fields and answers. */
function importSample(
  h: Harness,
  change: { date?: string; team?: string; title?: string; calmReplay?: boolean } = {},
) {
  const healthKeyed =
    INSTRUMENT_V1.items.find((item) => item.id === 'dv.replay.1')?.keyed === 'health';
  const file = {
    ...sample,
    workshop: { ...sample.workshop, ...change },
    responses: sample.responses.map((r) =>
      change.calmReplay === true && r.item === 'dv.replay.1' && r.value !== null
        ? { ...r, value: healthKeyed ? 5 : 1 }
        : r,
    ),
  };
  // Variants of one sample: some share its title and date, imported as copies on purpose.
  return h.call('workshop:importFile', { file, confirmDuplicate: true });
}

describe('interventions service', () => {
  it('recommends from the stored workshop with the catalogue texts and the findings’ titles', () => {
    const h = serviceHarness();
    const workshop = importSample(h);
    const { recommendations, language } = h.call('interventions:recommend', {
      workshopId: workshop.id,
    });
    expect(language).toBe('en');
    const log = recommendations.find((r) => r.intervention.title.en === 'Five-line decision log');
    // It answers the sample's strongest finding, and one more than the AI sampling does.
    expect(log?.rank).toBe(1);
    expect(log?.findings.map((f) => f.title.en)).toContain(
      'Decisions cannot be replayed or audited',
    );
    expect(h.fail('interventions:recommend', { workshopId: 'nope' }).code).toBe('not_found');
  });

  it('saves chosen and custom actions, validating dates, owners and catalogue ids', () => {
    const h = serviceHarness();
    const { id: workshopId } = importSample(h);
    const { action } = h.call('actions:save', { workshopId, interventionId: 'decision-log' });
    // Filled from the catalogue in the workshop's language.
    expect(action).toMatchObject({
      title: 'Five-line decision log',
      selected: true,
      votes: 0,
      targets: ['dv.explain', 'dv.replay'],
    });
    expect(action.successSignal).toContain('Replayability');

    // Saving the same intervention again updates its one action.
    const again = h.call('actions:save', {
      workshopId,
      interventionId: 'decision-log',
      owner: 'Ana',
      dueDate: '2026-03-31',
      successSignal: 'Replay gap below 30',
    });
    expect(again.action.id).toBe(action.id);
    expect(again.action).toMatchObject({ owner: 'Ana', dueDate: '2026-03-31' });

    const custom = h.call('actions:save', {
      workshopId,
      title: 'Risk coffee on Fridays',
      targets: ['hd.speakup'],
    });
    expect(custom.action).toMatchObject({
      interventionId: null,
      position: 1,
      targets: ['hd.speakup'],
    });

    const bad = (input: Record<string, unknown>) =>
      h.fail('actions:save', { workshopId, ...input }).issues?.map((issue) => issue.path);
    expect(bad({ title: 'x', dueDate: '2026-02-30' })).toEqual(['dueDate']);
    expect(bad({ title: 'x', owner: 'o'.repeat(201) })).toEqual(['owner']);
    expect(bad({ title: '' })).toEqual(['title']);
    expect(bad({ interventionId: 'nap-room' })).toEqual(['interventionId']);
    expect(bad({ title: 'x', targets: ['hd.coffee'] })).toEqual(['targets[0]']);
    expect(h.call('actions:list', { workshopId }).actions).toHaveLength(2);
  });

  it('takes each participant’s dots within their own budget, secret until the reveal', () => {
    const h = serviceHarness();
    const { id: workshopId, anonymityThreshold: k } = importSample(h); // 6 participants
    const people = h.call('participant:list', { workshopId });
    const [p1, p2] = people;
    if (!p1 || !p2) throw new Error('the sample has participants');
    const { action: a } = h.call('actions:save', { workshopId, interventionId: 'decision-log' });
    const { action: b } = h.call('actions:save', { workshopId, title: 'Own idea' });
    expect(h.call('actions:configure', { workshopId, votesPerPerson: 2 })).toMatchObject({
      votesPerPerson: 2,
      participants: 6,
      revealedAt: null,
      tally: { status: 'secret', voters: 0 },
    });

    const grid = h.call('actions:vote', { actionId: a.id, participantId: p1.id, dots: 2 });
    expect(grid.rows.find((row) => row.participantId === p1.id)).toMatchObject({
      channel: 'grid',
      dots: { [a.id]: 2 },
    });
    // Before the reveal, the state says how many voted and nothing about any action's dots.
    expect(grid.vote.tally).toEqual({ status: 'secret', voters: 1 });
    expect(h.call('actions:list', { workshopId }).actions.map((x) => x.votes)).toEqual([0, 0]);

    // Over the person's budget: refused by field, nothing stored.
    const over = h.fail('actions:vote', { actionId: b.id, participantId: p1.id, dots: 1 });
    expect(over.code).toBe('invalid_input');
    expect(over.issues?.[0]).toEqual({
      path: 'dots',
      message: 'would place 3 dots; each person has 2',
    });
    // Moving a dot within the budget is fine: an action's dots are replaced, not added.
    h.call('actions:vote', { actionId: a.id, participantId: p1.id, dots: 1 });
    h.call('actions:vote', { actionId: b.id, participantId: p1.id, dots: 1 });
    expect(h.fail('actions:vote', { actionId: b.id, participantId: p1.id, dots: -1 }).code).toBe(
      'invalid_input',
    );
    // N is fixed once a dot is placed: changing it could strand a ballot over its budget.
    expect(h.fail('actions:configure', { workshopId, votesPerPerson: 1 }).code).toBe('conflict');

    // Unchoosing an action before the reveal gives its dots back.
    const deselected = h.call('actions:save', {
      workshopId,
      id: a.id,
      interventionId: 'decision-log',
      selected: false,
    });
    expect(deselected.action.votes).toBe(0);
    expect(h.fail('actions:vote', { actionId: a.id, participantId: p2.id, dots: 1 }).code).toBe(
      'conflict',
    );
    const grid2 = h.call('actions:voteGrid', { workshopId });
    expect(grid2.rows.find((row) => row.participantId === p1.id)).toMatchObject({
      dots: { [b.id]: 1 },
    });

    // k voters, then the reveal: the totals show, fixed, and no dot changes after it.
    for (const person of people.slice(1, k)) {
      h.call('actions:vote', { actionId: b.id, participantId: person.id, dots: 2 });
    }
    const revealed = h.call('actions:revealVote', { workshopId });
    expect(revealed.tally).toEqual({
      status: 'shown',
      voters: k,
      totals: [{ actionId: b.id, dots: 1 + 2 * (k - 1) }],
    });
    expect(h.call('actions:list', { workshopId }).actions.find((x) => x.id === b.id)?.votes).toBe(
      1 + 2 * (k - 1),
    );
    const late = h.fail('actions:vote', { actionId: b.id, participantId: p1.id, dots: 0 });
    expect(late.code).toBe('conflict');
    expect(late.message).toContain('after the reveal');
    expect(h.fail('actions:revealVote', { workshopId }).code).toBe('conflict');

    expect(h.call('actions:remove', { id: b.id }).vote.tally).toEqual({
      status: 'shown',
      voters: k,
      totals: [],
    });
    expect(h.fail('actions:remove', { id: b.id }).code).toBe('not_found');
  });

  it('refuses dots for an unknown action or a participant of another workshop, changing nothing', () => {
    const h = serviceHarness();
    const { id: workshopId } = importSample(h);
    const { id: otherId } = importSample(h, { title: 'Another room' });
    const [stranger] = h.call('participant:list', { workshopId: otherId });
    const [p1] = h.call('participant:list', { workshopId });
    if (!stranger || !p1) throw new Error('the sample has participants');
    const { action } = h.call('actions:save', { workshopId, title: 'Own idea' });
    const before = h.call('actions:voteGrid', { workshopId });

    const unknown = h.fail('actions:vote', {
      actionId: '00000000-0000-4000-8000-000000000000',
      participantId: p1.id,
      dots: 1,
    });
    expect(unknown.code).toBe('not_found');
    const outsider = h.fail('actions:vote', {
      actionId: action.id,
      participantId: stranger.id,
      dots: 1,
    });
    expect(outsider.code).toBe('invalid_input');
    expect(outsider.issues?.[0]?.path).toBe('participantId');
    expect(
      h.fail('actions:vote', { actionId: action.id, participantId: p1.id, dots: 21 }).code,
    ).toBe('invalid_input');
    expect(h.call('actions:voteGrid', { workshopId })).toEqual(before);
  });

  it('withholds the totals at the reveal when fewer than k voted, and keeps them withheld', () => {
    const h = serviceHarness();
    const { id: workshopId, anonymityThreshold: k } = importSample(h);
    const people = h.call('participant:list', { workshopId });
    const { action } = h.call('actions:save', { workshopId, title: 'Own idea' });
    for (const person of people.slice(0, k - 1)) {
      h.call('actions:vote', { actionId: action.id, participantId: person.id, dots: 1 });
    }
    expect(h.call('actions:revealVote', { workshopId }).tally).toEqual({
      status: 'withheld',
      voters: k - 1,
    });
    // The plan and the report read 0, not the withheld total.
    expect(h.call('actions:list', { workshopId }).actions[0]?.votes).toBe(0);
  });

  it('links a follow-up of the same team, refusing itself, loops, other teams and later dates', () => {
    const h = serviceHarness();
    const first = importSample(h);
    const second = importSample(h, { date: '2026-02-20' });
    const third = importSample(h, { date: '2026-05-20' });
    const other = importSample(h, { date: '2026-02-20', team: 'Lending' });

    expect(h.call('workshop:linkFollowUp', { id: second.id, followsId: first.id })).toEqual({
      id: second.id,
      followsId: first.id,
    });
    h.call('workshop:linkFollowUp', { id: third.id, followsId: second.id });
    const path = (input: { id: string; followsId: string }) =>
      h.fail('workshop:linkFollowUp', input).issues?.[0]?.message ?? '';
    expect(path({ id: first.id, followsId: first.id })).toContain('itself');
    // Same date keeps the date rule quiet, so the loop check is what refuses it.
    const sameDay = importSample(h, { date: '2026-05-20' });
    h.call('workshop:linkFollowUp', { id: sameDay.id, followsId: third.id });
    expect(path({ id: third.id, followsId: sameDay.id })).toContain('loop');
    expect(path({ id: other.id, followsId: first.id })).toContain('team');
    expect(path({ id: first.id, followsId: second.id })).toContain('after');
    expect(
      h.call('workshop:linkFollowUp', { id: sameDay.id, followsId: null }).followsId,
    ).toBeNull();
  });

  it('gives the trend over the chain, with n on both sides of every agreed action', () => {
    const h = serviceHarness();
    const first = importSample(h);
    h.call('actions:save', { workshopId: first.id, interventionId: 'decision-log', owner: 'Ana' });
    h.call('actions:save', {
      workshopId: first.id,
      interventionId: 'dissent-round',
      selected: false,
    });
    const second = importSample(h, { date: '2026-02-20', calmReplay: true });
    const third = importSample(h, { date: '2026-05-20', calmReplay: true });
    h.call('workshop:linkFollowUp', { id: second.id, followsId: first.id });
    h.call('workshop:linkFollowUp', { id: third.id, followsId: second.id });

    const trend = h.call('followup:trend', { workshopId: second.id });
    expect(trend.workshops.map((w) => w.id)).toEqual([first.id, second.id]);
    // Only chosen actions are followed up.
    expect(trend.actions.map((a) => a.title)).toEqual(['Five-line decision log']);
    const replay = trend.actions[0]?.targets.find((t) => t.factor === 'dv.replay');
    expect(replay).toMatchObject({
      before: { workshopId: first.id, n: 6 },
      after: { workshopId: second.id, n: 6 },
      direction: 'better',
    });
    expect(replay?.change).toBeLessThanOrEqual(-5);

    const long = h.call('followup:trend', { workshopId: third.id });
    expect(long.workshops).toHaveLength(3);
    expect(long.factors.find((f) => f.id === 'dv.replay')?.points).toHaveLength(3);
    expect(long.actions).toEqual([]);

    // Deleting the earlier workshop drops the link with it.
    h.call('workshop:delete', { id: first.id });
    expect(h.call('followup:trend', { workshopId: second.id }).followsId).toBeNull();
  });
});
