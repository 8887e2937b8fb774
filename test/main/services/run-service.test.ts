import { describe, expect, it } from 'vitest';
import { INSTRUMENT, itemsOf } from '../../../shared/instrument';
import { closeStore, openStore } from '../../../src-main/store/open-store';
import { createHandlers } from '../../../src-main/services/create-handlers';
import { PIN_ATTEMPTS, PIN_BLOCK_MS } from '../../../src-main/services/run-service';
import { workshopEvents, type WorkshopEvent } from '../../../src-main/services/events';
import { serviceHarness, type Harness } from '../../helpers/service-harness';
import { dumpTables, openTempStore } from '../../helpers/temp-db';

const human = itemsOf(INSTRUMENT, { dimension: 'human' });
const [h1, h2] = human;
if (!h1 || !h2) throw new Error('instrument has too few human statements');

function setUp(people = 4, k = 3) {
  const h = serviceHarness();
  const workshop = h.call('workshop:create', {
    title: 'Payments',
    date: '2026-05-04',
    anonymityThreshold: k,
    instrumentVersion: '1.0.0',
  });
  const participants = h.call('participant:add', {
    workshopId: workshop.id,
    participants: Array.from({ length: people }, () => ({ role: 'engineering' })),
  });
  return { h, workshopId: workshop.id, participants };
}

function sectionOf(h: Harness, workshopId: string, index: number) {
  const section = h.call('run:get', { workshopId }).agenda[index];
  if (!section) throw new Error(`no section ${index}`);
  return section;
}

describe('capture: response:record', () => {
  it('stores an answer once, however often it is sent (idempotent upsert)', () => {
    const { h, workshopId, participants } = setUp();
    const [p] = participants;
    if (!p) throw new Error('no participant');
    const input = { workshopId, participantId: p.id, itemId: h1.id, round: 1 as const, value: 4 };
    const saved = h.call('response:record', input);
    h.call('response:record', input);
    expect(saved).toMatchObject({ participantId: p.id, itemId: h1.id, round: 1, value: 4 });
    expect(h.call('responses:list', { workshopId, round: 1 })).toEqual([
      expect.objectContaining({ participantId: p.id, itemId: h1.id, value: 4 }),
    ]);
    h.call('response:record', { ...input, value: null });
    expect(h.call('responses:list', { workshopId, round: 1 })[0]?.value).toBeNull();
  });

  it('refuses a value outside 1–5 and stores nothing', () => {
    const { h, workshopId, participants } = setUp();
    const [p] = participants;
    if (!p) throw new Error('no participant');
    const before = dumpTables(h.db);
    for (const value of [0, 6, 2.5, -1, '3']) {
      const error = h.fail('response:record', {
        workshopId,
        participantId: p.id,
        itemId: h1.id,
        round: 1,
        value,
      });
      expect(error.code).toBe('invalid_input');
      expect(error.issues?.[0]?.path).toBe('value');
    }
    expect(
      h.fail('response:record', {
        workshopId,
        participantId: p.id,
        itemId: h1.id,
        round: 3,
        value: 2,
      }).code,
    ).toBe('invalid_input');
    expect(dumpTables(h.db)).toEqual(before);
  });

  it('refuses unknown participants, statements and workshops, storing nothing', () => {
    const { h, workshopId, participants } = setUp();
    const [p] = participants;
    if (!p) throw new Error('no participant');
    const base = { workshopId, participantId: p.id, itemId: h1.id, round: 1, value: 3 };
    expect(h.fail('response:record', { ...base, participantId: 'ghost' }).code).toBe('not_found');
    expect(h.fail('response:record', { ...base, itemId: 'hd.none.9' })).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'itemId' }],
    });
    expect(h.fail('response:record', { ...base, workshopId: 'nope' }).code).toBe('not_found');
    expect(h.call('responses:list', { workshopId, round: 1 })).toEqual([]);
  });

  it('clears an answer; round 2 is captured separately from round 1', () => {
    const { h, workshopId, participants } = setUp();
    const [p] = participants;
    if (!p) throw new Error('no participant');
    const key = { workshopId, participantId: p.id, itemId: h1.id };
    h.call('response:record', { ...key, round: 1, value: 2 });
    h.call('response:record', { ...key, round: 2, value: 4 });
    h.call('response:clear', { ...key, round: 1 });
    h.call('response:clear', { ...key, round: 1 });
    expect(h.call('responses:list', { workshopId, round: 1 })).toEqual([]);
    expect(h.call('responses:list', { workshopId, round: 2 })[0]?.value).toBe(4);
  });

  it('a participant from another workshop is refused as invalid input', () => {
    const h = serviceHarness();
    const a = h.call('workshop:create', { title: 'A', date: '2026-05-04' });
    const b = h.call('workshop:create', { title: 'B', date: '2026-05-04' });
    const [pb] = h.call('participant:add', {
      workshopId: b.id,
      participants: [{ role: 'product' }],
    });
    if (!pb) throw new Error('no participant');
    const error = h.fail('response:record', {
      workshopId: a.id,
      participantId: pb.id,
      itemId: h1.id,
      round: 1,
      value: 3,
    });
    expect(error).toMatchObject({ code: 'invalid_input', issues: [{ path: 'participantId' }] });
  });
});

