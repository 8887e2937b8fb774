import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { WorkshopDraft } from '../../../shared/domain/workshop';
import {
  deleteDecisionEntry,
  deleteRealityCheckEntry,
  insertDecisionEntry,
  insertRealityCheckEntry,
  listDecisionEntries,
  listRealityCheckEntries,
  updateDecisionEntry,
  updateRealityCheckEntry,
} from '../../../src-main/store/repositories/evidence';
import {
  deleteParticipant,
  getParticipant,
  insertParticipant,
  listParticipants,
  nextParticipantPosition,
  rolesInUse,
  updateParticipant,
} from '../../../src-main/store/repositories/participants';
import {
  countResponses,
  type AnswerValue,
  deleteResponse,
  listGivenResponses,
  listResponses,
  recordResponse,
  type StoredResponse,
} from '../../../src-main/store/repositories/responses';
import {
  deleteWorkshop,
  getWorkshop,
  insertWorkshop,
  listWorkshops,
  setWorkshopStatus,
  updateWorkshop,
  workshopInstrumentVersion,
} from '../../../src-main/store/repositories/workshops';
import { openTempStore, rowCounts } from '../../helpers/temp-db';

const NOW = '2026-03-02T09:00:00.000Z';

function draft(overrides: Partial<WorkshopDraft> = {}): WorkshopDraft {
  return {
    title: 'Payments platform',
    client: 'Acme Bank',
    team: 'Payments',
    date: '2026-03-02',
    facilitator: 'Ana',
    language: 'en',
    anonymityThreshold: 5,
    notes: '',
    roleGroups: ['leadership', 'engineering'],
    ...overrides,
  };
}

function seed(db: Database.Database) {
  const workshop = insertWorkshop(db, {
    draft: draft(),
    status: 'draft',
    instrumentVersion: '1.0.0',
    now: NOW,
  });
  const ana = insertParticipant(db, {
    workshopId: workshop.id,
    alias: 'P1',
    role: 'engineering',
    name: 'Ana',
    position: 0,
  });
  const bo = insertParticipant(db, {
    workshopId: workshop.id,
    alias: 'P2',
    role: 'leadership',
    name: null,
    position: 1,
  });
  return { workshop, ana, bo };
}

