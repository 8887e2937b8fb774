import type { Language } from '../domain/workshop';
import type { FileDecisionEntry, FileRealityCheckEntry } from '../format/workshop-file';
import type { Instrument } from '../instrument/types';
import { CATALOGUE, interventionById } from '../interventions/catalogue';
import { recommendInterventions } from '../interventions/recommend';
import type { Action, VoteState } from '../interventions/schemas';
import type { ScoreResult } from '../scoring/result';
import {
  summarizeClientStatement,
  type ClientAnswer,
} from '../client-statements/client-statements';
import {
  capturesClientStatements,
  capturesStatements,
  sectionItems,
  type AgendaSection,
} from './agenda';
import { aggregateRound, completedCount, convergence, type AnswerRow } from './aggregate';
import type {
  PresenterCandidate,
  PresenterClientStatement,
  PresenterMapData,
  PresenterPlanAction,
  PresenterRealityCheck,
  PresenterState,
  PresenterVotes,
  Round,
} from './api';
import { isRunning, timerOf, workshopRemainingMs } from './timer';

/** One stored answer as the projector's builder reads it; no id of it reaches the state. */
export type PresenterAnswer = AnswerRow & { round: Round };

/** What the room saw at the moment of the reveal, kept by the caller between calls. */
export interface ShownAtReveal {
  key: string;
  result: PresenterState['result'];
  maps: PresenterState['maps'];
  /** The client statements' figures as the room saw them at the reveal (their section only). */
  clientStatements?: PresenterState['clientStatements'];
}

/** Everything the projector's state is made of, read by the caller; nothing here reads a store. */
export interface PresenterInput {
  workshop: { title: string; language: Language; anonymityThreshold: number };
  instrument: Instrument;
  agenda: readonly AgendaSection[];
  run: { currentSectionId: string | null; revealed: boolean };
  participantIds: readonly string[];
  answers: readonly PresenterAnswer[];
  evidence: {
    realityCheck: readonly FileRealityCheckEntry[];
    decisions: readonly FileDecisionEntry[];
  };
  actions: readonly Action[];
  /**
   * The client's own statements (text and keying, in order) and their answers: read only in
   * their own section, never by scoring. Absent: the workshop has none.
   */
  clientStatements?: {
    statements: readonly { id: string; text: string; reversed: boolean }[];
    answers: readonly ClientAnswer[];
  };
  /** The dot vote as any screen may see it (secret until revealed); read only for Interventions. */
  vote: () => VoteState;
  /**
   * The workshop scored after its disclosure step. Called only by a section that needs it (the
   * maps of Reveal & discuss, the candidates of Interventions): scoring is the costly part.
   */
  score: () => ScoreResult;
  /** The same result as last time, when the room is still looking at the same reveal. */
  shown: ShownAtReveal | null;
  now: number;
}

/** Which reveal the room is looking at: a re-vote is a new one. */
export function revealKey(section: Pick<AgendaSection, 'id' | 'round'>): string {
  return `${section.id}|${section.round}`;
}

/**
 * The maps' share of the scored workshop. Taken after the model's disclosure step, so nothing here
 * describes fewer than k people; of a group only its dimension indices travel.
 */
export function presenterMaps(scored: ScoreResult): PresenterMapData {
  return {
    anonymityThreshold: scored.anonymityThreshold,
    indices: scored.indices,
    spread: scored.spread,
    groups: scored.groups.map((group) =>
      group.suppressed
        ? { role: group.role, suppressed: true as const }
        : {
            role: group.role,
            suppressed: false as const,
            n: group.n,
            dimensions: group.dimensions.map(({ id, index }) => ({ id, index })),
          },
    ),
    factors: scored.factors,
  };
}

/**
 * The Reality Check's work items and its nested funnel: each stage counts the items that also
 * passed every earlier one; "partly" stands beside "verified" and never counts as verified.
 */
