import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getInstrument, INSTRUMENT, itemsOf } from '../../../shared/instrument';
import { validateWorkshopFile } from '../../../shared/format/validate-workshop-file';
import { WorkshopFile } from '../../../shared/format/workshop-file';
import {
  storeFromWorkshopFile,
  workshopFileFrom,
} from '../../../src-main/services/workshop-file-service';
import { listResponses, recordResponse } from '../../../src-main/store/repositories/responses';
import { serviceHarness } from '../../helpers/service-harness';
import { dumpTables, openTempStore, steppingClock } from '../../helpers/temp-db';
import { join, openRoom, send } from '../room/room-fixture';

// "Not applicable to my role" through every layer that stores or carries an answer.

const human = itemsOf(INSTRUMENT, { dimension: 'human' });
const [h1, h2, h3] = human;
if (!h1 || !h2 || !h3) throw new Error('instrument has too few human statements');

function setUp() {
  const h = serviceHarness();
  const workshop = h.call('workshop:create', {
    title: 'Payments',
    date: '2026-05-04',
    anonymityThreshold: 3,
  });
  const participants = h.call('participant:add', {
    workshopId: workshop.id,
    participants: [{ role: 'engineering' }, { role: 'engineering' }],
  });
  const [p] = participants;
  if (!p) throw new Error('no participant');
  return { h, workshopId: workshop.id, participantId: p.id };
}

describe('the store', () => {
  it('keeps "na" apart from "can\'t say" and from a value, and a later answer replaces it', () => {
    const { h, workshopId, participantId } = setUp();
    const key = { workshopId, participantId, round: 1 as const, now: '2026-05-04T09:00:00Z' };
    recordResponse(h.db, { ...key, itemId: h1.id, value: 'na' });
    recordResponse(h.db, { ...key, itemId: h2.id, value: null });
    recordResponse(h.db, { ...key, itemId: h3.id, value: 4 });
    const values = () =>
      Object.fromEntries(listResponses(h.db, workshopId).map((r) => [r.itemId, r.value]));
    expect(values()).toEqual({ [h1.id]: 'na', [h2.id]: null, [h3.id]: 4 });

    recordResponse(h.db, { ...key, itemId: h1.id, value: 2 });
    recordResponse(h.db, { ...key, itemId: h2.id, value: 'na' });
    recordResponse(h.db, { ...key, itemId: h3.id, value: null });
    expect(values()).toEqual({ [h1.id]: 2, [h2.id]: 'na', [h3.id]: null });
  });

  it('refuses a row that is both not applicable and a value, whatever writes it', () => {
    const { h, workshopId, participantId } = setUp();
    const before = dumpTables(h.db);
    expect(() =>
      h.db
        .prepare(
          `INSERT INTO responses (workshop_id, participant_id, item_id, round, value,
             not_applicable, updated_at) VALUES (?, ?, ?, 1, 3, 1, '2026-05-04T09:00:00Z')`,
        )
        .run(workshopId, participantId, h1.id),
    ).toThrow(/CHECK constraint failed/);
    expect(() =>
      h.db
        .prepare(
          `INSERT INTO responses (workshop_id, participant_id, item_id, round, value,
             not_applicable, updated_at) VALUES (?, ?, ?, 1, NULL, 2, '2026-05-04T09:00:00Z')`,
        )
        .run(workshopId, participantId, h1.id),
    ).toThrow(/CHECK constraint failed/);
    expect(dumpTables(h.db)).toEqual(before);
  });
});

describe('the API', () => {
  it('records "na", lists it as "na" and counts it as an answer for the presenter', () => {
    const { h, workshopId, participantId } = setUp();
    const saved = h.call('response:record', {
      workshopId,
      participantId,
      itemId: h1.id,
      round: 1,
      value: 'na',
    });
    expect(saved).toMatchObject({ itemId: h1.id, value: 'na' });
    expect(h.call('responses:list', { workshopId, round: 1 })).toEqual([
      expect.objectContaining({ participantId, itemId: h1.id, value: 'na' }),
    ]);
  });

  it('refuses look-alikes of "na" with a specific error and stores nothing', () => {
    const { h, workshopId, participantId } = setUp();
    const before = dumpTables(h.db);
    for (const value of ['NA', 'n/a', 'N/A', '', 'null', true, 0]) {
      const error = h.fail('response:record', {
        workshopId,
        participantId,
        itemId: h1.id,
        round: 1,
        value,
      });
      expect(error.code).toBe('invalid_input');
      expect(error.issues?.[0]?.path).toBe('value');
      if (typeof value === 'string' || typeof value === 'boolean') {
        expect(error.issues?.[0]?.message).toBe(
          `must be 1 to 5, null (can't say) or "na" (not applicable), got ${JSON.stringify(value)}`,
        );
      }
    }
    expect(dumpTables(h.db)).toEqual(before);
  });
});