describe('running the agenda', () => {
  it('start creates the default agenda once and marks the workshop running; close marks it closed', () => {
    const { h, workshopId } = setUp();
    const first = h.call('run:start', { workshopId });
    const again = h.call('run:start', { workshopId });
    expect(first.agenda).toHaveLength(11);
    expect(again.agenda.map((s) => s.id)).toEqual(first.agenda.map((s) => s.id));
    expect(first.state.currentSectionId).toBe(first.agenda[0]?.id);
    expect(h.call('workshop:get', { id: workshopId }).status).toBe('running');
    h.call('run:close', { workshopId });
    expect(h.call('workshop:get', { id: workshopId }).status).toBe('closed');
  });

  it('reorders, skips, adds a custom section and extends time, all kept in the store', () => {
    const { h, workshopId } = setUp();
    const view = h.call('run:start', { workshopId });
    const replay = view.agenda[6];
    if (!replay) throw new Error('no section');
    h.call('agenda:move', { workshopId, sectionId: replay.id, toIndex: 1 });
    h.call('agenda:skip', { workshopId, sectionId: replay.id, skipped: true });
    h.call('agenda:add', {
      workshopId,
      title: 'Coffee',
      prompt: 'Back in ten',
      minutes: 10,
      afterSectionId: replay.id,
    });
    const after = h.call('agenda:extend', { workshopId, sectionId: replay.id, minutes: 5 });
    expect(after.agenda[1]).toMatchObject({ id: replay.id, skipped: true, extraMs: 300_000 });
    expect(after.agenda[2]).toMatchObject({
      kind: 'custom',
      title: 'Coffee',
      prompt: 'Back in ten',
    });
    expect(h.call('run:get', { workshopId }).agenda).toEqual(after.agenda);
    expect(h.fail('agenda:move', { workshopId, sectionId: 'nope', toIndex: 0 }).code).toBe(
      'not_found',
    );
    expect(h.fail('agenda:add', { workshopId, title: '', minutes: 5 }).code).toBe('invalid_input');
  });

  it('goto pauses the section left, starts the one entered, hides the reveal', () => {
    const { h, workshopId } = setUp();
    h.call('run:start', { workshopId });
    const framing = sectionOf(h, workshopId, 0);
    const humanSection = sectionOf(h, workshopId, 1);
    h.call('run:timer', { workshopId, sectionId: framing.id, action: 'start' });
    h.call('run:reveal', { workshopId, revealed: true });
    const view = h.call('run:goto', { workshopId, sectionId: humanSection.id });
    const [left, entered] = view.agenda;
    expect(left?.timerStartedAt).toBeNull();
    expect(left?.timerElapsedMs).toBeGreaterThan(0);
    expect(entered?.timerStartedAt).not.toBeNull();
    expect(view.state).toMatchObject({ currentSectionId: humanSection.id, revealed: false });
  });

  it('the run survives closing and reopening the store: section, timer, notes, answers', () => {
    const { h, workshopId, participants } = setUp();
    h.call('run:start', { workshopId });
    const humanSection = sectionOf(h, workshopId, 1);
    h.call('run:goto', { workshopId, sectionId: humanSection.id });
    h.call('run:timer', { workshopId, sectionId: humanSection.id, action: 'pause' });
    h.call('note:save', { workshopId, sectionId: humanSection.id, text: 'Quiet room' });
    const [p] = participants;
    if (!p) throw new Error('no participant');
    h.call('response:record', {
      workshopId,
      participantId: p.id,
      itemId: h2.id,
      round: 1,
      value: 5,
    });
    const before = h.call('run:get', { workshopId });

    closeStore(h.db);
    const db = openStore(h.file);
    const handlers = createHandlers(db, {
      clock: () => new Date('2030-01-01T00:00:00Z'),
      dataFile: h.file,
      version: 't',
      transport: 'http',
    });
    const after = handlers['run:get']({ workshopId });
    expect(after.state).toEqual(before.state);
    expect(after.agenda).toEqual(before.agenda);
    expect(after.notes).toEqual({ [humanSection.id]: 'Quiet room' });
    expect(handlers['responses:list']({ workshopId, round: 1 })).toHaveLength(1);
    closeStore(db);
  });

  it('a re-vote captures the section as round 2', () => {
    const { h, workshopId } = setUp();
    h.call('run:start', { workshopId });
    const humanSection = sectionOf(h, workshopId, 1);
    const view = h.call('run:revote', { workshopId, sectionId: humanSection.id });
    expect(view.agenda[1]?.round).toBe(2);
    expect(view.state.currentSectionId).toBe(humanSection.id);
    const framing = sectionOf(h, workshopId, 0);
    expect(h.fail('run:revote', { workshopId, sectionId: framing.id }).code).toBe('invalid_input');
  });
});

