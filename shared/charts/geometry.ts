import { color, interpolateCividis } from 'd3';
import { DIMENSIONS, FACTORS, type Dimension } from '../instrument/types';

/** Rounds to 0.01 so layouts compare equal across runs and serialise to short, stable text. */
export function r2(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  // -0 would make two otherwise equal layouts differ under deep equality.
  return rounded === 0 ? 0 : rounded;
}

export function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Tick {
  value: number;
  /** Position along the axis, in SVG user units. */
  position: number;
}

/**
 * Okabe–Ito: eight colours that stay distinct for the common colour-vision deficiencies.
 * Charts never rely on them alone: every mark also carries a label, a shape or a pattern.
 */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

export const DIMENSION_COLOURS: Readonly<Record<Dimension, string>> = Object.freeze({
  human: OKABE_ITO.orange,
  technical: OKABE_ITO.skyBlue,
  visibility: OKABE_ITO.bluishGreen,
  execution: OKABE_ITO.reddishPurple,
});

/**
 * Fill for a 0–100 debt value on cividis (readable with any colour vision and in greyscale),
 * reversed so that more debt is darker: a projector washes light tones out, and the darkest
 * regions are the ones the room should look at.
 */
export function debtFill(value: number): string {
  const parsed = color(interpolateCividis(1 - clamp(value, 0, 100) / 100));
  return parsed === null ? '#808080' : parsed.formatHex();
}

/** Whether text drawn on `debtFill(value)` should be dark or light to keep its contrast. */
export function textToneOn(value: number): 'dark' | 'light' {
  return clamp(value, 0, 100) < 55 ? 'dark' : 'light';
}

/** Instrument order: dimension, then the factor's place in its dimension, then id for unknowns. */
export function compareFactors(
  a: { id: string; dimension: Dimension },
  b: { id: string; dimension: Dimension },
): number {
  const place = (id: string, dimension: Dimension) => {
    const list: readonly string[] = FACTORS[dimension];
    const index = list.indexOf(id.split('.')[1] ?? '');
    return index === -1 ? list.length : index;
  };
  return (
    DIMENSIONS.indexOf(a.dimension) - DIMENSIONS.indexOf(b.dimension) ||
    place(a.id, a.dimension) - place(b.id, b.dimension) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
