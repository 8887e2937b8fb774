import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { DEVICE_COOKIE, type RoomView } from '../../../shared/room/schemas';
import { workshopEvents, type WorkshopEvent } from '../../../src-main/services/events';
import { join, openRoom, send, snapshot, type Room } from './room-fixture';

/** Two chosen candidates, dots per person 3, and the run on the Interventions section. */
function startVote(room: Room) {
  const { workshopId, h } = room;
  const { action: a } = h.call('actions:save', { workshopId, title: 'Decision log' });
  const { action: b } = h.call('actions:save', { workshopId, title: 'WIP limit' });
  h.call('actions:configure', { workshopId, votesPerPerson: 3 });
  const section = h
    .call('run:get', { workshopId })
    .agenda.find((item) => item.kind === 'interventions');
  if (!section) throw new Error('no interventions section');
  h.call('run:goto', { workshopId, sectionId: section.id });
  return { a, b, sectionId: section.id };
}

const vote = (room: Room, token: string, body: unknown) =>
  send(room, 'POST', '/room/vote', { token, body });

const voteOf = async (room: Room, token: string) =>
  ((await send(room, 'GET', '/room/state', { token })).json as RoomView).vote;

describe('dot voting from phones', () => {
  it('places a phone’s own dots, shows it only its own, and tells the screens only how many voted', async () => {
    const room = await openRoom(3);
    const { a, b } = startVote(room);
    const [p1, p2] = room.participants;
    const one = await join(room, p1?.alias);
    const two = await join(room, p2?.alias);

    expect(await voteOf(room, one)).toEqual({
      open: true,
      votesPerPerson: 3,
      actions: [
        { id: a.id, title: 'Decision log' },
        { id: b.id, title: 'WIP limit' },
      ],
      mine: {},
    });
    const placed = await vote(room, one, { actionId: a.id, dots: 2 });
    expect(placed.status).toBe(200);
    expect(placed.json).toEqual({ mine: { [a.id]: 2 } });
    expect((await vote(room, two, { actionId: a.id, dots: 1 })).status).toBe(200);

    // Each phone sees its own dots, never the other's or a total.
    expect((await voteOf(room, one))?.mine).toEqual({ [a.id]: 2 });
    expect((await voteOf(room, two))?.mine).toEqual({ [a.id]: 1 });
    // The facilitator's screen: two voted, no tally; the phones' rows show no dots.
    const grid = room.h.call('actions:voteGrid', { workshopId: room.workshopId });
    expect(grid.vote.tally).toEqual({ status: 'secret', voters: 2 });
    expect(grid.rows.filter((row) => row.channel === 'phone')).toHaveLength(2);
    expect(JSON.stringify(grid.rows)).not.toContain(a.id);
    expect(
      room.h.call('actions:list', { workshopId: room.workshopId }).actions.map((x) => x.votes),
    ).toEqual([0, 0]);
  });

  it('refuses bad dots with a specific error and changes nothing', async () => {
    const room = await openRoom(3);
    const { a, b } = startVote(room);
    const token = await join(room, room.participants[0]?.alias);
    await vote(room, token, { actionId: a.id, dots: 2 });
    const before = snapshot(room.db);

    const over = await vote(room, token, { actionId: b.id, dots: 2 });
    expect(over.status).toBe(409);
    expect(over.json).toMatchObject({
      code: 'too_many_dots',
      message: 'dots: would place 4 dots; each person has 3',
    });
    const unknown = await vote(room, token, {
      actionId: '00000000-0000-4000-8000-000000000000',
      dots: 1,
    });
    expect(unknown.status).toBe(404);
    expect(unknown.json).toMatchObject({ code: 'unknown_action' });
    const negative = await vote(room, token, { actionId: a.id, dots: -1 });
    expect(negative.status).toBe(400);
    expect(negative.json).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'dots', message: 'must not be negative' }],
    });
    const extra = await vote(room, token, { actionId: a.id, dots: 1, participantId: 'x' });
    expect(extra.status).toBe(400);
    const stranger = await send(room, 'POST', '/room/vote', { body: { actionId: a.id, dots: 1 } });
    expect(stranger.status).toBe(401);
    expect(stranger.json).toMatchObject({ code: 'not_joined' });
    expect(snapshot(room.db)).toEqual(before);

    // An action of another workshop is as unknown as a made-up one.
    const other = room.h.call('workshop:create', {
      title: 'Elsewhere',
      date: '2026-05-04',
      anonymityThreshold: 3,
      language: 'en',
    });
    const { action: foreign } = room.h.call('actions:save', {
      workshopId: other.id,
      title: 'Not here',
    });
    const afterForeign = snapshot(room.db);
    const elsewhere = await vote(room, token, { actionId: foreign.id, dots: 1 });
    expect(elsewhere.json).toMatchObject({ code: 'unknown_action' });
    expect(snapshot(room.db)).toEqual(afterForeign);
  });

  it('takes dots only while the Interventions section is on and the vote is secret', async () => {
    const room = await openRoom(3);
    const { a } = startVote(room);
    const tokens = await Promise.all(room.participants.map((p) => join(room, p.alias)));
    const [first] = tokens;
    if (!first) throw new Error('no phone');

    // Another section: closed.
    room.gotoStatements();
    const elsewhere = await vote(room, first, { actionId: a.id, dots: 1 });
    expect(elsewhere.status).toBe(409);
    expect(elsewhere.json).toMatchObject({ code: 'vote_closed' });
    expect(await voteOf(room, first)).toBeNull();

    startVoteSectionAgain(room);
    for (const token of tokens) await vote(room, token, { actionId: a.id, dots: 1 });
    const revealed = room.h.call('actions:revealVote', { workshopId: room.workshopId });
    expect(revealed.tally).toEqual({
      status: 'shown',
      voters: 3,
      totals: [{ actionId: a.id, dots: 3 }, expect.objectContaining({ dots: 0 })],
    });
    // After the reveal: closed, and a late dot cannot move the total the room saw.
    const late = await vote(room, first, { actionId: a.id, dots: 0 });
    expect(late.status).toBe(409);
    expect(late.json).toMatchObject({ code: 'vote_closed' });
    expect((await voteOf(room, first))?.open).toBe(false);
    expect(room.h.call('actions:list', { workshopId: room.workshopId }).actions[0]?.votes).toBe(3);
  });

  it('keeps a phone off dots the facilitator placed for its alias', async () => {
    const room = await openRoom(3);
    const { a } = startVote(room);
    const [p1] = room.participants;
    if (!p1) throw new Error('no participant');
    room.h.call('actions:vote', { actionId: a.id, participantId: p1.id, dots: 1 });
    const token = await join(room, p1.alias);
    // The phone does not see the grid's dots, and may not add to them.
    expect((await voteOf(room, token))?.mine).toEqual({});
    const refused = await vote(room, token, { actionId: a.id, dots: 2 });
    expect(refused.status).toBe(409);
    expect(refused.json).toMatchObject({ code: 'voted_elsewhere' });
    // And the grid cannot place dots for someone who has a phone in the room.
    const grid = room.h.call('actions:voteGrid', { workshopId: room.workshopId });
    expect(grid.rows.find((row) => row.participantId === p1.id)?.channel).toBe('phone');
  });
});

