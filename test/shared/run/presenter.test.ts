import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WorkshopFile } from '../../../shared/format/workshop-file';
import { getInstrument } from '../../../shared/instrument';
import type { Action } from '../../../shared/interventions';
import {
  defaultAgenda,
  placeClientStatementsSection,
  type AgendaSection,
  type SectionKind,
} from '../../../shared/run/agenda';
import { PresenterState } from '../../../shared/run/api';
import {
  buildPresenterState,
  presenterRealityCheck,
  revealKey,
  type PresenterInput,
} from '../../../shared/run/presenter';
import { scoreWorkshop } from '../../../shared/scoring';

// The worked example: six people in two role groups, k = 3, evidence in both exercises.
const sample = WorkshopFile.parse(JSON.parse(readFileSync('docs/sample-workshop.json', 'utf8')));
const instrument = getInstrument(sample.workshop.instrumentVersion);
if (!instrument) throw new Error('the sample names no known instrument');

let counter = 0;
const agenda = defaultAgenda(() => `section-${++counter}`);

function sectionOfKind(kind: SectionKind, list: readonly AgendaSection[] = agenda): AgendaSection {
  const section = list.find((item) => item.kind === kind);
  if (!section) throw new Error(`no ${kind} section`);
  return section;
}

function action(overrides: Partial<Action>): Action {
  return {
    id: 'action-1',
    workshopId: 'workshop-1',
    interventionId: null,
    title: 'Write down who decides each release',
    description: 'Nobody could say who decided the last three releases.',
    owner: 'Dana',
    dueDate: '2026-01-15',
    successSignal: 'Every release names its decider',
    targets: [],
    selected: true,
    votes: 0,
    position: 0,
    createdAt: '2025-11-20T10:00:00.000Z',
    updatedAt: '2025-11-20T10:00:00.000Z',
    ...overrides,
  };
}

/** A workshop file cut down to the first `people` participants, scored with threshold `k`. */
function input(
  kind: SectionKind,
  options: { people?: number; k?: number; revealed?: boolean; actions?: Action[] } = {},
): PresenterInput {
  const k = options.k ?? sample.workshop.anonymityThreshold;
  const kept = sample.participants.slice(0, options.people ?? sample.participants.length);
  const ids = new Set(kept.map((participant) => participant.id));
  const file: WorkshopFile = {
    ...sample,
    workshop: { ...sample.workshop, anonymityThreshold: k },
    participants: kept,
    responses: sample.responses.filter((response) => ids.has(response.participant)),
  };
  return {
    workshop: { title: sample.workshop.title, language: 'en', anonymityThreshold: k },
    instrument: instrument as NonNullable<typeof instrument>,
    agenda,
    run: { currentSectionId: sectionOfKind(kind).id, revealed: options.revealed ?? false },
    participantIds: kept.map((participant) => participant.id),
    answers: file.responses.map((response) => ({
      participantId: response.participant,
      itemId: response.item,
      round: response.round,
      value: response.value,
    })),
    evidence: { realityCheck: sample.realityCheck, decisions: sample.decisions },
    actions: options.actions ?? [],
    vote: () => ({
      votesPerPerson: 3,
      participants: kept.length,
      revealedAt: null,
      tally: { status: 'secret', voters: 0 },
    }),
    score: () => scoreWorkshop(file, instrument as NonNullable<typeof instrument>),
    shown: null,
    now: 1_000_000,
  };
}

/** Every alias, participant id and role group's member list must stay off the wall. */
function expectNobodyNamed(state: PresenterState): void {
  const text = JSON.stringify(state);
  for (const participant of sample.participants) {
    expect(text).not.toContain(`"${participant.id}"`);
    expect(text).not.toContain(participant.alias);
  }
}

