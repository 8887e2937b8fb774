import { randomLcg } from 'd3';
import type { WorkshopFile } from '../../../shared/format/workshop-file';
import { INSTRUMENT } from '../../../shared/instrument';
import { scoreWorkshop, type ScoreResult } from '../../../shared/scoring';

export interface RoomOptions {
  participants: number;
  seed?: number;
  roles?: readonly string[];
  /** Tilt toward debt: 0 = healthy room, 1 = answers lean to debt. */
  lean?: number;
  round2?: boolean;
  k?: number;
  realityCheck?: WorkshopFile['realityCheck'];
}

/** A workshop file whose answers come from a seeded generator, so every run sees the same room. */
export function makeWorkshop(options: RoomOptions): WorkshopFile {
  const random = randomLcg(options.seed ?? 1);
  const roles = options.roles ?? ['Engineering', 'Product', 'Leadership'];
  const lean = options.lean ?? 0.6;
  const participants = Array.from({ length: options.participants }, (_, index) => ({
    id: `p${String(index).padStart(3, '0')}`,
    alias: `Alias ${index}`,
    role: roles[index % roles.length] ?? 'Engineering',
  }));
  const responses: WorkshopFile['responses'] = [];
  for (const round of options.round2 ? ([1, 2] as const) : ([1] as const)) {
    for (const participant of participants) {
      for (const item of INSTRUMENT.items) {
        const roll = random();
        if (roll < 0.05) {
          responses.push({ participant: participant.id, item: item.id, round, value: null });
          continue;
        }
        const debtward = random() < lean;
        const strong = random() < 0.5;
        const agree = item.keyed === 'debt' ? debtward : !debtward;
        const value = agree ? (strong ? 5 : 4) : strong ? 1 : 2;
        responses.push({ participant: participant.id, item: item.id, round, value });
      }
    }
  }
  return {
    format: 'edw-workshop',
    version: 3,
    workshop: {
      title: 'Fixture room',
      client: '',
      team: '',
      date: '2025-01-01',
      facilitator: '',
      language: 'en',
      anonymityThreshold: options.k ?? 5,
      notes: '',
    },
    participants,
    responses,
    realityCheck: options.realityCheck ?? [],
    decisions: [],
  };
}

/** The scored result of a generated room. */
export function scoredRoom(options: RoomOptions): ScoreResult {
  return scoreWorkshop(makeWorkshop(options), INSTRUMENT);
}
