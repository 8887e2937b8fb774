import { describe, expect, it } from 'vitest';
import { getInstrument, INSTRUMENT, itemsOf } from '../../../shared/instrument';
import { serviceHarness, type Harness } from '../../helpers/service-harness';
import { tableNames } from '../../helpers/temp-db';
import type Database from 'better-sqlite3';

/** Every row of every table, so a refused call is seen to change nothing anywhere. */
function dumpTables(db: Database.Database): Record<string, unknown[]> {
  const dump: Record<string, unknown[]> = {};
  for (const table of tableNames(db)) dump[table] = db.prepare(`SELECT * FROM "${table}"`).all();
  return dump;
}

// The client's own statements as the room answers them: their agenda section, the facilitator's
// grid (answers by participant, clear) and private mode, through the real handlers and store.

const PIN = '4821';
const human = itemsOf(getInstrument('1.0.0') ?? INSTRUMENT, { dimension: 'human' });

function setUp(statements = 2) {
  const h = serviceHarness();
  const workshop = h.call('workshop:create', {
    title: 'Payments',
    date: '2026-05-04',
    language: 'es',
    anonymityThreshold: 3,
    instrumentVersion: '1.0.0',
  });
  const workshopId = workshop.id;
  const people = h.call('participant:add', {
    workshopId,
    participants: [{ role: 'engineering' }, { role: 'engineering' }, { role: 'product' }],
  });
  const added = Array.from({ length: statements }, (_, i) =>
    h.call('clientStatement:add', {
      workshopId,
      statement: { text: `Sabemos quién decide ${i + 1}.`, reversed: i === 1 },
    }),
  );
  return { h, workshopId, people, added };
}

const kinds = (h: Harness, workshopId: string) =>
  h.call('run:get', { workshopId }).agenda.map((section) => section.kind);

function clientSection(h: Harness, workshopId: string) {
  const section = h
    .call('run:get', { workshopId })
    .agenda.find((s) => s.kind === 'client_statements');
  if (!section) throw new Error('no client statements section');
  return section;
}

function person(people: { id: string }[], index: number) {
  const found = people[index];
  if (!found) throw new Error(`no participant ${index}`);
  return found;
}

describe('the client statements section of the agenda', () => {
  it('is on the agenda when the run starts with statements, after the last section of statements', () => {
    const { h, workshopId } = setUp();
    h.call('run:start', { workshopId });
    expect(kinds(h, workshopId).slice(4, 7)).toEqual([
      'statements',
      'client_statements',
      'reality_check',
    ]);
  });

  it('comes with the first statement added during the run and waits, skipped, once the last one goes', () => {
    const { h, workshopId } = setUp(0);
    h.call('run:start', { workshopId });
    expect(kinds(h, workshopId)).not.toContain('client_statements');
    const statement = h.call('clientStatement:add', {
      workshopId,
      statement: { text: '¿Sabemos quién decide?' },
    });
    expect(kinds(h, workshopId).filter((kind) => kind === 'client_statements')).toHaveLength(1);
    h.call('clientStatement:add', { workshopId, statement: { text: 'Otra.' } });
    expect(kinds(h, workshopId).filter((kind) => kind === 'client_statements')).toHaveLength(1);
    h.call('clientStatement:remove', { id: statement.id });
    expect(kinds(h, workshopId)).toContain('client_statements');
    const [last] = h.call('clientStatement:list', { workshopId });
    if (!last) throw new Error('no statement left');
    h.call('clientStatement:remove', { id: last.id });
    expect(clientSection(h, workshopId)).toMatchObject({ skipped: true, awaitingStatements: true });
  });

  it('stays while the run is on it, so the room is not left on a vanished section', () => {
    const { h, workshopId, added } = setUp(1);
    h.call('run:start', { workshopId });
    const section = clientSection(h, workshopId);
    h.call('run:goto', { workshopId, sectionId: section.id });
    h.call('clientStatement:remove', { id: added[0]?.id ?? '' });
    expect(h.call('run:get', { workshopId }).state.currentSectionId).toBe(section.id);
    expect(kinds(h, workshopId)).toContain('client_statements');
  });

  it('has one round and no dimensions: no re-vote, no dimensions to configure', () => {
    const { h, workshopId } = setUp();
    h.call('run:start', { workshopId });
    const section = clientSection(h, workshopId);
    expect(h.fail('run:revote', { workshopId, sectionId: section.id }).code).toBe('invalid_input');
    expect(
      h.fail('agenda:configure', { workshopId, sectionId: section.id, dimensions: ['human'] }).code,
    ).toBe('invalid_input');
  });
});

describe("the facilitator's grid for client statements", () => {
  it('lists every answer by participant, replaces and clears one, and counts them for the set-up panel', () => {
    const { h, workshopId, people, added } = setUp();
    const [first, second] = added;
    if (!first || !second) throw new Error('no statements');
    const a = person(people, 0);
    const b = person(people, 1);
    h.call('clientStatement:answer', {
      workshopId,
      statementId: first.id,
      participantId: a.id,
      value: 4,
    });
    h.call('clientStatement:answer', {
      workshopId,
      statementId: first.id,
      participantId: b.id,
      value: 'na',
    });
    h.call('clientStatement:answer', {
      workshopId,
      statementId: second.id,
      participantId: a.id,
      value: null,
    });
    h.call('clientStatement:answer', {
      workshopId,
      statementId: first.id,
      participantId: a.id,
      value: 2,
    });
    expect(h.call('clientStatement:answers', { workshopId })).toEqual(
      expect.arrayContaining([
        { statementId: first.id, participantId: a.id, value: 2 },
        { statementId: first.id, participantId: b.id, value: 'na' },
        { statementId: second.id, participantId: a.id, value: null },
      ]),
    );
    expect(h.call('clientStatement:list', { workshopId }).map((s) => s.answers)).toEqual([2, 1]);
    h.call('clientStatement:clear', { workshopId, statementId: first.id, participantId: b.id });
    expect(h.call('clientStatement:answers', { workshopId })).toHaveLength(2);
    expect(h.call('clientStatement:list', { workshopId }).map((s) => s.answers)).toEqual([1, 1]);
  });

  it('refuses to clear for a statement or participant of another workshop, changing nothing', () => {
    const { h, workshopId, people, added } = setUp();
    const other = setUp();
    const before = dumpTables(h.db);
    expect(
      h.fail('clientStatement:clear', {
        workshopId,
        statementId: other.added[0]?.id,
        participantId: person(people, 0).id,
      }).code,
    ).toBe('not_found');
    expect(
      h.fail('clientStatement:clear', {
        workshopId,
        statementId: added[0]?.id,
        participantId: person(other.people, 0).id,
      }).code,
    ).toBe('not_found');
    expect(dumpTables(h.db)).toEqual(before);
  });
});