describe('workshops repository', () => {
  it('inserts, reads, updates and deletes a workshop', () => {
    const { db } = openTempStore();
    const created = insertWorkshop(db, {
      draft: draft(),
      status: 'draft',
      instrumentVersion: null,
      now: NOW,
    });
    expect(created).toMatchObject({
      title: 'Payments platform',
      roleGroups: ['leadership', 'engineering'],
      status: 'draft',
      participantCount: 0,
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(getWorkshop(db, created.id)).toEqual(created);

    const later = '2026-03-03T10:00:00.000Z';
    const updated = updateWorkshop(
      db,
      created.id,
      draft({ title: 'Payments, again', anonymityThreshold: 7 }),
      later,
    );
    expect(updated).toMatchObject({
      title: 'Payments, again',
      anonymityThreshold: 7,
      createdAt: NOW,
      updatedAt: later,
    });
    expect(setWorkshopStatus(db, created.id, 'running', later)?.status).toBe('running');

    expect(deleteWorkshop(db, created.id)).toBe(true);
    expect(getWorkshop(db, created.id)).toBeUndefined();
    expect(deleteWorkshop(db, created.id)).toBe(false);
    expect(updateWorkshop(db, created.id, draft(), later)).toBeUndefined();
  });

  it('keeps the instrument version the workshop was run with', () => {
    const { db } = openTempStore();
    const { workshop } = seed(db);
    expect(workshopInstrumentVersion(db, workshop.id)).toBe('1.0.0');
  });

  it('counts participants on every read', () => {
    const { db } = openTempStore();
    const { workshop } = seed(db);
    expect(getWorkshop(db, workshop.id)?.participantCount).toBe(2);
    expect(listWorkshops(db)[0]?.participantCount).toBe(2);
  });

  it('refuses an anonymity threshold outside 3..10 at the database level', () => {
    const { db } = openTempStore();
    expect(() =>
      insertWorkshop(db, {
        draft: draft({ anonymityThreshold: 2 }),
        status: 'draft',
        instrumentVersion: null,
        now: NOW,
      }),
    ).toThrow(/CHECK constraint/);
    expect(rowCounts(db).workshops).toBe(0);
  });

  it('searches with LIKE wildcards taken literally', () => {
    const { db } = openTempStore();
    insertWorkshop(db, {
      draft: draft({ title: '100% done' }),
      status: 'draft',
      instrumentVersion: null,
      now: NOW,
    });
    insertWorkshop(db, {
      draft: draft({ title: '1000 done' }),
      status: 'draft',
      instrumentVersion: null,
      now: NOW,
    });
    insertWorkshop(db, {
      draft: draft({ title: 'a_b' }),
      status: 'draft',
      instrumentVersion: null,
      now: NOW,
    });
    insertWorkshop(db, {
      draft: draft({ title: 'axb' }),
      status: 'draft',
      instrumentVersion: null,
      now: NOW,
    });
    expect(listWorkshops(db, '0%').map((w) => w.title)).toEqual(['100% done']);
    expect(listWorkshops(db, 'a_b').map((w) => w.title)).toEqual(['a_b']);
  });
});

describe('participants repository', () => {
  it('lists in position order, updates and deletes', () => {
    const { db } = openTempStore();
    const { workshop, ana, bo } = seed(db);
    expect(listParticipants(db, workshop.id).map((p) => p.alias)).toEqual(['P1', 'P2']);
    expect(nextParticipantPosition(db, workshop.id)).toBe(2);
    expect(rolesInUse(db, workshop.id)).toEqual(['engineering', 'leadership']);

    const renamed = updateParticipant(db, bo.id, { alias: 'Bo', role: 'engineering', name: 'Bo' });
    expect(renamed).toEqual({ ...bo, alias: 'Bo', role: 'engineering', name: 'Bo' });
    expect(getParticipant(db, bo.id)).toEqual(renamed);
    expect(rolesInUse(db, workshop.id)).toEqual(['engineering']);

    expect(deleteParticipant(db, ana.id)).toBe(true);
    expect(deleteParticipant(db, ana.id)).toBe(false);
    expect(listParticipants(db, workshop.id).map((p) => p.alias)).toEqual(['Bo']);
  });

  it('refuses a second participant with the same alias in one workshop', () => {
    const { db } = openTempStore();
    const { workshop } = seed(db);
    expect(() =>
      insertParticipant(db, {
        workshopId: workshop.id,
        alias: 'P1',
        role: 'engineering',
        name: null,
        position: 2,
      }),
    ).toThrow(/UNIQUE constraint/);
    expect(rowCounts(db).participants).toBe(2);
  });

  it('allows the same alias in different workshops', () => {
    const { db } = openTempStore();
    seed(db);
    const { workshop } = seed(db);
    expect(listParticipants(db, workshop.id).map((p) => p.alias)).toEqual(['P1', 'P2']);
  });

  it('refuses a participant for a workshop that does not exist', () => {
    const { db } = openTempStore();
    expect(() =>
      insertParticipant(db, {
        workshopId: 'nope',
        alias: 'P1',
        role: 'x',
        name: null,
        position: 0,
      }),
    ).toThrow(/FOREIGN KEY/);
  });
});

/** A stored answer as scoring reads it: without its workshop and time. */
function givenOf({ participantId, itemId, round, value }: StoredResponse) {
  return { participantId, itemId, round, value };
}

describe('responses repository', () => {
  it('records, replaces, lists and forgets answers', () => {
    const { db } = openTempStore();
    const { workshop, ana, bo } = seed(db);
    const base = { workshopId: workshop.id, now: NOW };
    recordResponse(db, { ...base, participantId: bo.id, itemId: 'hd.load.1', round: 1, value: 4 });
    recordResponse(db, {
      ...base,
      participantId: ana.id,
      itemId: 'hd.load.2',
      round: 1,
      value: null,
    });
    recordResponse(db, { ...base, participantId: ana.id, itemId: 'hd.load.1', round: 2, value: 2 });
    const replaced = recordResponse(db, {
      ...base,
      participantId: ana.id,
      itemId: 'hd.load.1',
      round: 2,
      value: 5,
      now: '2026-03-02T09:30:00.000Z',
    });
    expect(replaced).toMatchObject({ value: 5, updatedAt: '2026-03-02T09:30:00.000Z' });
    expect(countResponses(db, workshop.id)).toBe(3);
    expect(
      listResponses(db, workshop.id).map((r) => [r.participantId, r.itemId, r.round, r.value]),
    ).toEqual([
      [ana.id, 'hd.load.2', 1, null],
      [ana.id, 'hd.load.1', 2, 5],
      [bo.id, 'hd.load.1', 1, 4],
    ]);
    // The lean read scoring uses gives the same answers in the same order.
    expect(listGivenResponses(db, workshop.id)).toEqual(
      listResponses(db, workshop.id).map(givenOf),
    );
    expect(deleteResponse(db, ana.id, 'hd.load.2', 1)).toBe(true);
    expect(deleteResponse(db, ana.id, 'hd.load.2', 1)).toBe(false);
    expect(countResponses(db, workshop.id)).toBe(2);
  });

  it('reads the answers scoring needs as listResponses lists them, every kind of value included', () => {
    const { db } = openTempStore();
    const { workshop, ana, bo } = seed(db);
    const base = { workshopId: workshop.id, now: NOW };
    const given: [string, string, 1 | 2, AnswerValue][] = [
      [bo.id, 'hd.load.3', 2, 'na'],
      [bo.id, 'hd.load.1', 2, 3],
      [bo.id, 'hd.load.2', 1, null],
      [bo.id, 'hd.load.1', 1, 5],
      [bo.id, 'hd.load.3', 1, 1],
    ];
    for (const [participantId, itemId, round, value] of given) {
      recordResponse(db, { ...base, participantId, itemId, round, value });
    }
    // Ana answered nothing: she adds no row.
    expect(ana.id).not.toBe(bo.id);
    expect(listGivenResponses(db, workshop.id)).toEqual([
      { participantId: bo.id, itemId: 'hd.load.1', round: 1, value: 5 },
      { participantId: bo.id, itemId: 'hd.load.2', round: 1, value: null },
      { participantId: bo.id, itemId: 'hd.load.3', round: 1, value: 1 },
      { participantId: bo.id, itemId: 'hd.load.1', round: 2, value: 3 },
      { participantId: bo.id, itemId: 'hd.load.3', round: 2, value: 'na' },
    ]);
    expect(listGivenResponses(db, workshop.id)).toEqual(
      listResponses(db, workshop.id).map(givenOf),
    );
    expect(listGivenResponses(db, 'no-such-workshop')).toEqual([]);
  });

  it('refuses values outside 1..5, rounds other than 1 and 2, and answers filed under another workshop', () => {
    const { db } = openTempStore();
    const { workshop, ana } = seed(db);
    const other = seed(db).workshop;
    const base = {
      workshopId: workshop.id,
      participantId: ana.id,
      itemId: 'td.pipeline.1',
      now: NOW,
    };
    expect(() => recordResponse(db, { ...base, round: 1, value: 6 as 5 })).toThrow(/CHECK/);
    expect(() => recordResponse(db, { ...base, round: 3 as 2, value: 3 })).toThrow(/CHECK/);
    expect(() => recordResponse(db, { ...base, workshopId: other.id, round: 1, value: 3 })).toThrow(
      /FOREIGN KEY/,
    );
    expect(rowCounts(db).responses).toBe(0);
  });

  it('drops a participant\u2019s answers with the participant', () => {
    const { db } = openTempStore();
    const { workshop, ana, bo } = seed(db);
    recordResponse(db, {
      workshopId: workshop.id,
      participantId: ana.id,
      itemId: 'a',
      round: 1,
      value: 1,
      now: NOW,
    });
    recordResponse(db, {
      workshopId: workshop.id,
      participantId: bo.id,
      itemId: 'a',
      round: 1,
      value: 2,
      now: NOW,
    });
    deleteParticipant(db, ana.id);
    expect(listResponses(db, workshop.id).map((r) => r.participantId)).toEqual([bo.id]);
  });
});

describe('evidence repository', () => {
  it('appends, updates and removes Reality Check entries in order', () => {
    const { db } = openTempStore();
    const { workshop } = seed(db);
    const first = insertRealityCheckEntry(db, workshop.id, {
      title: 'Checkout redesign',
      reported: 'done',
      verified: 'partly',
      ownerClear: 'yes',
      decisionTraceable: false,
    });
    const second = insertRealityCheckEntry(db, workshop.id, {
      title: 'Fraud rules',
      reported: 'on track',
      verified: 'not_verified',
      ownerClear: 'unclear',
      decisionTraceable: true,
    });
    expect([first.position, second.position]).toEqual([0, 1]);
    const changed = updateRealityCheckEntry(db, first.id, {
      title: 'Checkout redesign',
      reported: 'done',
      verified: 'verified',
      ownerClear: 'yes',
      decisionTraceable: true,
    });
    expect(changed).toMatchObject({ verified: 'verified', decisionTraceable: true, position: 0 });
    expect(listRealityCheckEntries(db, workshop.id).map((e) => e.title)).toEqual([
      'Checkout redesign',
      'Fraud rules',
    ]);
    expect(deleteRealityCheckEntry(db, first.id)).toBe(true);
    expect(listRealityCheckEntries(db, workshop.id).map((e) => e.title)).toEqual(['Fraud rules']);
    expect(updateRealityCheckEntry(db, first.id, { ...second, title: 'gone' })).toBeUndefined();
  });

  it('appends, updates and removes Decision Replay entries in order', () => {
    const { db } = openTempStore();
    const { workshop } = seed(db);
    const first = insertDecisionEntry(db, workshop.id, {
      title: 'Move to the new ledger',
      deciderKnown: true,
      inputsKnown: false,
      recorded: 'meeting_minutes',
      recordedNote: 'Steering, May',
      replayable: 'unsure',
    });
    insertDecisionEntry(db, workshop.id, {
      title: 'Freeze releases in December',
      deciderKnown: false,
      inputsKnown: false,
      recorded: 'nowhere',
      recordedNote: '',
      replayable: 'no',
    });
    expect(
      updateDecisionEntry(db, first.id, { ...first, replayable: 'yes', inputsKnown: true }),
    ).toMatchObject({
      replayable: 'yes',
      inputsKnown: true,
      deciderKnown: true,
    });
    expect(listDecisionEntries(db, workshop.id).map((e) => [e.position, e.title])).toEqual([
      [0, 'Move to the new ledger'],
      [1, 'Freeze releases in December'],
    ]);
    expect(deleteDecisionEntry(db, first.id)).toBe(true);
    expect(listDecisionEntries(db, workshop.id)).toHaveLength(1);
  });

  it('refuses a verification status outside the list', () => {
    const { db } = openTempStore();
    const { workshop } = seed(db);
    expect(() =>
      insertRealityCheckEntry(db, workshop.id, {
        title: 'x',
        reported: 'done',
        verified: 'probably' as 'verified',
        ownerClear: 'yes',
        decisionTraceable: true,
      }),
    ).toThrow(/CHECK/);
  });
});

describe('cascade delete', () => {
  it('deleting a workshop removes its participants, answers and evidence, and nothing else', () => {
    const { db } = openTempStore();
    const kept = seed(db);
    const doomed = seed(db);
    for (const { workshop, ana } of [kept, doomed]) {
      recordResponse(db, {
        workshopId: workshop.id,
        participantId: ana.id,
        itemId: 'a',
        round: 1,
        value: 3,
        now: NOW,
      });
      insertRealityCheckEntry(db, workshop.id, {
        title: 't',
        reported: 'done',
        verified: 'unknown',
        ownerClear: 'no',
        decisionTraceable: false,
      });
      insertDecisionEntry(db, workshop.id, {
        title: 'd',
        deciderKnown: true,
        inputsKnown: true,
        recorded: 'nowhere',
        recordedNote: '',
        replayable: 'yes',
      });
    }
    expect(rowCounts(db)).toEqual({
      workshops: 2,
      participants: 4,
      responses: 2,
      reality_check_entries: 2,
      decision_entries: 2,
    });

    expect(deleteWorkshop(db, doomed.workshop.id)).toBe(true);

    expect(rowCounts(db)).toEqual({
      workshops: 1,
      participants: 2,
      responses: 1,
      reality_check_entries: 1,
      decision_entries: 1,
    });
    expect(listParticipants(db, kept.workshop.id)).toHaveLength(2);
  });
});