export function presenterRealityCheck(
  entries: readonly FileRealityCheckEntry[],
): PresenterRealityCheck {
  const verified = entries.filter((entry) => entry.verified === 'verified');
  const owned = verified.filter((entry) => entry.ownerClear === 'yes');
  return {
    items: entries.map(({ title, reported, verified: status, ownerClear, decisionTraceable }) => ({
      title,
      reported,
      verified: status,
      ownerClear,
      decisionTraceable,
    })),
    funnel: {
      reported: entries.length,
      verified: verified.length,
      partly: entries.filter((entry) => entry.verified === 'partly').length,
      owned: owned.length,
      traceable: owned.filter((entry) => entry.decisionTraceable === true).length,
    },
  };
}

/**
 * The dot vote for the projector, keyed like the candidates (a catalogue intervention's id, or the
 * room's own action's id). The tally is the vote service's, already held to secrecy and to k.
 */
export function presenterVotes(vote: VoteState, actions: readonly Action[]): PresenterVotes {
  const { tally } = vote;
  const base = { participants: vote.participants, voters: tally.voters };
  if (tally.status !== 'shown') return { ...base, status: tally.status, dots: null };
  const candidateOf = new Map(
    actions.map((action) => [action.id, action.interventionId ?? action.id]),
  );
  const dots: Record<string, number> = {};
  for (const total of tally.totals) {
    const candidate = candidateOf.get(total.actionId);
    if (candidate !== undefined) dots[candidate] = total.dots;
  }
  return { ...base, status: 'shown', dots };
}

/**
 * The interventions the room weighs: the catalogue's recommendations in rank order, then the
 * room's own actions, each with one line on why. The recommendations come from findings, which
 * the scoring's disclosure step has already held to k.
 */
export function presenterCandidates(
  scored: ScoreResult,
  actions: readonly Action[],
  language: Language,
): PresenterCandidate[] {
  const chosen = new Set(
    actions.filter((action) => action.selected).map((action) => action.interventionId),
  );
  const recommended = recommendInterventions(scored).flatMap((recommendation) => {
    const intervention = interventionById(CATALOGUE, recommendation.interventionId);
    if (!intervention) return [];
    return [
      {
        id: recommendation.interventionId,
        title: intervention.title[language],
        why: intervention.why[language],
        rank: recommendation.rank,
        selected: chosen.has(recommendation.interventionId),
      },
    ];
  });
  const own = actions
    .filter((action) => action.interventionId === null)
    .map((action) => ({
      id: action.id,
      title: action.title,
      why: action.description,
      rank: null,
      selected: action.selected,
    }));
  return [...recommended, ...own];
}

/** The agreed plan: the selected actions in their order. */
export function presenterPlan(actions: readonly Action[]): PresenterPlanAction[] {
  return [...actions]
    .filter((action) => action.selected)
    .sort((a, b) => a.position - b.position)
    .map(({ id, title, owner, dueDate, successSignal }) => ({
      id,
      title,
      owner,
      dueDate,
      successSignal,
    }));
}

/**
 * How far the room has got with the client's statements: who has answered every one of them and
 * how many answers are stored. Counts only, like the instrument's sections.
 */
export function presenterClientProgress(
  statements: readonly { id: string }[],
  answers: readonly ClientAnswer[],
  participantIds: readonly string[],
): NonNullable<PresenterState['progress']> {
  const ids = new Set(statements.map((statement) => statement.id));
  const people = new Set(participantIds);
  const mine = answers.filter(
    (answer) => ids.has(answer.statementId) && people.has(answer.participantId),
  );
  const rows = mine.map((answer) => ({
    participantId: answer.participantId,
    itemId: answer.statementId,
    value: answer.value,
  }));
  return {
    participants: participantIds.length,
    completed: completedCount([...ids], rows, participantIds),
    statements: statements.length,
    answers: mine.length,
  };
}

/**
 * The client's statements once revealed: each with its mean and counts, or withheld whole below k
 * (its "can't say" and "not applicable" counts too), by the one rule in shared/client-statements.
 */
export function presenterClientStatements(
  client: NonNullable<PresenterInput['clientStatements']>,
  k: number,
): PresenterClientStatement[] {
  return client.statements.map(({ id, text, reversed }) => ({
    text,
    reversed,
    summary: summarizeClientStatement(id, client.answers, k),
  }));
}

/**
 * What the projector may show, built from plain inputs: prompts, time, counts and aggregates, and
 * per section kind what that section puts on the wall. No participant id, alias, name or single
 * answer is copied into it; every figure about people comes from a step that holds it to k.
 */
