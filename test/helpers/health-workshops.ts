import type { WorkshopFileInput } from '../../shared/format/workshop-file';
import { INSTRUMENT_V2, type Instrument } from '../../shared/instrument';

/** A small seeded generator (mulberry32), so the same seed always gives the same workshop. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box–Muller). */
function normal(next: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
}

/** The statement answered at random in `healthWorkshopFile`, so its item–rest correlation is low. */
export const NOISY_STATEMENT = 'hd.autonomy.3';

/**
 * A workshop file whose round-1 answers hang together the way a real instrument's should: each
 * person has a level of debt and each factor its own lean, health-keyed statements are answered
 * the other way round, a few answers are "can't say" or "not applicable", and NOISY_STATEMENT is
 * answered at random. For instrument-health tests and screenshots only.
 */
export function healthWorkshopFile({
  title,
  people,
  seed,
  instrument = INSTRUMENT_V2,
}: {
  title: string;
  people: number;
  seed: number;
  instrument?: Instrument;
}): WorkshopFileInput {
  const next = random(seed);
  const participants = Array.from({ length: people }, (_, index) => ({
    id: `p${String(index + 1).padStart(3, '0')}`,
    alias: `P${index + 1}`,
    role: index % 2 === 0 ? 'engineering' : 'product',
  }));
  const responses: WorkshopFileInput['responses'] = [];
  for (const participant of participants) {
    const level = normal(next);
    const lean = new Map(instrument.factors.map((factor) => [factor.id, normal(next)]));
    for (const item of instrument.items) {
      const draw = next();
      if (draw < 0.03) {
        responses.push({ participant: participant.id, item: item.id, round: 1, value: null });
        continue;
      }
      if (draw < 0.05) {
        responses.push({ participant: participant.id, item: item.id, round: 1, value: 'na' });
        continue;
      }
      const debt =
        item.id === NOISY_STATEMENT
          ? 1 + 4 * next()
          : 3 + 0.9 * level + 0.7 * (lean.get(item.factor) ?? 0) + 0.7 * normal(next);
      const agreed = item.keyed === 'debt' ? debt : 6 - debt;
      const value = Math.min(5, Math.max(1, Math.round(agreed))) as 1 | 2 | 3 | 4 | 5;
      responses.push({ participant: participant.id, item: item.id, round: 1, value });
    }
  }
  return {
    format: 'edw-workshop',
    version: 3,
    workshop: {
      title,
      client: 'Northwind',
      team: title,
      date: '2026-03-02',
      facilitator: '',
      language: 'en',
      anonymityThreshold: 5,
      notes: '',
      instrumentVersion: instrument.version,
    },
    participants,
    responses,
    realityCheck: [],
    decisions: [],
  };
}
