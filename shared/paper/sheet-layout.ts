import type { Language } from '../domain/workshop';
import { wrapText } from '../charts/text-measure';
import { dimensionLabel, SCALE_LABELS } from '../instrument';
import type { Instrument } from '../instrument/types';
import {
  capturesClientStatements,
  capturesStatements,
  DEFAULT_AGENDA,
  placeClientStatementsSection,
  sectionFromPlan,
  sectionItems,
  type AgendaSection,
} from '../run/agenda';
import { sheetCode, sheetCodeOf, statementsDigest } from './sheet-code';
import { sheetText } from './sheet-texts';

/**
 * What goes on one participant's paper answer sheet, and where: the statements of the chosen
 * sections numbered 1..N in agenda order, in the workshop's language, and how they fall on A4
 * pages. The PDF draws exactly these rows at these places, and the entry screen keys them in the
 * same order with the same numbers and page breaks, so the keyer's eye and the screen agree.
 */

export type SheetRound = 1 | 2;

/**
 * One of the client's own statements as a sheet prints it: its text as the facilitator typed it.
 * Answered like the instrument's, but keyed back through the client statement channels, never
 * scored (shared/client-statements).
 */
export interface SheetClientStatement {
  id: string;
  text: string;
}

export interface SheetEntry {
  /** 1..N, as printed. */
  number: number;
  /** An instrument item's id, or a client statement's id when `client`. */
  itemId: string;
  /** True for the client's own statements: stored apart, never scored. */
  client: boolean;
  text: string;
  /** The round the answer is recorded in: the section's round when the sheet was made. */
  round: SheetRound;
  sectionId: string;
  /** The printed page it is on, 1-based. */
  page: number;
}

export interface SheetSection {
  id: string;
  title: string;
  round: SheetRound;
  client: boolean;
  entries: SheetEntry[];
}

export type PlacedRow =
  | { kind: 'section'; title: string; y: number; height: number }
  | { kind: 'entry'; number: number; lines: string[]; y: number; height: number };

export interface SheetPage {
  number: number;
  /** Where the column headings start (mm from the top). */
  top: number;
  rows: PlacedRow[];
}

export interface SheetLayout {
  workshopId: string;
  workshopTitle: string;
  language: Language;
  participant: { id: string; alias: string };
  code: string;
  sectionIds: string[];
  sections: SheetSection[];
  entries: SheetEntry[];
  instructionLines: string[];
  /** The scale labels above the tick-box columns, wrapped to a column's width. */
  columnLabels: string[][];
  pages: SheetPage[];
}

/** A4 portrait, in millimetres; the PDF renderer draws with these. */
export const SHEET_GEOMETRY = Object.freeze({
  pageWidth: 210,
  pageHeight: 297,
  left: 14,
  right: 196,
  /** Seven tick-box columns: 1–5, can't say, not applicable. */
  columns: 7,
  columnWidth: 13,
  box: 6.5,
  numberWidth: 9,
  gap: 3,
  textSize: 9.5,
  lineHeight: 9.5 * 0.3528 * 1.3,
  rowPadding: 1.9,
  sectionHeight: 9,
  sectionSize: 11,
  labelSize: 6,
  labelLine: 6 * 0.3528 * 1.2,
  markSize: 11,
  /** Where the instruction starts on page one, and the content on every later page. */
  instructionTop: 43,
  laterTop: 31,
  /** Nothing but the footer goes below this. */
  bottom: 276,
});

const G = SHEET_GEOMETRY;
const PT = 0.3528;

export const BOXES_LEFT = G.right - G.columns * G.columnWidth;
export const TEXT_LEFT = G.left + G.numberWidth;
export const TEXT_WIDTH = BOXES_LEFT - G.gap - TEXT_LEFT;
const CONTENT_WIDTH = G.right - G.left;

