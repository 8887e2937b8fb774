import type { Language } from '../domain/workshop';
import { INSTRUMENT_V1 } from './instrument-v1';
import { INSTRUMENT_V2 } from './instrument-v2';
import type {
  Dimension,
  DimensionInfo,
  Factor,
  FactorInfo,
  Instrument,
  InstrumentItem,
  Keyed,
} from './types';

export * from './types';
export { INSTRUMENT_V1 } from './instrument-v1';
export { INSTRUMENT_V2 } from './instrument-v2';
export { SCALE_LABELS, type ScaleLabels } from './scale';

/** Every released instrument, oldest first; a saved workshop names the version it used. */
export const INSTRUMENTS: readonly Instrument[] = Object.freeze([INSTRUMENT_V1, INSTRUMENT_V2]);

/**
 * The instrument of a workshop file or stored workshop that names none: every one made before
 * instrument 2.0.0 existed used 1.0.0, so that is what an unnamed version means.
 */
export const INSTRUMENT: Instrument = INSTRUMENT_V1;

/** The instrument a new workshop asks unless the facilitator picks another. */
export const NEW_WORKSHOP_INSTRUMENT: Instrument = INSTRUMENT_V2;

/** A stored workshop's instrument: its own version, or the current one when that is unknown. */
export function instrumentOf(version: string | null | undefined): Instrument {
  return (version ? getInstrument(version) : undefined) ?? INSTRUMENT;
}

/** The instrument with that exact version, the current one when no version is given, else undefined. */
export function getInstrument(version?: string): Instrument | undefined {
  if (version === undefined) return INSTRUMENT;
  return INSTRUMENTS.find((instrument) => instrument.version === version);
}

/** The statement with that id, or undefined when the instrument has none. */
export function itemById(instrument: Instrument, id: string): InstrumentItem | undefined {
  return instrument.items.find((item) => item.id === id);
}

/** Statements in instrument order, narrowed to a dimension and/or a factor. */
export function itemsOf(
  instrument: Instrument,
  filter: { dimension?: Dimension; factor?: Factor } = {},
): InstrumentItem[] {
  return instrument.items.filter(
    (item) =>
      (filter.dimension === undefined || item.dimension === filter.dimension) &&
      (filter.factor === undefined || item.factor === filter.factor),
  );
}

/** Factors in instrument order, optionally only those of one dimension. */
export function factorsOf(instrument: Instrument, dimension?: Dimension): FactorInfo[] {
  return instrument.factors.filter(
    (factor) => dimension === undefined || factor.dimension === dimension,
  );
}

/** The factor's description, or undefined when the instrument does not have it. */
export function factorInfo(instrument: Instrument, factor: Factor): FactorInfo | undefined {
  return instrument.factors.find((info) => info.id === factor);
}

/** The dimension's description, or undefined when the instrument does not have it. */
export function dimensionInfo(
  instrument: Instrument,
  dimension: Dimension,
): DimensionInfo | undefined {
  return instrument.dimensions.find((info) => info.id === dimension);
}

/** The factor's label in that language; falls back to the factor id so a screen never shows a blank. */
export function factorLabel(instrument: Instrument, factor: Factor, lang: Language): string {
  return factorInfo(instrument, factor)?.label[lang] ?? factor;
}

/** The factor's discussion prompt for the reveal, in that language ('' when unknown). */
export function factorPrompt(instrument: Instrument, factor: Factor, lang: Language): string {
  return factorInfo(instrument, factor)?.prompt[lang] ?? '';
}

/** The dimension's label in that language; falls back to the dimension id. */
export function dimensionLabel(
  instrument: Instrument,
  dimension: Dimension,
  lang: Language,
): string {
  return dimensionInfo(instrument, dimension)?.label[lang] ?? dimension;
}

/** One statement as shown in a single language (the shape of `edw instrument --json`). */
export interface LocalizedItem {
  id: string;
  dimension: Dimension;
  factor: Factor;
  keyed: Keyed;
  text: string;
}

/** Every statement in instrument order, with its text in that language. */
export function localizedItems(instrument: Instrument, lang: Language): LocalizedItem[] {
  return instrument.items.map((item) => ({
    id: item.id,
    dimension: item.dimension,
    factor: item.factor,
    keyed: item.keyed,
    text: item.text[lang],
  }));
}
