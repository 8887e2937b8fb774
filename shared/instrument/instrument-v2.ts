import { deepFreeze } from './freeze';
import { DIMENSION_INFO } from './instrument-v1';
import { EXECUTION_FACTORS_V2, EXECUTION_ITEMS_V2 } from './items-v2-execution';
import { HUMAN_FACTORS_V2, HUMAN_ITEMS_V2 } from './items-v2-human';
import { TECHNICAL_FACTORS_V2, TECHNICAL_ITEMS_V2 } from './items-v2-technical';
import { VISIBILITY_FACTORS_V2, VISIBILITY_ITEMS_V2 } from './items-v2-visibility';
import type { Instrument } from './types';

/**
 * The second instrument: 4 dimensions, 22 factors, 72 statements on the agreement scale. Every
 * factor has statements of both keyings and every dimension is 40–60 % health-keyed, so response
 * style does not read as debt; docs/instrument.md gives the design and the changes from 1.0.0.
 */
export const INSTRUMENT_V2: Instrument = deepFreeze({
  version: '2.0.0',
  dimensions: DIMENSION_INFO,
  factors: [
    ...HUMAN_FACTORS_V2,
    ...TECHNICAL_FACTORS_V2,
    ...VISIBILITY_FACTORS_V2,
    ...EXECUTION_FACTORS_V2,
  ],
  items: [...HUMAN_ITEMS_V2, ...TECHNICAL_ITEMS_V2, ...VISIBILITY_ITEMS_V2, ...EXECUTION_ITEMS_V2],
});