/**
 * The agenda paper sheets are made from: the stored one, or before the run has started (nothing
 * stored yet) the default agenda run:start will store, its sections named `default-<n>` so they
 * can be chosen; the sheet's code depends on its statements, not on these names, so a sheet
 * printed before the run starts is still recognised after.
 */
export function paperAgenda(
  stored: readonly AgendaSection[],
  hasClientStatements = false,
): AgendaSection[] {
  if (stored.length > 0) return [...stored];
  const agenda = DEFAULT_AGENDA.map((plan, index) => sectionFromPlan(plan, `default-${index + 1}`));
  // Where run:start will place the client statements' section, so it can be printed before.
  return placeClientStatementsSection(agenda, hasClientStatements, () => 'default-client');
}

/** True for the sections a sheet can hold: the instrument's statements and the client's own. */
export function onSheet(section: AgendaSection): boolean {
  return capturesStatements(section) || capturesClientStatements(section);
}

/** A section a sheet can hold, as the preparation screen offers it. */
export interface PaperSectionOption {
  id: string;
  title: string;
  round: SheetRound;
  statements: number;
  /** Chosen unless the facilitator says otherwise: every first-vote statements section not skipped. */
  byDefault: boolean;
}

/** A section's name on the sheet: its dimensions in the workshop's language, marked when re-voted. */
export function paperSectionTitle(
  section: AgendaSection,
  instrument: Instrument,
  language: Language,
): string {
  if (capturesClientStatements(section)) return sheetText('clientStatements', language);
  const names = section.dimensions.map((d) => dimensionLabel(instrument, d, language)).join(' · ');
  return section.round === 2 ? sheetText('revote', language, { sections: names }) : names;
}

export function paperSectionOptions(
  agenda: readonly AgendaSection[],
  instrument: Instrument,
  language: Language,
  clients: readonly SheetClientStatement[] = [],
): PaperSectionOption[] {
  return agenda
    .filter((section) => capturesStatements(section) || isClientSection(section, clients))
    .map((section) => ({
      id: section.id,
      title: paperSectionTitle(section, instrument, language),
      round: section.round,
      statements: capturesClientStatements(section)
        ? clients.length
        : sectionItems(instrument, section).length,
      byDefault: byDefault(section),
    }));
}

/** A client statements section is offered only while the workshop has client statements. */
function isClientSection(section: AgendaSection, clients: readonly SheetClientStatement[]) {
  return capturesClientStatements(section) && clients.length > 0;
}

/** First-vote statement sections and the client's own, unless skipped, are on a sheet by default. */
function byDefault(section: AgendaSection): boolean {
  if (section.skipped || section.round !== 1) return false;
  return (
    (section.kind === 'statements' && section.dimensions.length > 0) ||
    capturesClientStatements(section)
  );
}

export interface SectionChoiceIssue {
  path: string;
  message: string;
}

/**
 * The sections a sheet holds, in agenda order whatever order they were named in; without a
 * choice, the default ones. Refuses an unknown section, one that asks no statements, and an
 * empty choice, naming which.
 */
export function chooseSections(
  agenda: readonly AgendaSection[],
  sectionIds?: readonly string[],
): { ok: true; sections: AgendaSection[] } | { ok: false; issue: SectionChoiceIssue } {
  if (sectionIds === undefined) {
    const chosen = agenda.filter(byDefault);
    if (chosen.length === 0) {
      return {
        ok: false,
        issue: { path: 'sectionIds', message: 'the agenda has no statements section to print' },
      };
    }
    return { ok: true, sections: chosen };
  }
  if (sectionIds.length === 0) {
    return {
      ok: false,
      issue: { path: 'sectionIds', message: 'needs at least one section that asks statements' },
    };
  }
  for (const [index, id] of sectionIds.entries()) {
    const section = agenda.find((s) => s.id === id);
    if (!section) {
      return {
        ok: false,
        issue: {
          path: `sectionIds.${index}`,
          message: `"${id}" is not a section of this workshop`,
        },
      };
    }
    if (!onSheet(section)) {
      return {
        ok: false,
        issue: { path: `sectionIds.${index}`, message: `"${id}" is a section without statements` },
      };
    }
  }
  const wanted = new Set(sectionIds);
  return { ok: true, sections: agenda.filter((s) => wanted.has(s.id)) };
}

