import type { Language } from '../domain/workshop';
import { DIMENSION_PREFIX, type Instrument } from '../instrument/types';

export interface FactorWebNames {
  /** Factor id ("hd.load") → the factor's name in the instrument the workshop used. */
  factors: Record<string, string>;
  dimensions: Record<string, string>;
}

/**
 * Factor and dimension names for a chart, read from the workshop's instrument: the one source the
 * report and the screens both use, so a factor is called the same everywhere, in either language
 * and in every instrument version.
 */
export function factorWebNames(instrument: Instrument, lang: Language): FactorWebNames {
  const factors: Record<string, string> = {};
  for (const info of instrument.factors)
    factors[`${DIMENSION_PREFIX[info.dimension]}.${info.id}`] = info.label[lang];
  const dimensions: Record<string, string> = {};
  for (const info of instrument.dimensions) dimensions[info.id] = info.label[lang];
  return { factors, dimensions };
}
