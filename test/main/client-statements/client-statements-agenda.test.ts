import { describe, expect, it } from 'vitest';
import { INSTRUMENT } from '../../../shared/instrument';
import { nextSection } from '../../../shared/run/agenda';
import { computeFingerprint } from '../../../shared/scoring/fingerprint';
import { serviceHarness, type Harness } from '../../helpers/service-harness';

// What the facilitator sees on the agenda as client statements come and go during a run: the
// section of the client's own statements keeps its place, its time and the facilitator's choice,
// and is skipped only while there is nothing in it to answer.

function startedWithStatements(count: number) {
  const h = serviceHarness();
  const { id: workshopId } = h.call('workshop:create', {
    title: 'Payments',
    date: '2026-05-04',
    language: 'en',
    anonymityThreshold: 3,
    instrumentVersion: '1.0.0',
  });
  const added = Array.from({ length: count }, (_, i) =>
    h.call('clientStatement:add', { workshopId, statement: { text: `We know who decides ${i}.` } }),
  );
  h.call('run:start', { workshopId });
  return { h, workshopId, added };
}

const agendaOf = (h: Harness, workshopId: string) => h.call('run:get', { workshopId }).agenda;

function clientSections(h: Harness, workshopId: string) {
  return agendaOf(h, workshopId).filter((section) => section.kind === 'client_statements');
}

function onlyClientSection(h: Harness, workshopId: string) {
  const sections = clientSections(h, workshopId);
  expect(sections).toHaveLength(1);
  const [section] = sections;
  if (!section) throw new Error('no client statements section');
  return section;
}

function removeAll(h: Harness, workshopId: string) {
  for (const statement of h.call('clientStatement:list', { workshopId })) {
    h.call('clientStatement:remove', { id: statement.id });
  }
}

const addOne = (h: Harness, workshopId: string, text = 'Our plans survive contact.') =>
  h.call('clientStatement:add', { workshopId, statement: { text } });

describe('the client statements section when the statements go and come back', () => {
  it('is skipped while there are none and comes back, unskipped, in its place with its time', () => {
    const { h, workshopId } = startedWithStatements(2);
    const placed = onlyClientSection(h, workshopId);
    // The facilitator moves it after the Reality Check and gives it 12 minutes.
    const realityCheck = agendaOf(h, workshopId).findIndex((s) => s.kind === 'reality_check');
    h.call('agenda:move', { workshopId, sectionId: placed.id, toIndex: realityCheck });
    h.call('agenda:configure', { workshopId, sectionId: placed.id, minutes: 12 });
    const arranged = agendaOf(h, workshopId).map((section) => section.id);

    removeAll(h, workshopId);
    const empty = onlyClientSection(h, workshopId);
    expect(empty).toMatchObject({ id: placed.id, skipped: true, awaitingStatements: true });
    expect(agendaOf(h, workshopId).map((section) => section.id)).toEqual(arranged);

    addOne(h, workshopId);
    const back = onlyClientSection(h, workshopId);
    expect(back).toMatchObject({
      id: placed.id,
      skipped: false,
      awaitingStatements: false,
      timeboxMs: 12 * 60_000,
    });
    expect(agendaOf(h, workshopId).map((section) => section.id)).toEqual(arranged);
    // The run reaches it again: Next from the section before it goes to it.
    const previous = arranged[arranged.indexOf(placed.id) - 1] ?? null;
    expect(nextSection(agendaOf(h, workshopId), previous)?.id).toBe(placed.id);
  });

  it('comes back unskipped when it held a note while it was empty', () => {
    const { h, workshopId } = startedWithStatements(1);
    const section = onlyClientSection(h, workshopId);
    h.call('note:save', { workshopId, sectionId: section.id, text: 'Ask about budgets again' });
    removeAll(h, workshopId);
    expect(onlyClientSection(h, workshopId).skipped).toBe(true);
    addOne(h, workshopId);
    expect(onlyClientSection(h, workshopId)).toMatchObject({ id: section.id, skipped: false });
    expect(h.call('run:get', { workshopId }).notes).toEqual(
      expect.objectContaining({ [section.id]: 'Ask about budgets again' }),
    );
  });

  it('stays skipped when the facilitator skipped it while it had statements', () => {
    const { h, workshopId } = startedWithStatements(1);
    const section = onlyClientSection(h, workshopId);
    h.call('agenda:skip', { workshopId, sectionId: section.id, skipped: true });
    removeAll(h, workshopId);
    expect(onlyClientSection(h, workshopId)).toMatchObject({
      skipped: true,
      awaitingStatements: false,
    });
    addOne(h, workshopId);
    expect(onlyClientSection(h, workshopId)).toMatchObject({
      id: section.id,
      skipped: true,
      awaitingStatements: false,
    });
  });

  it("is the facilitator's once they skip or bring it back while it is empty", () => {
    const { h, workshopId } = startedWithStatements(1);
    const section = onlyClientSection(h, workshopId);
    removeAll(h, workshopId);
    // Brought back by hand while empty: the run shows that there is nothing to answer yet.
    h.call('agenda:skip', { workshopId, sectionId: section.id, skipped: false });
    expect(onlyClientSection(h, workshopId)).toMatchObject({
      skipped: false,
      awaitingStatements: false,
    });
    // Skipped by hand while empty: a choice, kept when statements come.
    h.call('agenda:skip', { workshopId, sectionId: section.id, skipped: true });
    addOne(h, workshopId);
    expect(onlyClientSection(h, workshopId)).toMatchObject({
      skipped: true,
      awaitingStatements: false,
    });
  });

  it('is left as it is while the run is on it, so the room is not moved off it', () => {
    const { h, workshopId, added } = startedWithStatements(2);
    const section = onlyClientSection(h, workshopId);
    h.call('run:goto', { workshopId, sectionId: section.id });
    h.call('clientStatement:remove', { id: added[0]?.id ?? '' });
    h.call('clientStatement:remove', { id: added[1]?.id ?? '' });
    expect(onlyClientSection(h, workshopId)).toMatchObject({ skipped: false });
    expect(h.call('run:get', { workshopId }).state.currentSectionId).toBe(section.id);
    addOne(h, workshopId);
    expect(onlyClientSection(h, workshopId)).toMatchObject({ id: section.id, skipped: false });
  });

  it('appears after the last section of statements when the first statement comes mid-run', () => {
    const { h, workshopId } = startedWithStatements(0);
    expect(clientSections(h, workshopId)).toEqual([]);
    addOne(h, workshopId);
    const kinds = agendaOf(h, workshopId).map((section) => section.kind);
    expect(kinds.slice(4, 7)).toEqual(['statements', 'client_statements', 'reality_check']);
    expect(onlyClientSection(h, workshopId)).toMatchObject({
      skipped: false,
      awaitingStatements: false,
    });
  });

  it('changes nothing when a refused add finds it waiting', () => {
    const { h, workshopId } = startedWithStatements(1);
    removeAll(h, workshopId);
    const before = agendaOf(h, workshopId);
    expect(h.fail('clientStatement:add', { workshopId, statement: { text: '   ' } }).code).toBe(
      'invalid_input',
    );
    expect(agendaOf(h, workshopId)).toEqual(before);
  });
});

