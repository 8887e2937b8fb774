import type { PageBox } from '../page-chrome';

/** A4 portrait in millimetres, with the one-team report's margins. */
export const PAGE_W = 210;
export const PAGE_H = 297;
export const LEFT = 20;
export const RIGHT = PAGE_W - 20;
export const WIDTH = RIGHT - LEFT;
export const TOP = 27;
export const BOTTOM = PAGE_H - 20;
/** The same margins as the running header and footer draw them. */
export const PAGE: PageBox = { width: PAGE_W, height: PAGE_H, left: LEFT, right: RIGHT };

/** Light steps of grey-blue for the four bands behind a scale, readable without colour. */
export const BAND_TINTS = {
  contained: '#f1f4f8',
  accumulating: '#e3e9f1',
  compounding: '#d0dae7',
  critical: '#bccadc',
} as const;
