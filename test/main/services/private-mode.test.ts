import type Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { existsSync, readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INSTRUMENT, itemsOf } from '../../../shared/instrument';
import { createHost } from '../../../src-main/host/create-host';
import { createHandlers } from '../../../src-main/services/create-handlers';
import { backupsDirFor } from '../../../src-main/store/backup';
import { openTempStore, steppingClock, tableNames } from '../../helpers/temp-db';

// Private mode over the real HTTP host and a real store: what a participant at the
// facilitator's keyboard could reach by calling the host directly.

const human = itemsOf(INSTRUMENT, { dimension: 'human' });
const technical = itemsOf(INSTRUMENT, { dimension: 'technical' });
const PIN = '4821';

let db: Database.Database;
let file: string;
let host: FastifyInstance;
let base: string;

beforeEach(async () => {
  ({ db, file } = openTempStore());
  const handlers = createHandlers(db, {
    clock: steppingClock(),
    dataFile: file,
    version: '0.0.0-test',
    transport: 'http',
    randomIndex: () => 0,
  });
  host = await createHost({ handlers });
  await host.listen({ host: '127.0.0.1', port: 0 });
  const address = host.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterEach(async () => {
  await host.close();
});

async function post(channel: string, body: unknown) {
  const response = await fetch(`${base}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

async function ok<T>(channel: string, body: unknown): Promise<T> {
  const reply = await post(channel, body);
  if (reply.status !== 200) throw new Error(`${channel}: ${JSON.stringify(reply.body)}`);
  return reply.body as T;
}

/** Every row of every table, so a refused call is seen to change nothing anywhere. */
function everything(): Record<string, unknown[]> {
  const dump: Record<string, unknown[]> = {};
  for (const table of tableNames(db)) dump[table] = db.prepare(`SELECT * FROM "${table}"`).all();
  return dump;
}

/** A workshop in its Human Debt section with a little of everything, then locked. */
async function lockedWorkshop() {
  const workshop = await ok<{ id: string }>('workshop:create', {
    title: 'Payments',
    date: '2026-05-04',
    language: 'es',
    anonymityThreshold: 3,
    instrumentVersion: '1.0.0',
  });
  const workshopId = workshop.id;
  const people = await ok<{ id: string; alias: string }[]>('participant:add', {
    workshopId,
    participants: [
      { alias: 'Zorro', role: 'engineering', name: 'Ana Real' },
      { alias: 'P10', role: 'leadership', name: 'Bo Real' },
      { alias: 'P2', role: 'engineering' },
    ],
  });
  const [zorro] = people;
  if (!zorro) throw new Error('no participant');
  const view = await ok<{ agenda: { id: string }[] }>('run:start', { workshopId });
  const humanSection = view.agenda[1];
  const otherWorkshop = await ok<{ id: string }>('workshop:create', {
    title: 'Other team',
    date: '2026-05-04',
  });
  if (!humanSection) throw new Error('no section');
  await ok('run:goto', { workshopId, sectionId: humanSection.id });
  await ok('response:record', {
    workshopId,
    participantId: zorro.id,
    itemId: human[0]?.id,
    round: 1,
    value: 4,
  });
  await ok('note:save', { workshopId, sectionId: humanSection.id, text: 'Ana looked tense' });
  const comment = await ok<{ id: string }>('comment:add', { workshopId, text: 'Too many pages' });
  const parking = await ok<{ id: string }>('parking:add', { workshopId, text: 'On-call rota' });
  const entry = await ok<{ id: string }>('realityCheck:add', {
    workshopId,
    entry: { title: 'Ledger', verified: 'partly', ownerClear: 'yes', decisionTraceable: true },
  });
  const action = await ok<{ action: { id: string } }>('actions:save', {
    workshopId,
    title: 'Weekly replay',
  });
  const backup = await ok<{ name: string }>('backup:now', {});
  await ok('run:lock', { workshopId, pin: PIN });
  return {
    workshopId,
    otherWorkshopId: otherWorkshop.id,
    people,
    sectionId: humanSection.id,
    agenda: view.agenda,
    commentId: comment.id,
    parkingId: parking.id,
    entryId: entry.id,
    actionId: action.action.id,
    backupName: backup.name,
  };
}

type Setup = Awaited<ReturnType<typeof lockedWorkshop>>;

/** Facilitator calls a participant at the keyboard must not get while the lock is on. */
function closedCalls(s: Setup): [string, unknown][] {
  const participantId = s.people[0]?.id;
  const workshopId = s.workshopId;
  return [
    ['workshop:results', { id: workshopId }],
    ['responses:list', { workshopId, round: 1 }],
    ['participant:list', { workshopId }],
    ['export:csv', { id: workshopId, kind: 'answers' }],
    ['export:csv', { id: workshopId, kind: 'aggregates' }],
    ['report:pdf', { id: workshopId, flavour: 'brief' }],
    ['workshop:exportFile', { id: workshopId }],
    ['archive:export', { id: workshopId }],
    ['evidence:list', { workshopId }],
    ['comment:list', { workshopId }],
    ['parking:list', { workshopId }],
    ['actions:list', { workshopId }],
    ['interventions:recommend', { workshopId }],
    ['followup:trend', { workshopId }],
    ['run:get', { workshopId }],
    ['run:start', { workshopId }],
    ['workshop:get', { id: workshopId }],
    ['workshop:list', {}],
    ['workshop:get', { id: s.otherWorkshopId }],
    ['participant:list', { workshopId: s.otherWorkshopId }],
    // Changes, including every way round the lock.
    ['run:goto', { workshopId, sectionId: s.agenda[0]?.id }],
    ['run:reveal', { workshopId, revealed: true }],
    ['run:lock', { workshopId: s.otherWorkshopId, pin: '1111' }],
    ['run:unlock', { workshopId: s.otherWorkshopId, pin: PIN }],
    ['note:save', { workshopId, sectionId: s.sectionId, text: '' }],
    ['response:clear', { workshopId, participantId, itemId: human[0]?.id, round: 1 }],
    ['participant:add', { workshopId, participants: [{ role: 'engineering' }] }],
    ['participant:update', { id: participantId, alias: 'Renamed', role: 'engineering' }],
    ['participant:remove', { id: participantId }],
    ['comment:remove', { workshopId, id: s.commentId }],
    ['parking:remove', { workshopId, id: s.parkingId }],
    ['realityCheck:remove', { workshopId, id: s.entryId }],
    ['actions:remove', { id: s.actionId }],
    ['workshop:delete', { id: workshopId }],
    ['workshop:duplicate', { id: workshopId }],
    ['workshop:create', { title: 'New', date: '2026-05-04' }],
    ['backup:now', {}],
    ['backup:list', {}],
    ['backup:restore', { file: s.backupName }],
    ['room:status', {}],
    ['room:devices', { workshopId }],
  ];
}

describe('private mode on the host', () => {
  it('refuses every facilitator channel with private_mode and changes nothing', async () => {
    const s = await lockedWorkshop();
    const before = everything();
    const backups = readdirSync(backupsDirFor(file)).sort();
    expect(backups).toHaveLength(1);
    for (const [channel, input] of closedCalls(s)) {
      const reply = await post(channel, input);
      expect({ channel, status: reply.status }).toEqual({ channel, status: 423 });
      expect(reply.body).toMatchObject({
        code: 'private_mode',
        message: expect.stringContaining(`Private mode is on: ${channel} is closed`),
      });
      // Nothing of the workshop leaks into the refusal.
      expect(JSON.stringify(reply.body)).not.toMatch(/Ana|Bo Real|Zorro|tense|Ledger/);
    }
    expect(everything()).toEqual(before);
    expect(readdirSync(backupsDirFor(file)).sort()).toEqual(backups);
  });

  it('serves the lock screen aliases only, and records answers to its statements only', async () => {
    const s = await lockedWorkshop();
    const { lock } = await ok<{ lock: Record<string, unknown> }>('run:privateMode', {});
    expect(lock).toEqual({
      workshopId: s.workshopId,
      language: 'es',
      sectionId: s.sectionId,
      round: 1,
      source: 'instrument',
      statements: human.map((item) => ({ id: item.id, text: item.text.es })),
      // By alias, not in the order people were added.
      participants: ['P2', 'P10', 'Zorro'].map((alias) => ({
        id: s.people.find((p) => p.alias === alias)?.id,
        alias,
      })),
    });
    expect(JSON.stringify(lock)).not.toMatch(/Real|engineering|leadership|tense/);

    const participantId = s.people[1]?.id;
    const answer = { workshopId: s.workshopId, participantId, itemId: human[1]?.id, round: 1 };
    expect((await post('response:record', { ...answer, value: 2 })).status).toBe(200);
    for (const refused of [
      { ...answer, itemId: technical[0]?.id, value: 2 },
      { ...answer, round: 2, value: 2 },
      { ...answer, workshopId: s.otherWorkshopId, value: 2 },
    ]) {
      const before = everything();
      const reply = await post('response:record', refused);
      expect(reply).toMatchObject({ status: 423, body: { code: 'private_mode' } });
      expect(everything()).toEqual(before);
    }
    // The projector keeps its aggregates; the app can say what it is.
    const presenter = await post('presenter:state', { workshopId: s.workshopId });
    expect(presenter.status).toBe(200);
    expect(JSON.stringify(presenter.body)).not.toMatch(/Zorro|P10|Ana|tense/);
    expect((await post('app:info', {})).status).toBe(200);
  });

  it('stays locked on a wrong PIN; the right one opens every channel again', async () => {
    const s = await lockedWorkshop();
    const wrong = await post('run:unlock', { workshopId: s.workshopId, pin: '0000' });
    expect(wrong).toMatchObject({ status: 400, body: { code: 'invalid_input' } });
    expect((await post('responses:list', { workshopId: s.workshopId, round: 1 })).status).toBe(423);
    expect(await ok('run:privateMode', {})).toMatchObject({ lock: { workshopId: s.workshopId } });

    const view = await ok<{ state: { locked: boolean }; notes: Record<string, string> }>(
      'run:unlock',
      { workshopId: s.workshopId, pin: PIN },
    );
    expect(view.state.locked).toBe(false);
    expect(await ok('run:privateMode', {})).toEqual({ lock: null });
    // Every call refused above is served again: the read-only ones, and then the changes.
    for (const [channel, input] of closedCalls(s)) {
      if (channel === 'backup:restore' || channel === 'workshop:delete') continue;
      const reply = await post(channel, input);
      expect({ channel, code: (reply.body as { code?: string }).code }).not.toMatchObject({
        code: 'private_mode',
      });
      if (
        channel === 'participant:list' &&
        (input as { workshopId: string }).workshopId === s.workshopId
      ) {
        expect(JSON.stringify(reply.body)).toContain('Ana Real');
      }
    }
    expect((await post('workshop:delete', { id: s.workshopId })).status).toBe(200);
    expect(existsSync(file)).toBe(true);
  });
});
