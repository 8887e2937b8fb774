import { z } from 'zod';
import {
  DIMENSIONS,
  type Dimension,
  type Instrument,
  type InstrumentItem,
} from '../instrument/types';

export const SECTION_KINDS = [
  'framing',
  'statements',
  'client_statements',
  'reality_check',
  'decision_replay',
  'reveal',
  'revote',
  'interventions',
  'close',
  'custom',
] as const;
export const SectionKind = z.enum(SECTION_KINDS);
export type SectionKind = z.infer<typeof SectionKind>;

export const DimensionSchema = z.enum(DIMENSIONS);

/** The longest a single section may be planned for; a workshop is a few hours at most. */
export const MAX_TIMEBOX_MS = 4 * 60 * 60 * 1000;
export const MINUTE_MS = 60_000;

/**
 * One section of the agenda. `dimensions` holds the one dimension of a statements section and the
 * dimensions a re-vote covers; `round` is 2 once the section is being re-voted.
 */
export const AgendaSection = z.object({
  id: z.string(),
  kind: SectionKind,
  /** Empty for default sections: the UI names them in its own language. */
  title: z.string(),
  prompt: z.string(),
  dimensions: z.array(DimensionSchema),
  round: z.union([z.literal(1), z.literal(2)]),
  timeboxMs: z.number().int().positive(),
  extraMs: z.number().int().min(0),
  skipped: z.boolean(),
  /**
   * True for a client statements section the app skipped because the workshop had no client
   * statements left; it comes back unskipped with the next statement. A skip the facilitator
   * chose (or undid) is theirs: `setSkipped` clears this.
   */
  awaitingStatements: z.boolean(),
  timerStartedAt: z.number().int().nullable(),
  timerElapsedMs: z.number().int().min(0),
});
export type AgendaSection = z.infer<typeof AgendaSection>;

/** A section's plan before it has an id or timer. */
export interface SectionPlan {
  kind: SectionKind;
  minutes: number;
  dimensions?: Dimension[];
  title?: string;
  prompt?: string;
}

/** DESIGN.md's default agenda, about three hours. */
export const DEFAULT_AGENDA: readonly SectionPlan[] = Object.freeze([
  { kind: 'framing', minutes: 10 },
  { kind: 'statements', minutes: 12, dimensions: ['human'] },
  { kind: 'statements', minutes: 12, dimensions: ['technical'] },
  { kind: 'statements', minutes: 12, dimensions: ['visibility'] },
  { kind: 'statements', minutes: 12, dimensions: ['execution'] },
  { kind: 'reality_check', minutes: 20 },
  { kind: 'decision_replay', minutes: 20 },
  { kind: 'reveal', minutes: 25 },
  { kind: 'revote', minutes: 15, dimensions: [...DIMENSIONS] },
  { kind: 'interventions', minutes: 25 },
  { kind: 'close', minutes: 10 },
]);

/** A fresh section from a plan; ids come from the caller so this stays pure. */
export function sectionFromPlan(plan: SectionPlan, id: string): AgendaSection {
  return {
    id,
    kind: plan.kind,
    title: plan.title ?? '',
    prompt: plan.prompt ?? '',
    dimensions: plan.dimensions ? [...plan.dimensions] : [],
    round: plan.kind === 'revote' ? 2 : 1,
    timeboxMs: plan.minutes * MINUTE_MS,
    extraMs: 0,
    skipped: false,
    awaitingStatements: false,
    timerStartedAt: null,
    timerElapsedMs: 0,
  };
}

/** The default agenda with ids from `makeId`. */
export function defaultAgenda(makeId: () => string): AgendaSection[] {
  return DEFAULT_AGENDA.map((plan) => sectionFromPlan(plan, makeId()));
}

/** True for the sections whose statements the room answers. */
export function capturesStatements(section: AgendaSection): boolean {
  return section.kind === 'statements' || section.kind === 'revote';
}

/**
 * True for the section where the room answers the client's own statements: answered like the
 * instrument's, but stored apart and never scored (shared/client-statements), in one round only.
 */
export function capturesClientStatements(section: AgendaSection): boolean {
  return section.kind === 'client_statements';
}

/** What the client statements' section is planned for when the app adds it. */
export const CLIENT_STATEMENTS_MINUTES = 8;

