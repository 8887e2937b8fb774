import { INSTRUMENT_V2 } from '../../shared/instrument';
import type { InstrumentItem } from '../../shared/instrument/types';
import { createHandlers } from '../../src-main/services/create-handlers';
import { dispatch } from '../../src-main/services/dispatch';
import { closeStore, openStore } from '../../src-main/store/open-store';
import type { Harness } from './service-harness';
import { steppingClock } from './temp-db';

/**
 * An answer leaning towards `debt` (0 none … 1 much) with a spread across people and statements,
 * so teams differ by factor and their intervals have width; no randomness, so a test reads the
 * same figures every time.
 */
function answerOf(person: number, item: InstrumentItem, debt: number, index: number): number {
  const wobble = ((person * 7 + index * 3) % 5) - 2;
  // Each factor leans its own way too, so a team is not one flat colour across the heatmap.
  const factor = [...item.factor].reduce((sum, char) => sum + char.charCodeAt(0), 0);
  const own = ((factor + Math.round(debt * 10)) % 5) - 2;
  const lean = Math.round(
    1 + debt * 4 + wobble * 0.6 + own * 0.5 + (item.factor === 'replay' ? 1 : 0),
  );
  const towardsDebt = Math.min(5, Math.max(1, lean));
  return item.keyed === 'debt' ? towardsDebt : 6 - towardsDebt;
}

export interface StoredTeamSpec {
  title: string;
  team: string;
  client: string;
  date: string;
  people: number;
  /** How much debt the team's answers lean to, 0–1. */
  debt: number;
}

/** Stores a workshop on instrument 2.0.0 and every person's round-1 answers; returns its id. */
export function storePortfolioWorkshop(h: Pick<Harness, 'call'>, spec: StoredTeamSpec): string {
  const workshop = h.call('workshop:create', {
    title: spec.title,
    client: spec.client,
    team: spec.team,
    date: spec.date,
    roleGroups: ['engineering'],
  });
  const people = h.call('participant:add', {
    workshopId: workshop.id,
    participants: Array.from({ length: spec.people }, () => ({ role: 'engineering' })),
  });
  people.forEach((person, at) => {
    INSTRUMENT_V2.items.forEach((item, index) => {
      h.call('response:record', {
        workshopId: workshop.id,
        participantId: person.id,
        itemId: item.id,
        round: 1,
        value: answerOf(at, item, spec.debt, index),
      });
    });
  });
  return workshop.id;
}

/**
 * A client's teams as a facilitator would store them: four teams with figures (one followed up
 * in a second workshop), one team of three people, below k. Returns their ids, oldest first.
 */
export function storeClientPortfolio(
  h: Pick<Harness, 'call'>,
  client = 'Northwind Bank',
): Record<string, string> {
  const ids = {
    mobileFirst: storePortfolioWorkshop(h, {
      title: 'Mobile banking, spring',
      team: 'Mobile banking',
      client,
      date: '2026-04-14',
      people: 7,
      debt: 0.75,
    }),
    cards: storePortfolioWorkshop(h, {
      title: 'Card issuing',
      team: 'Card issuing',
      client,
      date: '2026-06-02',
      people: 6,
      debt: 0.45,
    }),
    onboarding: storePortfolioWorkshop(h, {
      title: 'Customer onboarding',
      team: 'Customer onboarding',
      client,
      date: '2026-07-21',
      people: 8,
      debt: 0.3,
    }),
    risk: storePortfolioWorkshop(h, {
      title: 'Risk engine',
      team: 'Risk engine',
      client,
      date: '2026-09-08',
      people: 3,
      debt: 0.6,
    }),
    mobileFollowUp: storePortfolioWorkshop(h, {
      title: 'Mobile banking, autumn',
      team: 'Mobile banking',
      client,
      date: '2026-10-20',
      people: 7,
      debt: 0.55,
    }),
  };
  h.call('workshop:linkFollowUp', { id: ids.mobileFollowUp, followsId: ids.mobileFirst });
  return ids;
}

/**
 * A store file holding `storeClientPortfolio`, written once in one transaction (thousands of
 * answers: one commit instead of one each) and closed, for tests that only read it.
 */
export function writeClientPortfolioStore(file: string): Record<string, string> {
  const db = openStore(file);
  try {
    const handlers = createHandlers(db, {
      clock: steppingClock(),
      dataFile: file,
      version: '0.1.0-test',
      transport: 'http',
      randomIndex: () => 0,
    });
    const call = ((channel: string, input: unknown) => {
      const result = dispatch(handlers, channel, input);
      if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
      return result.value;
    }) as Harness['call'];
    return db.transaction(() => storeClientPortfolio({ call }))();
  } finally {
    closeStore(db);
  }
}