describe('private mode PIN', () => {
  it('locks with a 4–6 digit PIN, stored hashed; only that PIN unlocks', () => {
    const { h, workshopId } = setUp();
    h.call('run:start', { workshopId });
    expect(h.fail('run:lock', { workshopId, pin: '12' }).code).toBe('invalid_input');
    expect(h.call('run:lock', { workshopId, pin: '4821' }).state.locked).toBe(true);
    const stored = JSON.stringify(h.db.prepare('SELECT * FROM run_state').all());
    expect(stored).not.toContain('4821');
    // Locking again is one of the facilitator's calls private mode closes (private-mode.test.ts).
    expect(h.fail('run:lock', { workshopId, pin: '1111' }).code).toBe('private_mode');
    expect(h.fail('run:unlock', { workshopId, pin: '0000' })).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'pin' }],
    });
    expect(h.call('run:privateMode', {}).lock?.workshopId).toBe(workshopId);
    expect(h.call('run:unlock', { workshopId, pin: '4821' }).state.locked).toBe(false);
  });
});

describe('guessing the PIN', () => {
  it('is refused for a while after five wrong PINs, even the right one, then works again', () => {
    const { db, file } = openTempStore();
    let now = Date.parse('2030-01-01T00:00:00Z');
    const handlers = createHandlers(db, {
      clock: () => new Date(now),
      dataFile: file,
      version: 't',
      transport: 'http',
    });
    const workshop = handlers['workshop:create']({
      title: 'PIN',
      date: '2030-01-01',
      client: '',
      team: '',
      facilitator: '',
      language: 'en',
      anonymityThreshold: 3,
      notes: '',
      roleGroups: ['engineering'],
    });
    handlers['run:start']({ workshopId: workshop.id });
    handlers['run:lock']({ workshopId: workshop.id, pin: '4821' });
    const unlock = (pin: string) => () => handlers['run:unlock']({ workshopId: workshop.id, pin });
    for (let attempt = 0; attempt < PIN_ATTEMPTS; attempt++) expect(unlock('0000')).toThrow(/PIN/);
    expect(unlock('4821')).toThrow(/Too many wrong PINs; try again in 30 seconds/);
    now += PIN_BLOCK_MS + 1;
    expect(unlock('4821')().state.locked).toBe(false);
    closeStore(db);
  });
});