interface SheetStatement {
  id: string;
  text: string;
  client: boolean;
  /** What the sheet code covers for it (`statementKeys`). */
  key: string;
}

/**
 * The statements of `sections` in sheet order, each once (a later repeat is dropped): the
 * instrument's keyed `round:itemId`, the client's own `client:statementId`. An instrument key
 * always starts with its round's digit, so no client statement's key can equal one.
 */
function sheetStatements(
  instrument: Instrument,
  sections: readonly AgendaSection[],
  clients: readonly SheetClientStatement[],
  language: Language,
): { section: AgendaSection; items: SheetStatement[] }[] {
  const seen = new Set<string>();
  return sections.map((section) => {
    const all: SheetStatement[] = capturesClientStatements(section)
      ? clients.map(({ id, text }) => ({ id, text, client: true, key: `client:${id}` }))
      : sectionItems(instrument, section).map((item) => ({
          id: item.id,
          text: item.text[language],
          client: false,
          key: `${section.round}:${item.id}`,
        }));
    return {
      section,
      items: all.filter((item) => {
        if (seen.has(item.key)) return false;
        seen.add(item.key);
        return true;
      }),
    };
  });
}

/**
 * What the code of a sheet of `sections` for a participant covers, in order: each instrument
 * statement as `round:itemId`, each client statement as `client:statementId`.
 */
export function statementKeys(
  instrument: Instrument,
  sections: readonly AgendaSection[],
  clients: readonly SheetClientStatement[] = [],
): string[] {
  // The keys do not depend on the language: any one will do.
  return sheetStatements(instrument, sections, clients, 'en').flatMap(({ items }) =>
    items.map((item) => item.key),
  );
}

export interface SheetInput {
  workshop: { id: string; title: string; language: Language };
  instrument: Instrument;
  /** Already chosen (`chooseSections`), in agenda order. */
  sections: readonly AgendaSection[];
  /** Only the alias: a sheet never carries a name. */
  participant: { id: string; alias: string };
  /** The workshop's client statements, in order: printed where its client section is chosen. */
  clientStatements?: readonly SheetClientStatement[];
}

const rowHeight = (lines: number) => Math.max(lines * G.lineHeight, G.box) + 2 * G.rowPadding;

/** The scale's labels above the columns: 1–5, can't say, not applicable. */
export function columnLabels(language: Language): string[][] {
  const scale = SCALE_LABELS[language];
  const labels = [scale[1], scale[2], scale[3], scale[4], scale[5], scale.cantSay];
  labels.push(scale.notApplicable);
  return labels.map((label) => wrapText(label, G.columnWidth - 0.6, G.labelSize * PT));
}

/** The height of the column headings block: the marks, then the wrapped scale labels. */
export function columnHeadHeight(labels: readonly string[][]): number {
  const lines = Math.max(...labels.map((label) => label.length));
  return 7 + lines * G.labelLine + 2.5;
}

