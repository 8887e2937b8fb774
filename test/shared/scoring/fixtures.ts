import fc from 'fast-check';
import { RECORD_PLACES, type WorkshopFile } from '../../../shared/format/workshop-file';
import {
  DIMENSION_PREFIX,
  type AnswerValue,
  type Dimension,
  type Factor,
  type Instrument,
  type InstrumentItem,
} from '../../../shared/instrument/types';

// A small instrument keeps property runs fast; it uses real factor ids so the finding rules fire.
const SMALL_FACTORS: [Dimension, Factor[]][] = [
  ['human', ['load', 'speakup']],
  ['technical', ['pipeline', 'coupling']],
  ['visibility', ['replay', 'ownership', 'consistency', 'controls']],
  ['execution', ['progress', 'propagation']],
];

const text = (en: string) => ({ en, es: en, de: en, fr: en });

/** 10 factors × 2 statements (one debt-keyed, one health-keyed). */
export const SMALL_INSTRUMENT: Instrument = {
  version: 'test-1',
  dimensions: SMALL_FACTORS.map(([id]) => ({ id, label: text(id) })),
  factors: SMALL_FACTORS.flatMap(([dimension, factors]) =>
    factors.map((id) => ({ id, dimension, label: text(id), prompt: text(id) })),
  ),
  items: SMALL_FACTORS.flatMap(([dimension, factors]) =>
    factors.flatMap((factor): InstrumentItem[] =>
      [1, 2].map((n) => ({
        id: `${DIMENSION_PREFIX[dimension]}.${factor}.${n}`,
        dimension,
        factor,
        keyed: n === 1 ? 'debt' : 'health',
        text: text(`${factor} ${n}`),
        note: text(''),
      })),
    ),
  ),
};

export const SMALL_ITEM_IDS = SMALL_INSTRUMENT.items.map((item) => item.id);

export interface FileParts {
  k: number;
  participants: { id: string; alias: string; role: string }[];
  responses: WorkshopFile['responses'];
  realityCheck: WorkshopFile['realityCheck'];
  decisions: WorkshopFile['decisions'];
}

/** A valid workshop file from its scoring-relevant parts. */
export function makeFile(parts: FileParts): WorkshopFile {
  return {
    format: 'edw-workshop',
    version: 3,
    workshop: {
      title: 'Property workshop',
      client: '',
      team: '',
      date: '2025-11-20',
      facilitator: '',
      language: 'en',
      anonymityThreshold: parts.k,
      notes: '',
    },
    participants: parts.participants,
    responses: parts.responses,
    realityCheck: parts.realityCheck,
    decisions: parts.decisions,
  };
}

const answerArb: fc.Arbitrary<AnswerValue | 'skip'> = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom<AnswerValue>(1, 2, 3, 4, 5) },
  { weight: 1, arbitrary: fc.constant<AnswerValue>(null) },
  { weight: 2, arbitrary: fc.constant<'skip'>('skip') },
);

/** An evidence field that is sometimes left unset ("not assessed"). */
const orUnassessed = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | null> =>
  fc.option(arbitrary, { nil: null, freq: 4 });

const realityArb = fc.record({
  title: fc.constant('Item'),
  reported: fc.constant('done'),
  verified: orUnassessed(fc.constantFrom('verified', 'partly', 'not_verified', 'unknown' as const)),
  ownerClear: orUnassessed(fc.constantFrom('yes', 'no', 'unclear' as const)),
  decisionTraceable: orUnassessed(fc.boolean()),
});

const decisionArb = fc.record({
  title: fc.constant('Decision'),
  deciderKnown: orUnassessed(fc.boolean()),
  inputsKnown: orUnassessed(fc.boolean()),
  recorded: orUnassessed(fc.constantFrom(...RECORD_PLACES)),
  recordedNote: fc.constant(''),
  replayable: orUnassessed(fc.constantFrom('yes', 'no', 'unsure' as const)),
});

/** Random workshops: 1–12 participants in up to 3 role groups, random answers, optional re-vote and evidence. */
export const fileArb: fc.Arbitrary<WorkshopFile> = fc
  .record({
    k: fc.integer({ min: 3, max: 5 }),
    roles: fc.array(fc.constantFrom('engineering', 'product', 'leadership'), {
      minLength: 1,
      maxLength: 12,
    }),
    answers: fc.array(
      fc.array(answerArb, { minLength: SMALL_ITEM_IDS.length, maxLength: SMALL_ITEM_IDS.length }),
      {
        minLength: 12,
        maxLength: 12,
      },
    ),
    revote: fc.array(fc.option(fc.constantFrom<AnswerValue>(1, 2, 3, 4, 5, null)), {
      minLength: 12 * 4,
      maxLength: 12 * 4,
    }),
    realityCheck: fc.array(realityArb, { maxLength: 5 }),
    decisions: fc.array(decisionArb, { maxLength: 4 }),
  })
  .map(({ k, roles, answers, revote, realityCheck, decisions }) => {
    const participants = roles.map((role, index) => ({
      id: `p${index + 1}`,
      alias: `Alias ${index + 1}`,
      role,
    }));
    const responses: WorkshopFile['responses'] = [];
    participants.forEach((participant, p) => {
      SMALL_ITEM_IDS.forEach((item, i) => {
        const value = answers[p]?.[i] ?? 'skip';
        if (value !== 'skip')
          responses.push({ participant: participant.id, item, round: 1, value });
      });
      // Re-vote only on the four visibility factors' debt-keyed statements, as a facilitator would.
      ['dv.replay.1', 'dv.ownership.1', 'dv.consistency.1', 'dv.controls.1'].forEach((item, i) => {
        const value = revote[p * 4 + i];
        if (value !== undefined && value !== null)
          responses.push({ participant: participant.id, item, round: 2, value });
      });
    });
    return makeFile({ k, participants, responses, realityCheck, decisions });
  });

/** A permutation of a list driven by fast-check, so failures shrink and replay. */
export function permute<T>(list: readonly T[], keys: readonly number[]): T[] {
  return list
    .map((value, index) => ({ value, key: keys[index % Math.max(1, keys.length)] ?? 0, index }))
    .sort((a, b) => a.key - b.key || b.index - a.index)
    .map((entry) => entry.value);
}