describe('comments, parking lot and evidence', () => {
  it('comments are stored with no participant and no time, and listed without either', () => {
    const { h, workshopId } = setUp();
    for (const text of ['one', 'two', 'three']) h.call('comment:add', { workshopId, text });
    const listed = h.call('comment:list', { workshopId });
    expect(listed.map((c) => c.text).sort()).toEqual(['one', 'three', 'two']);
    const columns = (h.db.prepare('PRAGMA table_info(comments)').all() as { name: string }[]).map(
      (c) => c.name,
    );
    expect(columns.some((c) => /participant|time|_at$/.test(c))).toBe(false);
    const [first] = listed;
    if (!first) throw new Error('no comment');
    h.call('comment:remove', { workshopId, id: first.id });
    expect(h.call('comment:list', { workshopId })).toHaveLength(2);
  });

  it('parks topics, marks them done, removes them', () => {
    const { h, workshopId } = setUp();
    const item = h.call('parking:add', { workshopId, text: 'Budget process' });
    h.call('parking:add', { workshopId, text: 'Hiring' });
    h.call('parking:update', { workshopId, id: item.id, done: true });
    expect(h.call('parking:list', { workshopId })).toMatchObject([
      { text: 'Budget process', done: true },
      { text: 'Hiring', done: false },
    ]);
    h.call('parking:remove', { workshopId, id: item.id });
    expect(h.call('parking:list', { workshopId })).toHaveLength(1);
  });

  it('refuses an evidence value that is not one of the choices, naming the field and storing nothing', () => {
    const { h, workshopId } = setUp();
    const before = dumpTables(h.db);
    const place = h.fail('decision:add', {
      workshopId,
      entry: { title: 'Move to Kafka', recorded: 'the wiki' },
    });
    expect(place.code).toBe('invalid_input');
    expect(place.issues?.[0]?.path).toBe('entry.recorded');
    const verified = h.fail('realityCheck:add', {
      workshopId,
      entry: { title: 'Ledger', verified: 'maybe', decisionTraceable: 'yes' },
    });
    expect(verified.code).toBe('invalid_input');
    expect(verified.issues?.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['entry.verified', 'entry.decisionTraceable']),
    );
    expect(dumpTables(h.db)).toEqual(before);
    // Fields left out are "not assessed", never a failure.
    const bare = h.call('decision:add', { workshopId, entry: { title: 'Only a title' } });
    expect(bare).toMatchObject({ deciderKnown: null, recorded: null, replayable: null });
  });

  it('evidence entries are added, updated and removed, only within their workshop', () => {
    const { h, workshopId } = setUp();
    const other = h.call('workshop:create', { title: 'Other', date: '2026-05-04' });
    const entry = h.call('realityCheck:add', {
      workshopId,
      entry: {
        title: 'Ledger migration',
        verified: 'partly',
        ownerClear: 'yes',
        decisionTraceable: false,
      },
    });
    h.call('realityCheck:update', {
      workshopId,
      id: entry.id,
      entry: {
        title: 'Ledger migration',
        verified: 'verified',
        ownerClear: 'no',
        decisionTraceable: true,
      },
    });
    const decision = h.call('decision:add', {
      workshopId,
      entry: {
        title: 'Move to Kafka',
        deciderKnown: true,
        inputsKnown: false,
        replayable: 'unsure',
      },
    });
    expect(h.call('evidence:list', { workshopId })).toMatchObject({
      realityCheck: [{ title: 'Ledger migration', verified: 'verified', decisionTraceable: true }],
      decisions: [{ title: 'Move to Kafka', replayable: 'unsure' }],
    });
    expect(h.fail('decision:remove', { workshopId: other.id, id: decision.id }).code).toBe(
      'not_found',
    );
    h.call('decision:remove', { workshopId, id: decision.id });
    expect(h.call('evidence:list', { workshopId }).decisions).toEqual([]);
  });
});

