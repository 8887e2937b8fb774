import type { WorkshopFile } from '../../../shared/format/workshop-file';
import type { AnswerValue, Instrument, InstrumentItem } from '../../../shared/instrument/types';
import type { PortfolioWorkshop } from '../../../shared/portfolio/types';
import { scoreWorkshop } from '../../../shared/scoring';
import { makeFile } from '../scoring/fixtures';

// Rooms for portfolio tests: answers written by a rule per person and statement, scored with the
// real scorer against a real instrument.

/** A person's answer to a statement, or undefined when they skipped it. */
export type AnswerRule = (person: number, item: InstrumentItem) => AnswerValue | undefined;

export function roomFile(
  instrument: Instrument,
  people: number,
  rule: AnswerRule,
  k = 5,
): WorkshopFile {
  const participants = Array.from({ length: people }, (_, index) => ({
    id: `p${index + 1}`,
    alias: `Alias ${index + 1}`,
    role: 'engineering',
  }));
  const responses: WorkshopFile['responses'] = [];
  participants.forEach((participant, person) => {
    for (const item of instrument.items) {
      const value = rule(person, item);
      if (value !== undefined)
        responses.push({ participant: participant.id, item: item.id, round: 1, value });
    }
  });
  return makeFile({ k, participants, responses, realityCheck: [], decisions: [] });
}

/** A scored room as the portfolio receives it. */
export function scoredWorkshop(
  instrument: Instrument,
  spec: { id: string; team: string; date: string; title?: string; people: number; k?: number },
  rule: AnswerRule,
): PortfolioWorkshop {
  const file = roomFile(instrument, spec.people, rule, spec.k);
  const withVersion: WorkshopFile = {
    ...file,
    workshop: { ...file.workshop, instrumentVersion: instrument.version },
  };
  return {
    id: spec.id,
    title: spec.title ?? `Workshop ${spec.id}`,
    date: spec.date,
    team: spec.team,
    client: 'Client',
    followsId: null,
    result: scoreWorkshop(withVersion, instrument),
  };
}

/** Everyone neither agrees nor disagrees. */
export const neutral: AnswerRule = () => 3;

/** Debt on every factor, with some spread: debt-keyed 4–5, health-keyed 1–2. */
export const debtSide: AnswerRule = (person, item) => {
  const strong = (person + item.id.length) % 2 === 0;
  return item.keyed === 'debt' ? (strong ? 5 : 4) : strong ? 1 : 2;
};

/** One answer to every statement, whatever it says. */
export const straightLining: AnswerRule = () => 5;

/** Half the room on the debt side, half on the health side: a split room straddling neutral. */
export const splitRoom: AnswerRule = (person, item) => {
  const debt = person % 2 === 0;
  return item.keyed === 'debt' ? (debt ? 5 : 2) : debt ? 1 : 4;
};