/** Opens a phone's event stream; `pinged` resolves once it says "look again" (then it closes). */
function openStream(room: Room, token: string): Promise<{ pinged: Promise<void> }> {
  return new Promise((connected, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: room.port,
        path: '/room/events',
        headers: { host: `127.0.0.1:${room.port}`, cookie: `${DEVICE_COOKIE}=${token}` },
      },
      (response) => {
        const pinged = new Promise<void>((resolve) => {
          response.on('data', (chunk: Buffer) => {
            if (chunk.toString('utf8').includes('data: run')) {
              req.destroy();
              resolve();
            }
          });
        });
        connected({ pinged });
      },
    );
    req.on('error', (error) => (req.destroyed ? undefined : reject(error)));
    req.end();
  });
}

describe('telling phones and screens what changed', () => {
  it('announces a changed list of candidates to phones, and a dot only as "the count moved"', async () => {
    const room = await openRoom(3);
    const { a } = startVote(room);
    const token = await join(room, room.participants[0]?.alias);
    const events: WorkshopEvent[] = [];
    const stop = workshopEvents.subscribe((event) => events.push(event));
    try {
      const { workshopId } = room;
      // A phone's stream hears that a candidate was added, so its list follows at once.
      const stream = await openStream(room, token);
      const { action: c } = room.h.call('actions:save', { workshopId, title: 'Pairing days' });
      await stream.pinged;
      expect(events.map((event) => event.type)).toEqual(['candidates']);
      // An owner typed in changes nothing a phone shows: no event.
      room.h.call('actions:save', {
        workshopId,
        id: c.id,
        interventionId: null,
        title: 'Pairing days',
        owner: 'Ana',
      });
      expect(events).toHaveLength(1);
      room.h.call('actions:save', {
        workshopId,
        id: c.id,
        interventionId: null,
        title: 'Pairing days',
        selected: false,
      });
      room.h.call('actions:remove', { id: c.id });
      expect(events.map((event) => event.type)).toEqual(['candidates', 'candidates', 'candidates']);
      // A dot: the screens refetch the count of voters; the event names nothing else.
      await vote(room, token, { actionId: a.id, dots: 1 });
      expect(events.at(-1)).toEqual({ type: 'vote', workshopId });
    } finally {
      stop();
    }
  });
});

function startVoteSectionAgain(room: Room) {
  const section = room.h
    .call('run:get', { workshopId: room.workshopId })
    .agenda.find((item) => item.kind === 'interventions');
  if (!section) throw new Error('no interventions section');
  room.h.call('run:goto', { workshopId: room.workshopId, sectionId: section.id });
}
