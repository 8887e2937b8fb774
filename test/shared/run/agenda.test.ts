import { describe, expect, it } from 'vitest';
import { INSTRUMENT, itemsOf } from '../../../shared/instrument';
import {
  defaultAgenda,
  extendSection,
  insertSection,
  MINUTE_MS,
  moveSection,
  nextSection,
  placeClientStatementsSection,
  previousSection,
  sectionFromPlan,
  sectionItems,
  setSkipped,
} from '../../../shared/run/agenda';

function ids() {
  let n = 0;
  return () => `s${++n}`;
}

describe('the default agenda', () => {
  it('follows DESIGN.md in order, about three hours, each statements section on one dimension', () => {
    const agenda = defaultAgenda(ids());
    expect(agenda.map((s) => s.kind)).toEqual([
      'framing',
      'statements',
      'statements',
      'statements',
      'statements',
      'reality_check',
      'decision_replay',
      'reveal',
      'revote',
      'interventions',
      'close',
    ]);
    expect(agenda[0]?.timeboxMs).toBe(10 * MINUTE_MS);
    expect(agenda.slice(1, 5).map((s) => s.dimensions)).toEqual([
      ['human'],
      ['technical'],
      ['visibility'],
      ['execution'],
    ]);
    const total = agenda.reduce((sum, s) => sum + s.timeboxMs, 0) / MINUTE_MS;
    expect(total).toBeGreaterThanOrEqual(150);
    expect(total).toBeLessThanOrEqual(200);
    expect(agenda.find((s) => s.kind === 'revote')?.round).toBe(2);
  });

  it('a statements section captures exactly its dimension; framing captures nothing', () => {
    const agenda = defaultAgenda(ids());
    const human = agenda[1];
    const framing = agenda[0];
    if (!human || !framing) throw new Error('agenda too short');
    expect(sectionItems(INSTRUMENT, human).map((i) => i.id)).toEqual(
      itemsOf(INSTRUMENT, { dimension: 'human' }).map((i) => i.id),
    );
    expect(sectionItems(INSTRUMENT, framing)).toEqual([]);
  });
});

describe('agenda operations', () => {
  const agenda = defaultAgenda(ids());

  it('moves a section and leaves the input untouched', () => {
    const moved = moveSection(agenda, 's7', 1);
    expect(moved.map((s) => s.id).slice(0, 3)).toEqual(['s1', 's7', 's2']);
    expect(moved).toHaveLength(agenda.length);
    expect(agenda[1]?.id).toBe('s2');
    expect(moveSection(agenda, 's1', 99).at(-1)?.id).toBe('s1');
    expect(() => moveSection(agenda, 'nope', 0)).toThrow(RangeError);
  });

  it('skipped sections are passed over by next and previous', () => {
    const skipped = setSkipped(setSkipped(agenda, 's2', true), 's3', true);
    expect(nextSection(skipped, 's1')?.id).toBe('s4');
    expect(previousSection(skipped, 's4')?.id).toBe('s1');
    expect(nextSection(skipped, 's11')).toBeUndefined();
    expect(previousSection(skipped, 's1')).toBeUndefined();
    expect(setSkipped(skipped, 's2', false).find((s) => s.id === 's2')?.skipped).toBe(false);
  });

  it('adds a custom section after another, or at the end', () => {
    const custom = sectionFromPlan(
      { kind: 'custom', minutes: 7, title: 'Coffee', prompt: 'Back at 11' },
      'c1',
    );
    const added = insertSection(agenda, custom, 's1');
    expect(added[1]).toMatchObject({
      id: 'c1',
      kind: 'custom',
      title: 'Coffee',
      timeboxMs: 7 * MINUTE_MS,
    });
    expect(insertSection(agenda, custom, null).at(-1)?.id).toBe('c1');
  });

  it('extends time, gives it back, but never below the planned timebox', () => {
    const longer = extendSection(agenda, 's2', 5 * MINUTE_MS);
    expect(longer.find((s) => s.id === 's2')?.extraMs).toBe(5 * MINUTE_MS);
    const shorter = extendSection(longer, 's2', -20 * MINUTE_MS);
    expect(shorter.find((s) => s.id === 's2')?.extraMs).toBe(0);
  });
});

describe('the client statements section', () => {
  it('is added once, after the last section of statements, when the workshop has statements', () => {
    const agenda = defaultAgenda(ids());
    const placed = placeClientStatementsSection(agenda, true, () => 'client');
    expect(placed.map((s) => s.kind).slice(4, 7)).toEqual([
      'statements',
      'client_statements',
      'reality_check',
    ]);
    const section = placed.find((s) => s.id === 'client');
    expect(section?.round).toBe(1);
    // Not the instrument's statements: none of them is asked there.
    expect(section && sectionItems(INSTRUMENT, section)).toEqual([]);
    // Placing again adds no second one.
    expect(placeClientStatementsSection(placed, true, () => 'again')).toEqual(placed);
  });

  it('goes before the reveal, or at the end, when the agenda has no section of statements', () => {
    const plan = (kind: 'framing' | 'reveal' | 'close', id: string) =>
      sectionFromPlan({ kind, minutes: 5 }, id);
    const withReveal = [plan('framing', 'a'), plan('reveal', 'b'), plan('close', 'c')];
    expect(placeClientStatementsSection(withReveal, true, () => 'x').map((s) => s.id)).toEqual([
      'a',
      'x',
      'b',
      'c',
    ]);
    expect(
      placeClientStatementsSection([plan('framing', 'a')], true, () => 'x').map((s) => s.id),
    ).toEqual(['a', 'x']);
  });

  it('is never asked empty: without statements it waits in its place, skipped, unless the run is on it', () => {
    const placed = placeClientStatementsSection(defaultAgenda(ids()), true, () => 'client');
    const without = placeClientStatementsSection(placed, false, () => 'unused');
    expect(without.map((s) => s.id)).toEqual(placed.map((s) => s.id));
    expect(without.find((s) => s.id === 'client')).toMatchObject({
      skipped: true,
      awaitingStatements: true,
    });
    // Every other section is the very same object.
    expect(without.filter((s) => s.id !== 'client')).toEqual(
      placed.filter((s) => s.id !== 'client'),
    );
    const kept = placeClientStatementsSection(placed, false, () => 'unused', 'client');
    expect(kept).toEqual(placed);
    // Waiting again changes nothing; statements bring it back exactly as it was placed.
    expect(placeClientStatementsSection(without, false, () => 'unused')).toEqual(without);
    expect(placeClientStatementsSection(without, true, () => 'unused')).toEqual(placed);
    // An agenda without statements and without the section is left as it is.
    const bare = defaultAgenda(ids());
    expect(placeClientStatementsSection(bare, false, () => 'unused')).toEqual(bare);
  });

  it("keeps the facilitator's skip: a section they skipped neither waits nor comes back", () => {
    const placed = placeClientStatementsSection(defaultAgenda(ids()), true, () => 'client');
    const skipped = setSkipped(placed, 'client', true);
    const without = placeClientStatementsSection(skipped, false, () => 'unused');
    expect(without).toEqual(skipped);
    expect(placeClientStatementsSection(without, true, () => 'unused')).toEqual(skipped);
    // Bringing a waiting section back by hand makes the choice theirs too.
    const waiting = placeClientStatementsSection(placed, false, () => 'unused');
    const broughtBack = setSkipped(waiting, 'client', false);
    expect(broughtBack.find((s) => s.id === 'client')).toMatchObject({
      skipped: false,
      awaitingStatements: false,
    });
  });
});