/** One participant's sheet: its statements numbered in order, and the rows placed on pages. */
export function sheetLayout(input: SheetInput): SheetLayout {
  const { workshop, instrument, sections, participant } = input;
  const clients = input.clientStatements ?? [];
  const language = workshop.language;
  const instructionLines = wrapText(
    sheetText('instruction', language, { na: sheetText('notApplicableMark', language) }),
    CONTENT_WIDTH,
    G.textSize * PT,
  );
  const labels = columnLabels(language);
  const head = columnHeadHeight(labels);
  const firstTop = G.instructionTop + instructionLines.length * G.lineHeight + 3;

  const pages: SheetPage[] = [{ number: 1, top: firstTop, rows: [] }];
  let page = pages[0] as SheetPage;
  let y = firstTop + head;
  const newPage = () => {
    page = { number: pages.length + 1, top: G.laterTop, rows: [] };
    pages.push(page);
    y = G.laterTop + head;
  };

  const outSections: SheetSection[] = [];
  const entries: SheetEntry[] = [];
  const keys: string[] = [];
  for (const { section, items } of sheetStatements(instrument, sections, clients, language)) {
    if (items.length === 0) continue;
    const title = paperSectionTitle(section, instrument, language);
    const wrapped = items.map((item) => wrapText(item.text, TEXT_WIDTH, G.textSize * PT));
    // A section's heading stays on the page of its first statement.
    if (y + G.sectionHeight + rowHeight(wrapped[0]?.length ?? 1) > G.bottom) newPage();
    page.rows.push({ kind: 'section', title, y, height: G.sectionHeight });
    y += G.sectionHeight;
    const out: SheetSection = {
      id: section.id,
      title,
      round: section.round,
      client: capturesClientStatements(section),
      entries: [],
    };
    items.forEach((item, index) => {
      const lines = wrapped[index] ?? [];
      const height = rowHeight(lines.length);
      if (y + height > G.bottom) newPage();
      const entry: SheetEntry = {
        number: entries.length + 1,
        itemId: item.id,
        client: item.client,
        text: item.text,
        round: section.round,
        sectionId: section.id,
        page: page.number,
      };
      page.rows.push({ kind: 'entry', number: entry.number, lines, y, height });
      y += height;
      entries.push(entry);
      keys.push(item.key);
      out.entries.push(entry);
    });
    outSections.push(out);
  }

  return {
    workshopId: workshop.id,
    workshopTitle: workshop.title,
    language,
    participant: { id: participant.id, alias: participant.alias },
    code: sheetCode(workshop.id, participant.id, keys),
    sectionIds: sections.map((section) => section.id),
    sections: outSections,
    entries,
    instructionLines,
    columnLabels: labels,
    pages,
  };
}

/**
 * The section choices a typed code is looked for under: every non-empty set of the agenda's
 * statement sections while there are few (the code then names the sheet whatever was chosen when
 * it was printed), else the default choice, each section alone and all of them.
 */
export function candidateChoices(agenda: readonly AgendaSection[]): AgendaSection[][] {
  const capturing = agenda.filter(onSheet);
  if (capturing.length <= 8) {
    const out: AgendaSection[][] = [];
    for (let mask = 1; mask < 1 << capturing.length; mask++) {
      out.push(capturing.filter((_, index) => (mask & (1 << index)) !== 0));
    }
    return out;
  }
  const byDefault = chooseSections(agenda);
  return [
    ...(byDefault.ok ? [byDefault.sections] : []),
    ...capturing.map((section) => [section]),
    capturing,
  ];
}

/**
 * Which participant's sheet, with which sections, carries `code`: every match (two only if two
 * sheets' hashes met, which the caller refuses as ambiguous rather than guess).
 */
export function findSheets(
  code: string,
  workshopId: string,
  instrument: Instrument,
  agenda: readonly AgendaSection[],
  participantIds: readonly string[],
  clients: readonly SheetClientStatement[] = [],
): { participantId: string; sections: AgendaSection[] }[] {
  const found = new Map<string, { participantId: string; sections: AgendaSection[] }>();
  for (const sections of candidateChoices(agenda)) {
    const keys = statementKeys(instrument, sections, clients);
    if (keys.length === 0) continue;
    const digest = statementsDigest(keys);
    for (const participantId of participantIds) {
      // Two choices with the same statements (two sections on one dimension) make one sheet.
      const sheet = JSON.stringify([participantId, keys]);
      if (!found.has(sheet) && sheetCodeOf(workshopId, participantId, digest) === code) {
        found.set(sheet, { participantId, sections });
      }
    }
  }
  return [...found.values()];
}