describe('the agenda in the workshop file', () => {
  /** The workshop exported and imported again, through the file and through the archive. */
  function roundTrips(h: Harness, workshopId: string) {
    const file = h.call('workshop:exportFile', { id: workshopId });
    const viaFile = h.call('workshop:importFile', { file, confirmDuplicate: true });
    const archive = h.call('archive:export', { id: workshopId });
    const viaArchive = h.call('archive:import', {
      base64: archive.base64,
      confirmDuplicate: true,
    });
    return { file, imported: [viaFile.id, viaArchive.id] };
  }

  const plan = (h: Harness, workshopId: string) =>
    h.call('run:start', { workshopId }).agenda.map((s) => ({
      kind: s.kind,
      minutes: s.timeboxMs / 60_000,
      skipped: s.skipped,
      awaitingStatements: s.awaitingStatements,
    }));

  it("keeps a skipped client statements section skipped, in the facilitator's place", () => {
    const { h, workshopId } = startedWithStatements(2);
    const section = onlyClientSection(h, workshopId);
    h.call('agenda:move', { workshopId, sectionId: section.id, toIndex: 0 });
    h.call('agenda:configure', { workshopId, sectionId: section.id, minutes: 15 });
    h.call('agenda:skip', { workshopId, sectionId: section.id, skipped: true });
    const before = plan(h, workshopId);
    expect(before[0]).toEqual({
      kind: 'client_statements',
      minutes: 15,
      skipped: true,
      awaitingStatements: false,
    });
    const { imported } = roundTrips(h, workshopId);
    for (const id of imported) expect(plan(h, id)).toEqual(before);
  });

  it('keeps a section waiting for statements waiting, so the next statement brings it back', () => {
    const { h, workshopId } = startedWithStatements(1);
    removeAll(h, workshopId);
    const before = plan(h, workshopId);
    const { file, imported } = roundTrips(h, workshopId);
    expect(file.clientStatements).toBeUndefined();
    for (const id of imported) {
      expect(plan(h, id)).toEqual(before);
      addOne(h, id);
      expect(onlyClientSection(h, id)).toMatchObject({ skipped: false, awaitingStatements: false });
    }
  });
});

describe('a workshop file with an agenda', () => {
  function exported() {
    const { h, workshopId } = startedWithStatements(1);
    return { h, file: h.call('workshop:exportFile', { id: workshopId }) };
  }

  it('is scored as without it: the agenda is no part of the fingerprint', () => {
    const { file } = exported();
    expect(file.agenda).toHaveLength(12);
    const { agenda: _agenda, ...without } = file;
    expect(computeFingerprint(file, INSTRUMENT)).toEqual(computeFingerprint(without, INSTRUMENT));
  });

  it('is refused by path, storing nothing, when a section breaks a rule', () => {
    const { h, file } = exported();
    const workshops = () => h.call('workshop:list', {}).length;
    const before = workshops();
    const sections = file.agenda ?? [];
    const cases: [unknown[], string][] = [
      [
        sections.map((s, i) => (i === 0 ? { ...s, skipped: true, awaitingStatements: true } : s)),
        'agenda[0].awaitingStatements',
      ],
      [
        sections.map((s) =>
          s.kind === 'client_statements' ? { ...s, skipped: false, awaitingStatements: true } : s,
        ),
        'agenda[5].awaitingStatements',
      ],
      [sections.map((s, i) => (i === 1 ? { ...s, timerStartedAt: 5 } : s)), 'agenda[1]'],
      [sections.map((s, i) => (i === 2 ? { ...s, minutes: 0 } : s)), 'agenda[2].minutes'],
      [Array.from({ length: 41 }, () => sections[0]), 'agenda'],
      [[], 'agenda'],
    ];
    for (const [agenda, path] of cases) {
      const error = h.fail('workshop:importFile', {
        file: { ...file, agenda },
        confirmDuplicate: true,
      });
      expect(error.code).toBe('invalid_input');
      expect(error.issues?.map((issue) => issue.path)).toContain(path);
    }
    expect(workshops()).toBe(before);
  });
});
