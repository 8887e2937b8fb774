import { describe, expect, it } from 'vitest';
import { humanItems, join, openRoom, send } from './room-fixture';

const [h1] = humanItems;
if (!h1) throw new Error('instrument has too few human statements');

// Phones read the current section from a cache that only run events clear; every way the
// facilitator changes the run must reach the next answer at once.
describe('the room sees each run change at once', () => {
  it('closes and reopens answering as the facilitator skips, unskips, re-votes and closes', async () => {
    const room = await openRoom();
    const sectionId = room.gotoStatements();
    const token = await join(room);
    let attempt = 0;
    const answer = (round: number) =>
      send(room, 'POST', '/room/answer', {
        token,
        body: {
          itemId: h1.id,
          round,
          value: 4,
          clientId: `attempt-${String(++attempt).padStart(4, '0')}`,
        },
      });
    const run = (channel: 'agenda:skip' | 'run:revote' | 'run:close', extra: object) =>
      room.h.call(channel, { workshopId: room.workshopId, sectionId, ...extra } as never);

    expect((await answer(1)).status).toBe(200);
    run('agenda:skip', { skipped: true });
    expect((await answer(1)).json).toMatchObject({ code: 'section_closed' });
    run('agenda:skip', { skipped: false });
    expect((await answer(1)).status).toBe(200);
    run('run:revote', {});
    expect((await answer(1)).json).toMatchObject({ code: 'section_closed' });
    expect((await answer(2)).status).toBe(200);
    const view = await send(room, 'GET', '/room/state', { token });
    expect(view.json).toMatchObject({ section: { round: 2, open: true } });
    room.h.call('run:close', { workshopId: room.workshopId });
    expect((await answer(2)).json).toMatchObject({ code: 'section_closed' });
  });
});
