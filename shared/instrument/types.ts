import type { Language } from '../domain/workshop';

export const DIMENSIONS = ['human', 'technical', 'visibility', 'execution'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/**
 * Factor ids, grouped by dimension; an item id is `<dimension prefix>.<factor>.<n>`. The union
 * over every instrument version, in display order: an instrument uses a subset in this order
 * (1.0.0 lacks trust, learning, autonomy and coordination, which 2.0.0 added).
 */
export const FACTORS = {
  human: [
    'load',
    'speakup',
    'trust',
    'learning',
    'accountability',
    'normalised',
    'incentives',
    'autonomy',
  ],
  technical: ['pipeline', 'coupling', 'legacy', 'change', 'coordination'],
  visibility: ['replay', 'explain', 'ownership', 'consistency', 'controls'],
  execution: ['progress', 'intent', 'propagation', 'ai'],
} as const satisfies Record<Dimension, readonly string[]>;
export type Factor = (typeof FACTORS)[Dimension][number];

/** Item-id prefix per dimension: `hd.speakup.3`, `td.pipeline.1`, `dv.replay.2`, `er.ai.1`. */
export const DIMENSION_PREFIX = {
  human: 'hd',
  technical: 'td',
  visibility: 'dv',
  execution: 'er',
} as const satisfies Record<Dimension, string>;

/** `debt`: agreement means more debt. `health`: agreement means less debt (reverse-scored). */
export type Keyed = 'debt' | 'health';

/** A text in every language the app speaks (LANGUAGES): none may be left out. */
export type Localized = Record<Language, string>;

export interface InstrumentItem {
  /** Stable forever: answers and reports refer to it. */
  id: string;
  dimension: Dimension;
  factor: Factor;
  keyed: Keyed;
  text: Localized;
  /** One line for the facilitator: what the statement probes. */
  note: Localized;
}

export interface FactorInfo {
  id: Factor;
  dimension: Dimension;
  label: Localized;
  /** Question the facilitator puts to the room at the reveal. */
  prompt: Localized;
}

export interface DimensionInfo {
  id: Dimension;
  label: Localized;
}

export interface Instrument {
  version: string;
  dimensions: DimensionInfo[];
  factors: FactorInfo[];
  items: InstrumentItem[];
}

/** 1 = strongly disagree … 5 = strongly agree; null = "can't say". */
export type AnswerValue = 1 | 2 | 3 | 4 | 5 | null;

/**
 * "Not applicable to my role": the statement is about work this participant does not do. Unlike
 * "can't say" (the statement applies, the participant does not know) it is no sign of a hidden
 * problem, so it counts toward nothing in scoring (docs/scoring.md) but still completes an answer.
 */
export const NOT_APPLICABLE = 'na';
export type NotApplicable = typeof NOT_APPLICABLE;
/** Everything a participant may give: a value, "can't say" (null) or "not applicable". */
export type GivenAnswer = AnswerValue | NotApplicable;
