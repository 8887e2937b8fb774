import type { Handlers, ParsedInput } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { getInstrument, type Instrument } from '../../shared/instrument';
import { readSheetCode } from '../../shared/paper/sheet-code';
import {
  chooseSections,
  findSheets,
  paperAgenda,
  paperSectionOptions,
  sheetLayout,
  statementKeys,
  type SheetClientStatement,
} from '../../shared/paper/sheet-layout';
import { renderPaperSheets, type PaperSheetsSource } from '../../shared/paper/render-sheets';
import type { PaperSheet } from '../../shared/paper/schemas';
import type { AgendaSection } from '../../shared/run/agenda';
import { loadReportFonts } from '../report/fonts';
import { listAgenda } from '../store/repositories/agenda';
import { listClientStatements } from '../store/repositories/client-statements';
import { listParticipants } from '../store/repositories/participants';
import type { Db, ServiceDeps } from './service-deps';
import { invalidInput, notFound } from './service-errors';
import { requireWorkshop } from './workshop-service';

type PaperChannel = 'paper:sections' | 'paper:layout' | 'paper:sheets';

const aliasOrder = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * What every paper channel reads: the workshop, its instrument, the agenda sheets are made from
 * (the default one before the run starts) and its participants by alias, never by name.
 */
function paperWorkshop(db: Db, channel: PaperChannel, workshopId: string) {
  const workshop = requireWorkshop(db, workshopId);
  const instrument = getInstrument(workshop.instrumentVersion);
  if (!instrument) {
    throw invalidInput(channel, [
      { path: 'workshopId', message: 'uses an unknown instrument version' },
    ]);
  }
  const participants = listParticipants(db, workshopId)
    .map(({ id, alias }) => ({ id, alias }))
    // Sheets come out in alias order, so a stack of them says nothing of how people were added.
    .sort((a, b) => aliasOrder.compare(a.alias, b.alias));
  // Only what a sheet prints of the client's statements: their ids and text, in order.
  const clients = listClientStatements(db, workshopId).map(({ id, text }) => ({ id, text }));
  const agenda = paperAgenda(listAgenda(db, workshopId), clients.length > 0);
  return { workshop, instrument, agenda, participants, clients };
}

function sections(
  channel: PaperChannel,
  instrument: Instrument,
  agenda: AgendaSection[],
  clients: SheetClientStatement[],
  sectionIds?: string[],
) {
  const chosen = chooseSections(agenda, sectionIds);
  if (!chosen.ok) throw invalidInput(channel, [chosen.issue]);
  // A section can be set to dimensions this instrument asks nothing of: an empty sheet helps no one.
  if (statementKeys(instrument, chosen.sections, clients).length === 0) {
    throw invalidInput(channel, [
      { path: 'sectionIds', message: 'the chosen sections hold no statements' },
    ]);
  }
  return chosen.sections;
}

/**
 * The checked source of a batch of sheets: refuses an unknown workshop, section or participant
 * and a workshop without participants, before anything is drawn.
 */
export function paperSheetsSource(db: Db, input: ParsedInput<'paper:sheets'>): PaperSheetsSource {
  const { workshop, instrument, agenda, participants, clients } = paperWorkshop(
    db,
    'paper:sheets',
    input.workshopId,
  );
  const chosen = sections('paper:sheets', instrument, agenda, clients, input.sectionIds);
  let people = participants;
  if (input.participantIds) {
    const byId = new Map(participants.map((p) => [p.id, p]));
    for (const [index, id] of input.participantIds.entries()) {
      if (!byId.has(id)) {
        throw invalidInput('paper:sheets', [
          { path: `participantIds.${index}`, message: 'is not a participant of this workshop' },
        ]);
      }
    }
    const wanted = new Set(input.participantIds);
    people = participants.filter((p) => wanted.has(p.id));
  }
  if (people.length === 0) {
    throw invalidInput('paper:sheets', [
      { path: 'workshopId', message: 'has no participants to print sheets for' },
    ]);
  }
  return {
    workshop: {
      id: workshop.id,
      title: workshop.title,
      language: workshop.language,
      date: workshop.date,
    },
    instrumentVersion: workshop.instrumentVersion,
    sections: chosen,
    participants: people,
    clientStatements: clients,
    doubleSided: input.doubleSided,
  };
}