export function buildPresenterState(input: PresenterInput): PresenterState {
  const { workshop, instrument, agenda, run, now } = input;
  const active = agenda.filter((section) => !section.skipped);
  const section = agenda.find((item) => item.id === run.currentSectionId) ?? null;
  const k = workshop.anonymityThreshold;
  const base: PresenterState = {
    workshopTitle: workshop.title,
    language: workshop.language,
    instrumentVersion: instrument.version,
    k,
    now,
    section: null,
    workshop: {
      remainingMs: workshopRemainingMs(agenda, now),
      running: section !== null && isRunning(timerOf(section)),
    },
    progress: null,
    revealed: false,
    result: null,
    maps: null,
    realityCheck: null,
    decisions: null,
    candidates: null,
    votes: null,
    plan: null,
    clientStatements: null,
  };
  if (!section) return base;

  const timer = timerOf(section);
  const out: PresenterState = {
    ...base,
    revealed: run.revealed,
    section: {
      id: section.id,
      kind: section.kind,
      title: section.title,
      prompt: section.prompt,
      dimensions: section.dimensions,
      round: section.round,
      position:
        Math.max(
          0,
          active.findIndex((item) => item.id === section.id),
        ) + 1,
      total: active.length,
      timer: {
        durationMs: timer.durationMs,
        startedAt: timer.startedAt,
        elapsedBeforeMs: timer.elapsedBeforeMs,
      },
    },
  };

  // What the facilitator captures with the room is shown as it is typed: it is about work items,
  // decisions and actions, never about how one person answered.
  if (section.kind === 'reality_check') {
    out.realityCheck = presenterRealityCheck(input.evidence.realityCheck);
  }
  if (section.kind === 'decision_replay') {
    out.decisions = input.evidence.decisions.map(
      ({ title, deciderKnown, inputsKnown, recorded, replayable }) => ({
        title,
        deciderKnown,
        inputsKnown,
        recorded,
        replayable,
      }),
    );
  }
  if (section.kind === 'interventions') {
    out.candidates = presenterCandidates(input.score(), input.actions, workshop.language);
    out.votes = presenterVotes(input.vote(), input.actions);
  }
  if (section.kind === 'close') out.plan = presenterPlan(input.actions);

  const items = section.kind === 'reveal' ? instrument.items : sectionItems(instrument, section);
  const itemIds = new Set(items.map((item) => item.id));
  const answersOf = (round: Round) =>
    input.answers.filter((answer) => answer.round === round && itemIds.has(answer.itemId));
  if (capturesStatements(section)) {
    const answers = answersOf(section.round);
    out.progress = {
      participants: input.participantIds.length,
      completed: completedCount([...itemIds], answers, input.participantIds),
      statements: items.length,
      answers: answers.length,
    };
  }
  const client = capturesClientStatements(section) ? input.clientStatements : undefined;
  if (capturesClientStatements(section)) {
    const { statements, answers } = input.clientStatements ?? { statements: [], answers: [] };
    out.progress = presenterClientProgress(statements, answers, input.participantIds);
    out.clientStatements = statements.map(({ text, reversed }) => ({
      text,
      reversed,
      summary: null,
    }));
  }
  if (!run.revealed) return out;

  // What the room sees is fixed at the moment of the reveal. Live, each later answer would change
  // the figures on the wall as it arrived, and whoever watched would see what that person
  // answered; revealing again shows the answers given since.
  const shown = input.shown;
  if (shown !== null && shown.key === revealKey(section)) {
    return {
      ...out,
      result: shown.result,
      maps: shown.maps,
      clientStatements: shown.clientStatements ?? out.clientStatements,
    };
  }
  if (client) out.clientStatements = presenterClientStatements(client, k);
  if (items.length > 0) {
    const round = section.kind === 'reveal' ? 1 : section.round;
    const current = aggregateRound(items, answersOf(round), k);
    const previous = round === 2 ? aggregateRound(items, answersOf(1), k) : null;
    out.result = {
      round,
      current,
      previous,
      convergence: previous ? convergence(previous.statements, current.statements) : null,
    };
  }
  if (section.kind === 'reveal') out.maps = presenterMaps(input.score());
  return out;
}