describe('presenter state', () => {
  it('shows counts and, on reveal, aggregates respecting k; never an id, alias or single answer', () => {
    const { h, workshopId, participants } = setUp(4, 3);
    h.call('run:start', { workshopId });
    const humanSection = sectionOf(h, workshopId, 1);
    h.call('run:goto', { workshopId, sectionId: humanSection.id });
    participants.forEach((p, index) => {
      for (const item of human) {
        // Only three people answer the second statement: still at k.
        if (item.id === h2.id && index === 3) continue;
        h.call('response:record', {
          workshopId,
          participantId: p.id,
          itemId: item.id,
          round: 1,
          value: (index % 5) + 1,
        });
      }
    });
    // The first statement loses one answer below k for the check of suppression.
    const [p0, p1] = participants;
    if (!p0 || !p1) throw new Error('no participant');
    h.call('response:clear', { workshopId, participantId: p0.id, itemId: h1.id, round: 1 });
    h.call('response:clear', { workshopId, participantId: p1.id, itemId: h1.id, round: 1 });

    const hidden = h.call('presenter:state', { workshopId });
    expect(hidden.progress).toMatchObject({
      participants: 4,
      completed: 1,
      statements: human.length,
    });
    expect(hidden.result).toBeNull();

    h.call('run:reveal', { workshopId, revealed: true });
    const shown = h.call('presenter:state', { workshopId });
    const statements = shown.result?.current.statements ?? [];
    expect(statements.find((s) => s.itemId === h1.id)).toEqual({
      itemId: h1.id,
      suppressed: true,
      n: 2,
    });
    expect(statements.find((s) => s.itemId === h2.id)).toMatchObject({ suppressed: false, n: 3 });

    const text = JSON.stringify(shown);
    for (const p of participants) {
      expect(text).not.toContain(p.id);
      expect(text).not.toContain(`"${p.alias}"`);
    }
    h.call('note:save', {
      workshopId,
      sectionId: humanSection.id,
      text: 'secret facilitator note',
    });
    expect(JSON.stringify(h.call('presenter:state', { workshopId }))).not.toContain('secret');
  });

  it('keeps the revealed figures as they were at the reveal, so a later answer cannot be read off the wall', () => {
    const { h, workshopId, participants } = setUp(4, 3);
    h.call('run:start', { workshopId });
    const humanSection = sectionOf(h, workshopId, 1);
    h.call('run:goto', { workshopId, sectionId: humanSection.id });
    const [first, ...others] = participants;
    if (!first) throw new Error('no participant');
    for (const p of others) {
      h.call('response:record', {
        workshopId,
        participantId: p.id,
        itemId: h1.id,
        round: 1,
        value: 2,
      });
    }
    h.call('run:reveal', { workshopId, revealed: true });
    const atReveal = h.call('presenter:state', { workshopId }).result;
    expect(atReveal?.current.statements.find((s) => s.itemId === h1.id)).toMatchObject({ n: 3 });

    // One more person answers while the room watches: the wall does not move.
    h.call('response:record', {
      workshopId,
      participantId: first.id,
      itemId: h1.id,
      round: 1,
      value: 5,
    });
    expect(h.call('presenter:state', { workshopId }).result).toEqual(atReveal);
    // The live count of answers still moves; it says someone answered, not what.
    expect(h.call('presenter:state', { workshopId }).progress?.answers).toBe(4);

    // Revealing again shows the answers given since.
    h.call('run:reveal', { workshopId, revealed: false });
    h.call('run:reveal', { workshopId, revealed: true });
    const again = h.call('presenter:state', { workshopId }).result;
    expect(again?.current.statements.find((s) => s.itemId === h1.id)).toMatchObject({ n: 4 });
  });

  it('after a re-vote shows round 1 beside round 2 with the convergence', () => {
    const { h, workshopId, participants } = setUp(4, 3);
    h.call('run:start', { workshopId });
    const humanSection = sectionOf(h, workshopId, 1);
    participants.forEach((p, index) => {
      for (const item of [h1, h2]) {
        h.call('response:record', {
          workshopId,
          participantId: p.id,
          itemId: item.id,
          round: 1,
          value: index < 2 ? 1 : 5,
        });
        h.call('response:record', {
          workshopId,
          participantId: p.id,
          itemId: item.id,
          round: 2,
          value: index < 2 ? 3 : 4,
        });
      }
    });
    h.call('run:revote', { workshopId, sectionId: humanSection.id });
    h.call('run:reveal', { workshopId, revealed: true });
    const state = h.call('presenter:state', { workshopId });
    expect(state.result?.round).toBe(2);
    expect(state.result?.previous?.statements.find((s) => s.itemId === h1.id)).toMatchObject({
      counts: [2, 0, 0, 0, 2],
    });
    expect(state.result?.current.statements.find((s) => s.itemId === h1.id)).toMatchObject({
      counts: [0, 0, 2, 2, 0],
    });
    expect(state.result?.convergence?.change).toBeGreaterThan(0);
  });
});

