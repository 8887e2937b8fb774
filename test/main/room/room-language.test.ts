import { describe, expect, it } from 'vitest';
import type { RoomView } from '../../../shared/room/schemas';
import { humanItems, join, openRoom, send, snapshot } from './room-fixture';

const textsOf = (view: unknown) =>
  (view as RoomView).section?.statements.map((statement) => statement.text) ?? [];

describe('a phone reading in its own language', () => {
  it('gets the texts in the language it asks for, the workshop’s without asking', async () => {
    const room = await openRoom();
    room.gotoStatements();
    const token = await join(room, room.participants[0]?.alias);
    const plain = await send(room, 'GET', '/room/state', { token });
    expect(plain.json).toMatchObject({ language: 'es', workshopLanguage: 'es' });
    expect(textsOf(plain.json)).toEqual(humanItems.map((item) => item.text.es));
    for (const lang of ['en', 'de', 'fr'] as const) {
      const asked = await send(room, 'GET', `/room/state?lang=${lang}`, { token });
      expect(asked.status).toBe(200);
      expect(asked.json).toMatchObject({ language: lang, workshopLanguage: 'es' });
      expect(textsOf(asked.json)).toEqual(humanItems.map((item) => item.text[lang]));
      // The same statements, in the same order, under the same ids.
      expect((asked.json as RoomView).section?.statements.map((s) => s.id)).toEqual(
        humanItems.map((item) => item.id),
      );
    }
  });

  it('stores an answer against the same statement whatever language it was read in', async () => {
    const room = await openRoom();
    room.gotoStatements();
    const token = await join(room, room.participants[0]?.alias);
    const german = (await send(room, 'GET', '/room/state?lang=de', { token })).json as RoomView;
    const first = german.section?.statements[0];
    if (!first) throw new Error('no statement');
    const saved = await send(room, 'POST', '/room/answer', {
      token,
      body: { itemId: first.id, round: 1, value: 2, clientId: 'attempt-de-0001' },
    });
    expect(saved.status).toBe(200);
    expect(room.h.call('responses:list', { workshopId: room.workshopId, round: 1 })).toEqual([
      expect.objectContaining({ itemId: humanItems[0]?.id, value: 2 }),
    ]);
    // Read back in French and in the workshop's Spanish: the same answer on the same statement.
    for (const path of ['/room/state?lang=fr', '/room/state']) {
      const view = (await send(room, 'GET', path, { token })).json as RoomView;
      expect(view.answers).toEqual({ [first.id]: 2 });
    }
  });

  it('refuses a language it has no texts for, saying which it has, and changes nothing', async () => {
    const room = await openRoom();
    room.gotoStatements();
    const token = await join(room, room.participants[0]?.alias);
    const before = snapshot(room.db);
    for (const lang of ['it', 'EN', '', 'de-DE']) {
      const refused = await send(room, 'GET', `/room/state?lang=${encodeURIComponent(lang)}`, {
        token,
      });
      expect(refused.status).toBe(400);
      expect(refused.json).toMatchObject({
        code: 'invalid_input',
        message: `lang: ${JSON.stringify(lang)} is not a language of this room; it must be one of en, es, de, fr.`,
      });
    }
    const twice = await send(room, 'GET', '/room/state?lang=de&lang=fr', { token });
    expect(twice.status).toBe(400);
    expect(snapshot(room.db)).toEqual(before);
    // An unjoined phone is refused for that first, whatever it asks.
    expect((await send(room, 'GET', '/room/state?lang=xx')).status).toBe(401);
  });
});