describe('private mode on the client statements section', () => {
  function locked() {
    const setup = setUp();
    const { h, workshopId } = setup;
    h.call('run:start', { workshopId });
    const section = clientSection(h, workshopId);
    h.call('run:goto', { workshopId, sectionId: section.id });
    h.call('run:lock', { workshopId, pin: PIN });
    return { ...setup, section };
  }

  it("shows the lock the client's statements, as typed, and records their answers", () => {
    const { h, workshopId, people, added, section } = locked();
    const { lock } = h.call('run:privateMode', {});
    expect(lock).toMatchObject({
      workshopId,
      sectionId: section.id,
      source: 'client',
      statements: added.map(({ id, text }) => ({ id, text })),
    });
    const [first] = added;
    if (!first) throw new Error('no statement');
    expect(
      h.call('clientStatement:answer', {
        workshopId,
        statementId: first.id,
        participantId: person(people, 2).id,
        value: 5,
      }),
    ).toEqual({ statementId: first.id, participantId: person(people, 2).id, value: 5 });
    h.call('run:unlock', { workshopId, pin: PIN });
    expect(h.call('clientStatement:answers', { workshopId })).toEqual([
      { statementId: first.id, participantId: person(people, 2).id, value: 5 },
    ]);
  });

  it('refuses what the lock does not offer, and every refusal changes nothing', () => {
    const { h, workshopId, people, added } = locked();
    const [first] = added;
    if (!first) throw new Error('no statement');
    const participantId = person(people, 0).id;
    const before = dumpTables(h.db);
    const refusals: [string, unknown][] = [
      // Reading answers, figures or the statements list: the facilitator's, behind the lock.
      ['clientStatement:answers', { workshopId }],
      ['clientStatement:results', { workshopId }],
      ['clientStatement:list', { workshopId }],
      // Changing statements or taking an answer back.
      ['clientStatement:add', { workshopId, statement: { text: 'Nueva.' } }],
      ['clientStatement:remove', { id: first.id }],
      ['clientStatement:clear', { workshopId, statementId: first.id, participantId }],
      // An instrument answer while the section asks the client's statements.
      ['response:record', { workshopId, participantId, itemId: human[0]?.id, round: 1, value: 3 }],
      // A statement that is not the section's, or an answer to another workshop.
      [
        'clientStatement:answer',
        { workshopId, statementId: 'not-a-statement', participantId, value: 3 },
      ],
      [
        'clientStatement:answer',
        { workshopId: 'another-workshop', statementId: first.id, participantId, value: 3 },
      ],
    ];
    for (const [channel, input] of refusals) {
      expect(h.fail(channel, input).code, channel).toBe('private_mode');
    }
    expect(dumpTables(h.db)).toEqual(before);
  });

  it("refuses a participant who is not the workshop's, changing nothing", () => {
    const { h, workshopId, added } = locked();
    const before = dumpTables(h.db);
    expect(
      h.fail('clientStatement:answer', {
        workshopId,
        statementId: added[0]?.id,
        participantId: 'someone-else',
        value: 3,
      }).code,
    ).toBe('not_found');
    expect(dumpTables(h.db)).toEqual(before);
  });

  it('refuses client answers while the locked section asks the instrument', () => {
    const { h, workshopId, people, added } = setUp();
    const view = h.call('run:start', { workshopId });
    const humanSection = view.agenda.find((s) => s.kind === 'statements');
    if (!humanSection) throw new Error('no statements section');
    h.call('run:goto', { workshopId, sectionId: humanSection.id });
    h.call('run:lock', { workshopId, pin: PIN });
    expect(h.call('run:privateMode', {}).lock?.source).toBe('instrument');
    const before = dumpTables(h.db);
    expect(
      h.fail('clientStatement:answer', {
        workshopId,
        statementId: added[0]?.id,
        participantId: person(people, 0).id,
        value: 3,
      }).code,
    ).toBe('private_mode');
    expect(dumpTables(h.db)).toEqual(before);
  });
});

describe('a client statements section with a note', () => {
  it('stays, skipped, when its last statement goes, so the note is kept', () => {
    const { h, workshopId, added } = setUp(1);
    h.call('run:start', { workshopId });
    const section = clientSection(h, workshopId);
    h.call('note:save', { workshopId, sectionId: section.id, text: 'Ask about budgets again' });
    h.call('clientStatement:remove', { id: added[0]?.id ?? '' });
    const after = h.call('run:get', { workshopId });
    expect(after.agenda.find((s) => s.id === section.id)?.skipped).toBe(true);
    expect(after.notes).toEqual(
      expect.objectContaining({ [section.id]: 'Ask about budgets again' }),
    );
  });
});