describe('buildPresenterState', () => {
  it('gives each kind of section what it puts on the wall, and nothing of the other kinds', () => {
    const rc = buildPresenterState(input('reality_check'));
    expect(rc.section?.kind).toBe('reality_check');
    expect(rc.realityCheck?.items.map((item) => item.title)).toEqual(
      sample.realityCheck.map((entry) => entry.title),
    );
    expect(rc.decisions).toBeNull();
    expect(rc.candidates).toBeNull();
    expect(rc.plan).toBeNull();

    const dr = buildPresenterState(input('decision_replay'));
    expect(dr.decisions).toHaveLength(sample.decisions.length);
    expect(dr.decisions?.[0]).toEqual({
      title: 'Move card payments to a new provider',
      deciderKnown: true,
      inputsKnown: false,
      recorded: 'nowhere',
      replayable: 'no',
    });
    expect(dr.realityCheck).toBeNull();

    const own = action({ id: 'own-1', selected: false });
    const iv = buildPresenterState(input('interventions', { actions: [own] }));
    const candidates = iv.candidates ?? [];
    expect(candidates.length).toBeGreaterThan(1);
    // The catalogue's recommendations first, by rank, each with its reason; the room's own last.
    const ranked = candidates.filter((candidate) => candidate.rank !== null);
    expect(ranked.map((candidate) => candidate.rank)).toEqual(ranked.map((_, index) => index + 1));
    for (const candidate of ranked) expect(candidate.why.length).toBeGreaterThan(20);
    expect(candidates.at(-1)).toEqual({
      id: 'own-1',
      title: own.title,
      why: own.description,
      rank: null,
      selected: false,
    });

    const close = buildPresenterState(
      input('close', {
        actions: [
          action({ id: 'b', position: 1, title: 'Second' }),
          action({ id: 'dropped', position: 0, selected: false }),
          action({ id: 'a', position: 0, title: 'First', dueDate: null }),
        ],
      }),
    );
    expect(close.plan).toEqual([
      {
        id: 'a',
        title: 'First',
        owner: 'Dana',
        dueDate: null,
        successSignal: 'Every release names its decider',
      },
      {
        id: 'b',
        title: 'Second',
        owner: 'Dana',
        dueDate: '2026-01-15',
        successSignal: 'Every release names its decider',
      },
    ]);
    for (const state of [rc, dr, iv, close]) {
      expect(PresenterState.safeParse(state).success).toBe(true);
      expectNobodyNamed(state);
    }
  });

  it('counts the funnel nested: each stage only the items that passed the earlier ones', () => {
    const funnel = presenterRealityCheck([
      {
        title: 'a',
        reported: 'done',
        verified: 'verified',
        ownerClear: 'yes',
        decisionTraceable: true,
      },
      {
        title: 'b',
        reported: 'done',
        verified: 'verified',
        ownerClear: 'yes',
        decisionTraceable: false,
      },
      {
        title: 'c',
        reported: 'done',
        verified: 'verified',
        ownerClear: 'no',
        decisionTraceable: true,
      },
      {
        title: 'd',
        reported: 'done',
        verified: 'partly',
        ownerClear: 'yes',
        decisionTraceable: true,
      },
      { title: 'e', reported: 'done', verified: null, ownerClear: null, decisionTraceable: null },
    ]).funnel;
    expect(funnel).toEqual({ reported: 5, verified: 3, partly: 1, owned: 2, traceable: 1 });
  });

  it('scores the workshop only for the sections that need it', () => {
    let scored = 0;
    for (const kind of [
      'framing',
      'statements',
      'reality_check',
      'decision_replay',
      'close',
    ] as const) {
      const base = input(kind, { revealed: true });
      buildPresenterState({ ...base, score: () => (scored++, base.score()) });
    }
    expect(scored).toBe(0);
    const reveal = input('reveal', { revealed: true });
    buildPresenterState({ ...reveal, score: () => (scored++, reveal.score()) });
    expect(scored).toBe(1);
  });

  it('puts nothing that describes fewer than k people in the state', () => {
    // Two people in a room with k = 3: every statement, factor, group and the room are too few.
    for (const kind of ['statements', 'reveal', 'revote'] as const) {
      const state = buildPresenterState(input(kind, { people: 2, k: 3, revealed: true }));
      expectNobodyNamed(state);
      for (const round of [state.result?.current, state.result?.previous]) {
        for (const statement of round?.statements ?? []) {
          expect(statement).toEqual({ itemId: statement.itemId, suppressed: true, n: statement.n });
        }
        for (const factor of round?.factors ?? []) {
          expect(factor).toEqual({ factor: factor.factor, suppressed: true, n: factor.n });
        }
      }
      if (kind === 'reveal') {
        const maps = state.maps;
        expect(maps).not.toBeNull();
        // A group of fewer than k keeps only its name; the room's figures are withheld too.
        for (const group of maps?.groups ?? [])
          expect(group).toEqual({ role: group.role, suppressed: true });
        expect(maps?.indices.humanDebt).toBeNull();
        expect(maps?.spread).toEqual({ suppressed: true, reason: 'below_threshold' });
        for (const factor of maps?.factors ?? []) {
          expect(factor).toMatchObject({ withheld: true, mean: null, sd: null });
        }
      }
    }
    // With the whole room (six, two groups of three) at k = 3 the same figures are shown.
    const whole = buildPresenterState(input('reveal', { revealed: true }));
    expect(whole.result?.current.statements.some((statement) => !statement.suppressed)).toBe(true);
    expect(whole.maps?.groups.every((group) => !group.suppressed)).toBe(true);
    expectNobodyNamed(whole);
  });

  it('shows nothing of the answers before the reveal, only how far the room has got', () => {
    const state = buildPresenterState(input('statements'));
    expect(state.result).toBeNull();
    expect(state.maps).toBeNull();
    expect(state.progress).toMatchObject({ participants: sample.participants.length });
  });

  it('keeps what the room saw at the reveal while the same reveal is on the wall', () => {
    const first = buildPresenterState(input('reveal', { revealed: true }));
    const section = sectionOfKind('reveal');
    const shown = { key: revealKey(section), result: first.result, maps: first.maps };
    // One more person's answers arrive after the reveal: the wall does not move.
    const later = input('reveal', { revealed: true, people: 4 });
    expect(buildPresenterState({ ...later, shown }).result).toEqual(first.result);
    // A re-vote is another reveal: the kept figures are not reused for it.
    const other = { ...shown, key: revealKey({ id: section.id, round: 2 }) };
    expect(buildPresenterState({ ...later, shown: other }).result).not.toEqual(first.result);
  });

  it('says only the workshop and its time when no section is current', () => {
    const state = buildPresenterState({
      ...input('framing'),
      run: { currentSectionId: null, revealed: true },
    });
    expect(state.section).toBeNull();
    expect(state.revealed).toBe(false);
    expect(state.workshop.running).toBe(false);
  });

  describe('the client statements section', () => {
    const withClient = placeClientStatementsSection(agenda, true, () => 'client-section');
    const section = sectionOfKind('client_statements', withClient);
    const people = sample.participants.map((participant) => participant.id);
    const statements = [
      { id: 'cs-1', text: 'Priorities hold for a whole sprint', reversed: false },
      { id: 'cs-2', text: 'We are asked to switch work every week', reversed: true },
    ];
    // Everyone (six, k = 3) answers the first; only two give the second a value.
    const answers = [
      ...people.map((participantId, index) => ({
        statementId: 'cs-1',
        participantId,
        value: index === 0 ? null : (((index % 5) + 1) as 1 | 2 | 3 | 4 | 5),
      })),
      { statementId: 'cs-2', participantId: people[0] ?? '', value: 4 as const },
      { statementId: 'cs-2', participantId: people[1] ?? '', value: 'na' as const },
      { statementId: 'cs-2', participantId: people[2] ?? '', value: 2 as const },
    ];
    function clientInput(revealed: boolean): PresenterInput {
      return {
        ...input('statements'),
        agenda: withClient,
        run: { currentSectionId: section.id, revealed },
        clientStatements: { statements, answers },
      };
    }

    it('shows the statements and how many answered them all before the reveal, no figure', () => {
      const state = buildPresenterState(clientInput(false));
      expect(state.section?.kind).toBe('client_statements');
      expect(state.progress).toEqual({
        participants: 6,
        completed: 3,
        statements: 2,
        answers: 9,
      });
      expect(state.clientStatements).toEqual([
        { text: statements[0]?.text, reversed: false, summary: null },
        { text: statements[1]?.text, reversed: true, summary: null },
      ]);
      expect(state.result).toBeNull();
      expect(PresenterState.safeParse(state).success).toBe(true);
      expectNobodyNamed(state);
    });

    it('once revealed gives each statement its mean and counts, withheld whole below k', () => {
      const state = buildPresenterState(clientInput(true));
      const [first, second] = state.clientStatements ?? [];
      expect(first?.summary).toMatchObject({ shown: true, n: 5, cantSay: 1, notApplicable: 0 });
      // Two values (one more said "not applicable") at k = 3: nothing but that it is withheld.
      expect(second?.summary).toEqual({ statementId: 'cs-2', shown: false });
      expect(second?.reversed).toBe(true);
      expect(state.result).toBeNull();
      expect(state.maps).toBeNull();
      expect(PresenterState.safeParse(state).success).toBe(true);
      expectNobodyNamed(state);
    });

    it('keeps the figures of the reveal while it is on the wall, and scores nothing', () => {
      const first = buildPresenterState(clientInput(true));
      const shown = {
        key: revealKey(section),
        result: first.result,
        maps: first.maps,
        clientStatements: first.clientStatements,
      };
      let scored = 0;
      const later = clientInput(true);
      const state = buildPresenterState({
        ...later,
        score: () => (scored++, later.score()),
        clientStatements: {
          statements,
          answers: [
            ...answers,
            { statementId: 'cs-2', participantId: people[3] ?? '', value: 5 },
            { statementId: 'cs-2', participantId: people[4] ?? '', value: 5 },
          ],
        },
        shown,
      });
      expect(state.clientStatements).toEqual(first.clientStatements);
      expect(scored).toBe(0);
    });

    it('shows no client statement in any other section', () => {
      for (const kind of ['statements', 'reveal', 'close'] as const) {
        const state = buildPresenterState({
          ...input(kind, { revealed: true }),
          clientStatements: { statements, answers },
        });
        expect(state.clientStatements).toBeNull();
      }
    });
  });
});