/**
 * The agenda kept in step with the workshop's client statements, so the room is asked them exactly
 * when there are some. Without statements, each such section stays in its place, skipped and
 * marked `awaitingStatements` (its place, time and note are the facilitator's, and the run passes
 * it by), except one the facilitator skipped already (their choice stays theirs) and `keepId` (the
 * section the run is on, which must not change under the room). With statements, every section
 * that was only waiting for them comes back unskipped, and when the agenda has none, one is added
 * after the last section of statements, else before the reveal, else at the end. Pure: the id of
 * an added section comes from `makeId`.
 */
export function placeClientStatementsSection(
  agenda: readonly AgendaSection[],
  hasClientStatements: boolean,
  makeId: () => string,
  keepId: string | null = null,
): AgendaSection[] {
  if (!hasClientStatements) {
    return agenda.map((section) =>
      capturesClientStatements(section) && !section.skipped && section.id !== keepId
        ? { ...section, skipped: true, awaitingStatements: true }
        : section,
    );
  }
  const woken = agenda.map((section) =>
    section.awaitingStatements
      ? { ...section, skipped: false, awaitingStatements: false }
      : section,
  );
  if (woken.some(capturesClientStatements)) return woken;
  const section = sectionFromPlan(
    { kind: 'client_statements', minutes: CLIENT_STATEMENTS_MINUTES },
    makeId(),
  );
  const lastStatements = woken.findLastIndex((item) => item.kind === 'statements');
  const reveal = woken.findIndex((item) => item.kind === 'reveal');
  const at = lastStatements >= 0 ? lastStatements + 1 : reveal >= 0 ? reveal : woken.length;
  woken.splice(at, 0, section);
  return woken;
}

function indexOf(agenda: readonly AgendaSection[], id: string): number {
  const index = agenda.findIndex((section) => section.id === id);
  if (index < 0) throw new RangeError(`No section ${id} in the agenda`);
  return index;
}

/** The agenda with one section moved to `toIndex` (clamped to the ends). */
export function moveSection(
  agenda: readonly AgendaSection[],
  id: string,
  toIndex: number,
): AgendaSection[] {
  const from = indexOf(agenda, id);
  const out = [...agenda];
  const [moved] = out.splice(from, 1);
  if (!moved) return out;
  const target = Math.max(0, Math.min(out.length, Math.trunc(toIndex)));
  out.splice(target, 0, moved);
  return out;
}

/**
 * The agenda with a section skipped or brought back by the facilitator: from then on the choice is
 * theirs, so a client statements section no longer waits for statements to come back by itself.
 */
export function setSkipped(
  agenda: readonly AgendaSection[],
  id: string,
  skipped: boolean,
): AgendaSection[] {
  indexOf(agenda, id);
  return agenda.map((section) =>
    section.id === id ? { ...section, skipped, awaitingStatements: false } : section,
  );
}

/** The agenda with a section inserted after `afterId` (at the end when absent or unknown). */
export function insertSection(
  agenda: readonly AgendaSection[],
  section: AgendaSection,
  afterId?: string | null,
): AgendaSection[] {
  const after = afterId ? agenda.findIndex((item) => item.id === afterId) : -1;
  const out = [...agenda];
  out.splice(after < 0 ? out.length : after + 1, 0, section);
  return out;
}

/** The agenda with `ms` more time for one section; time can be given back but never below 0 extra. */
export function extendSection(
  agenda: readonly AgendaSection[],
  id: string,
  ms: number,
): AgendaSection[] {
  indexOf(agenda, id);
  return agenda.map((section) =>
    section.id === id
      ? {
          ...section,
          extraMs: Math.max(0, Math.min(MAX_TIMEBOX_MS, section.extraMs + Math.trunc(ms))),
        }
      : section,
  );
}

/** The next section that is not skipped, or undefined at the end. */
export function nextSection(
  agenda: readonly AgendaSection[],
  currentId: string | null,
): AgendaSection | undefined {
  const from = currentId === null ? -1 : agenda.findIndex((section) => section.id === currentId);
  return agenda.slice(from + 1).find((section) => !section.skipped);
}

/** The previous section that is not skipped, or undefined at the start. */
export function previousSection(
  agenda: readonly AgendaSection[],
  currentId: string | null,
): AgendaSection | undefined {
  const from = currentId === null ? agenda.length : agenda.findIndex((s) => s.id === currentId);
  return agenda
    .slice(0, Math.max(0, from))
    .reverse()
    .find((section) => !section.skipped);
}

/** The statements a section captures, in instrument order; none for sections that capture none. */
export function sectionItems(instrument: Instrument, section: AgendaSection): InstrumentItem[] {
  if (!capturesStatements(section)) return [];
  const wanted = new Set(section.dimensions);
  return instrument.items.filter((item) => wanted.has(item.dimension));
}
