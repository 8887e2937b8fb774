import { INSTRUMENT, type Instrument } from '../shared/instrument';
import type { WorkshopFile } from '../shared/format/workshop-file';

/**
 * A deterministic large room: `people` participants answering the first `items` statements of an
 * instrument (the default one unless given) in two rounds.
 */
export function largeWorkshop(
  people: number,
  items: number,
  instrument: Instrument = INSTRUMENT,
): WorkshopFile {
  let seed = 42;
  const next = () => {
    seed = (seed * 1664525 + 1013904223) % 4294967296;
    return seed / 4294967296;
  };
  const roles = ['leadership', 'product', 'engineering', 'operations'];
  const statementIds = instrument.items.slice(0, items).map((item) => item.id);
  const participants = Array.from({ length: people }, (_, i) => ({
    id: `p${i + 1}`,
    alias: `P${i + 1}`,
    role: roles[i % roles.length] ?? 'engineering',
  }));
  const responses: WorkshopFile['responses'] = [];
  for (const participant of participants) {
    for (const round of [1, 2] as const) {
      for (const item of statementIds) {
        const roll = next();
        responses.push({
          participant: participant.id,
          item,
          round,
          value: roll < 0.05 ? null : ((1 + Math.floor(next() * 5)) as 1 | 2 | 3 | 4 | 5),
        });
      }
    }
  }
  return {
    format: 'edw-workshop',
    version: 3,
    workshop: {
      title: 'Benchmark room',
      client: 'Bench',
      team: 'Large',
      date: '2026-11-25',
      facilitator: '',
      language: 'en',
      anonymityThreshold: 5,
      instrumentVersion: instrument.version,
      notes: '',
    },
    participants,
    responses,
    realityCheck: [
      {
        title: 'A',
        reported: 'done',
        verified: 'partly',
        ownerClear: 'yes',
        decisionTraceable: false,
      },
      {
        title: 'B',
        reported: 'done',
        verified: 'verified',
        ownerClear: 'unclear',
        decisionTraceable: true,
      },
    ],
    decisions: [
      {
        title: 'C',
        deciderKnown: true,
        inputsKnown: false,
        recorded: 'nowhere',
        recordedNote: '',
        replayable: 'unsure',
      },
    ],
  };
}