describe('the workshop file', () => {
  const sample = JSON.parse(readFileSync('docs/sample-workshop.json', 'utf8')) as {
    responses: { value: unknown }[];
  };

  it('round-trips "na" through the store: import then export gives "na" back', () => {
    const { db } = openTempStore();
    const raw = structuredClone(sample);
    const [first, second] = raw.responses;
    if (!first || !second) throw new Error('sample has too few answers');
    first.value = 'na';
    second.value = null;
    const file = WorkshopFile.parse(raw);
    const workshop = storeFromWorkshopFile(db, file, steppingClock());
    const exported = workshopFileFrom(db, workshop.id);
    const values = exported.responses.map((response) => response.value);
    expect(values.filter((value) => value === 'na')).toHaveLength(1);
    expect(exported.responses).toEqual(expect.arrayContaining([file.responses[0]]));
    expect(exported).toEqual(WorkshopFile.parse(exported));
  });

  it('reads every answer of the committed version-1 and version-2 files as before', () => {
    for (const path of ['test/fixtures/workshop-v1.json', 'docs/sample-workshop.json']) {
      const raw = JSON.parse(readFileSync(path, 'utf8')) as { responses: { value: unknown }[] };
      const file = WorkshopFile.parse(raw);
      expect(file.responses.map((response) => response.value)).toEqual(
        raw.responses.map((response) => response.value),
      );
      expect(file.responses.some((response) => response.value === 'na')).toBe(false);
    }
  });

  it('refuses any other text as an answer, naming the path, the value and the code', () => {
    const raw = structuredClone(sample);
    const [first] = raw.responses;
    if (!first) throw new Error('sample has no answers');
    first.value = 'n/a';
    const result = validateWorkshopFile(raw, getInstrument);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        path: 'responses[0].value',
        message: 'expected 1..5, null or "na", got "n/a"',
        code: 'answer_out_of_range',
        params: { got: '"n/a"' },
      }),
    );
  });
});

describe('the phones', () => {
  it('takes "na" from a phone, shows it back to that phone and refuses "NA"', async () => {
    const room = await openRoom();
    room.gotoStatements();
    const token = await join(room, room.participants[0]?.alias);
    const saved = await send(room, 'POST', '/room/answer', {
      token,
      body: { itemId: h1.id, round: 1, value: 'na', clientId: 'attempt-na-01' },
    });
    expect(saved.status).toBe(200);
    expect(saved.json).toEqual({ itemId: h1.id, round: 1, value: 'na', clientId: 'attempt-na-01' });
    const state = await send(room, 'GET', '/room/state', { token });
    expect((state.json as { answers: unknown }).answers).toEqual({ [h1.id]: 'na' });

    const refused = await send(room, 'POST', '/room/answer', {
      token,
      body: { itemId: h2.id, round: 1, value: 'NA', clientId: 'attempt-na-02' },
    });
    expect(refused.status).toBe(400);
    expect(refused.json).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'value', message: expect.stringContaining('"na" (not applicable)') }],
    });
    expect(room.h.call('responses:list', { workshopId: room.workshopId, round: 1 })).toEqual([
      expect.objectContaining({ itemId: h1.id, value: 'na' }),
    ]);
  });
});

describe('private mode', () => {
  it('takes "na" from the participant at the keyboard while the rest stays locked', () => {
    const { h, workshopId, participantId } = setUp();
    const view = h.call('run:start', { workshopId });
    const section = view.agenda.find((s) => s.kind === 'statements');
    if (!section) throw new Error('no section of statements');
    h.call('run:goto', { workshopId, sectionId: section.id });
    h.call('run:lock', { workshopId, pin: '4821' });
    const { lock } = h.call('run:privateMode', {});
    const itemId = lock?.statements[0]?.id;
    if (!itemId) throw new Error('no statement in private mode');
    h.call('response:record', { workshopId, participantId, itemId, round: 1, value: 'na' });
    expect(h.fail('responses:list', { workshopId, round: 1 }).code).toBe('private_mode');
    h.call('run:unlock', { workshopId, pin: '4821' });
    expect(h.call('responses:list', { workshopId, round: 1 })).toEqual([
      expect.objectContaining({ participantId, itemId, value: 'na' }),
    ]);
  });
});