describe('presenter maps', () => {
  it('in Reveal & discuss carry the scored map figures: the spread and shown groups, never a person', () => {
    const h = serviceHarness();
    const workshop = h.call('workshop:create', {
      title: 'Payments',
      date: '2026-05-04',
      anonymityThreshold: 3,
      instrumentVersion: '1.0.0',
    });
    const workshopId = workshop.id;
    const participants = h.call('participant:add', {
      workshopId,
      participants: [
        ...Array.from({ length: 5 }, () => ({ role: 'engineering' })),
        ...Array.from({ length: 3 }, () => ({ role: 'product' })),
        ...Array.from({ length: 2 }, () => ({ role: 'leadership' })),
      ],
    });
    const items = INSTRUMENT.items.filter(
      (item) => item.dimension === 'human' || item.dimension === 'technical',
    );
    participants.forEach((p, person) => {
      items.forEach((item, index) => {
        h.call('response:record', {
          workshopId,
          participantId: p.id,
          itemId: item.id,
          round: 1,
          value: ((person * 3 + index) % 5) + 1,
        });
      });
    });
    const run = h.call('run:start', { workshopId });
    const reveal = run.agenda.find((section) => section.kind === 'reveal');
    if (!reveal) throw new Error('no reveal section');
    expect(h.call('presenter:state', { workshopId }).maps).toBeNull();
    h.call('run:goto', { workshopId, sectionId: reveal.id });
    expect(h.call('presenter:state', { workshopId }).maps).toBeNull();
    h.call('run:reveal', { workshopId, revealed: true });

    const maps = h.call('presenter:state', { workshopId }).maps;
    const scored = h.call('workshop:results', { id: workshopId });
    expect(maps?.indices).toEqual(scored.indices);
    expect(maps?.factors).toEqual(scored.factors);
    expect(maps?.spread).toEqual(scored.spread);
    expect(maps?.spread).toMatchObject({ suppressed: false, n: 10 });
    // Leadership (2 < k) is hidden, and product (3) with it so that it cannot be worked out.
    expect(maps?.groups.map((group) => [group.role, group.suppressed])).toEqual(
      scored.groups.map((group) => [group.role, group.suppressed]),
    );
    expect(maps?.groups.find((group) => group.role === 'leadership')).toEqual({
      role: 'leadership',
      suppressed: true,
    });
    for (const group of maps?.groups ?? []) {
      if (!group.suppressed)
        expect(Object.keys(group).sort()).toEqual(['dimensions', 'n', 'role', 'suppressed']);
    }
    const text = JSON.stringify(maps);
    for (const p of participants) {
      expect(text).not.toContain(p.id);
      expect(text).not.toContain(`"${p.alias}"`);
    }
  });
});