/** A sheet a typed code names: refused with the reason when it is mistyped or names none. */
function sheetOfCode(
  db: Db,
  input: ParsedInput<'paper:layout'> & { code: string },
): { participant: { id: string; alias: string }; sections: AgendaSection[] } {
  const reading = readSheetCode(input.code);
  if (!reading.ok) {
    const { problem } = reading;
    const message =
      problem.kind === 'length'
        ? `has ${problem.length} characters; a sheet code has 7`
        : problem.kind === 'character'
          ? `holds "${problem.character}", which no sheet code uses`
          : 'is mistyped: its check character does not match';
    const params: Record<string, string | number> | undefined =
      problem.kind === 'length'
        ? { length: problem.length }
        : problem.kind === 'character'
          ? { character: problem.character }
          : undefined;
    throw new ApiError('invalid_input', `Invalid input for paper:layout: code: ${message}`, [
      { path: 'code', message, code: `sheetCode.${problem.kind}`, ...(params ? { params } : {}) },
    ]);
  }
  const { workshop, instrument, agenda, participants, clients } = paperWorkshop(
    db,
    'paper:layout',
    input.workshopId,
  );
  const ids = participants.map((p) => p.id);
  const found = findSheets(reading.code, workshop.id, instrument, agenda, ids, clients);
  const [match] = found;
  if (!match || found.length > 1) {
    const message = match
      ? 'fits more than one sheet: choose the participant instead'
      : 'belongs to no sheet of this workshop (printed for another workshop, or before its agenda changed)';
    throw new ApiError('not_found', `No sheet with code ${reading.code}: ${message}`, [
      { path: 'code', message, code: match ? 'sheetCode.ambiguous' : 'sheetCode.unknown' },
    ]);
  }
  const participant = participants.find((p) => p.id === match.participantId);
  if (!participant) throw notFound('participant', match.participantId);
  return { participant, sections: match.sections };
}

/** Paper answer sheets: the sections they may hold, one sheet to key, and the printable PDF. */
export function paperHandlers(db: Db, deps: ServiceDeps): Pick<Handlers, PaperChannel> {
  void deps;
  return {
    'paper:sections': ({ workshopId }) => {
      const { workshop, instrument, agenda, clients } = paperWorkshop(
        db,
        'paper:sections',
        workshopId,
      );
      return paperSectionOptions(agenda, instrument, workshop.language, clients);
    },
    'paper:layout': (input): PaperSheet => {
      const { workshop, instrument, agenda, participants, clients } = paperWorkshop(
        db,
        'paper:layout',
        input.workshopId,
      );
      let participant: { id: string; alias: string } | undefined;
      let chosen: AgendaSection[];
      if (input.code !== undefined) {
        ({ participant, sections: chosen } = sheetOfCode(db, { ...input, code: input.code }));
      } else {
        participant = participants.find((p) => p.id === input.participantId);
        if (!participant) {
          throw invalidInput('paper:layout', [
            { path: 'participantId', message: 'is not a participant of this workshop' },
          ]);
        }
        chosen = sections('paper:layout', instrument, agenda, clients, input.sectionIds);
      }
      const layout = sheetLayout({
        workshop,
        instrument,
        sections: chosen,
        participant,
        clientStatements: clients,
      });
      return {
        participant: layout.participant,
        code: layout.code,
        sectionIds: layout.sectionIds,
        pages: layout.pages.length,
        sections: layout.sections.map((section) => ({
          id: section.id,
          title: section.title,
          round: section.round,
          client: section.client,
          entries: section.entries.map(({ number, itemId, client, text, round, page }) => ({
            number,
            itemId,
            client,
            text,
            round,
            page,
          })),
        })),
      };
    },
    'paper:sheets': (input) => {
      const made = renderPaperSheets(paperSheetsSource(db, input), loadReportFonts());
      return { filename: made.filename, base64: Buffer.from(made.pdf).toString('base64') };
    },
  };
}
