/*
 * WCAG 2.x contrast, for a brand accent that carries text (the report's masthead band, the
 * projector's header, the phone page's header). AA asks 4.5:1 for body-size text.
 */

/** The ratio WCAG AA asks of normal-size text against its background. */
export const AA_TEXT_RATIO = 4.5;

/** The dark text the app prints on a light accent (the report's ink). */
export const DARK_TEXT = '#1d2430';
export const WHITE_TEXT = '#ffffff';

const HEX = /^#[0-9a-f]{6}$/i;

/** True for a `#rrggbb` colour, the one form the branding stores. */
export function isHexColour(value: string): boolean {
  return HEX.test(value);
}

function channel(value: number): number {
  const srgb = value / 255;
  return srgb <= 0.04045 ? srgb / 12.92 : ((srgb + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a `#rrggbb` colour, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  if (!isHexColour(hex)) throw new Error(`not a #rrggbb colour: "${hex}"`);
  const [r, g, b] = [1, 3, 5].map((start) => channel(parseInt(hex.slice(start, start + 2), 16)));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** The WCAG contrast ratio of two colours, 1 to 21, whichever way round they are given. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

export type AccentCheck =
  | { ok: true; text: string; ratio: number }
  /** Neither white nor dark text reaches AA; `ratio` is the better of the two. */
  | { ok: false; ratio: number };

/**
 * The text colour that reads on `accent`: white when it passes AA (the usual brand colour is dark),
 * else dark text; refused when neither does, with the better ratio measured.
 */
export function checkAccent(accent: string): AccentCheck {
  const white = contrastRatio(accent, WHITE_TEXT);
  if (white >= AA_TEXT_RATIO) return { ok: true, text: WHITE_TEXT, ratio: white };
  const dark = contrastRatio(accent, DARK_TEXT);
  if (dark >= AA_TEXT_RATIO) return { ok: true, text: DARK_TEXT, ratio: dark };
  return { ok: false, ratio: Math.max(white, dark) };
}