describe('live events', () => {
  it('are published after each committed change, and not for refused input', () => {
    const { h, workshopId, participants } = setUp();
    const seen: WorkshopEvent[] = [];
    const stop = workshopEvents.subscribe((event) => {
      if (event.workshopId === workshopId) seen.push(event);
    });
    const [p] = participants;
    if (!p) throw new Error('no participant');
    h.call('run:start', { workshopId });
    h.call('response:record', {
      workshopId,
      participantId: p.id,
      itemId: h1.id,
      round: 1,
      value: 2,
    });
    h.fail('response:record', {
      workshopId,
      participantId: 'ghost',
      itemId: h1.id,
      round: 1,
      value: 2,
    });
    stop();
    expect(seen.map((e) => e.type)).toEqual(['run', 'response']);
  });
});

describe('presenter state per section kind', () => {
  it('carries the evidence, candidates and plan of its section as the facilitator types them', () => {
    const { h, workshopId, participants } = setUp(4, 3);
    h.call('run:start', { workshopId });
    const kinds = h.call('run:get', { workshopId }).agenda;
    const sectionOfKind = (kind: string) => {
      const section = kinds.find((item) => item.kind === kind);
      if (!section) throw new Error(`no ${kind} section`);
      return section.id;
    };
    h.call('realityCheck:add', {
      workshopId,
      entry: { title: 'Checkout redesign', reported: 'done', verified: 'partly' },
    });
    h.call('decision:add', {
      workshopId,
      entry: { title: 'Move to the new ledger', deciderKnown: true, recorded: 'nowhere' },
    });
    h.call('actions:save', {
      workshopId,
      title: 'Name one decider per release',
      owner: 'Dana',
      successSignal: 'Everyone can say who decided',
    });

    h.call('run:goto', { workshopId, sectionId: sectionOfKind('reality_check') });
    const rc = h.call('presenter:state', { workshopId });
    expect(rc.realityCheck?.items).toEqual([
      {
        title: 'Checkout redesign',
        reported: 'done',
        verified: 'partly',
        ownerClear: null,
        decisionTraceable: null,
      },
    ]);
    expect(rc.realityCheck?.funnel).toEqual({
      reported: 1,
      verified: 0,
      partly: 1,
      owned: 0,
      traceable: 0,
    });
    // A row added while the room watches is on the wall at the next read, no reveal needed.
    h.call('realityCheck:add', {
      workshopId,
      entry: { title: 'Fraud rules', verified: 'verified' },
    });
    expect(h.call('presenter:state', { workshopId }).realityCheck?.items).toHaveLength(2);

    h.call('run:goto', { workshopId, sectionId: sectionOfKind('decision_replay') });
    const dr = h.call('presenter:state', { workshopId });
    expect(dr.realityCheck).toBeNull();
    expect(dr.decisions).toEqual([
      {
        title: 'Move to the new ledger',
        deciderKnown: true,
        inputsKnown: null,
        recorded: 'nowhere',
        replayable: null,
      },
    ]);

    h.call('run:goto', { workshopId, sectionId: sectionOfKind('interventions') });
    const iv = h.call('presenter:state', { workshopId });
    expect(iv.candidates?.at(-1)).toMatchObject({
      title: 'Name one decider per release',
      rank: null,
      selected: true,
    });

    h.call('run:goto', { workshopId, sectionId: sectionOfKind('close') });
    const close = h.call('presenter:state', { workshopId });
    expect(close.plan).toEqual([
      expect.objectContaining({
        title: 'Name one decider per release',
        owner: 'Dana',
        dueDate: null,
        successSignal: 'Everyone can say who decided',
      }),
    ]);
    for (const state of [rc, dr, iv, close]) {
      const text = JSON.stringify(state);
      for (const p of participants) {
        expect(text).not.toContain(p.id);
        expect(text).not.toContain(`"${p.alias}"`);
      }
    }
  });
});
