import { WEB_COLOURS } from '../charts/factor-web';
import { BAR_FILL, CANT_SAY_BAR } from '../charts/style';
import { INK } from './pdf-primitives';

/*
 * The marks of the report's charts that a brand's accent may take over: those that only draw the
 * eye (answer bars and the dashed edge of "can't say", the factor web's chains, the team's own
 * marker on the map). The debt colour scale (map bands, heatmap cells), the funnel's stages and
 * the dimensions' colours are never branded: their colours carry meaning a reader learns once.
 */

export interface ChartAccent {
  /** Answer bars in the dimension strips. */
  bar: string;
  /** The dashed outline of the "can't say" bar (its fill stays white). */
  cantSay: string;
  /** The factor web's chains: their links, the boxes on them and the chain badges. */
  chain: string;
  /** The team's diamond on the debt map. */
  team: string;
}

/** The app's own chart paint, exactly as an unbranded report draws it. */
export const APP_CHART_ACCENT: ChartAccent = {
  bar: BAR_FILL,
  cantSay: CANT_SAY_BAR.stroke,
  chain: WEB_COLOURS.chain,
  team: INK,
};

/**
 * The chart paint for a brand's accent: the accent in every accent mark, or the app's own paint
 * without one. Only an accent that reads on white paper is given here (the renderer's rule for
 * text on white), so a bar or a chain never fades into the page.
 */
export function chartAccent(accent: string | null | undefined): ChartAccent {
  if (!accent) return APP_CHART_ACCENT;
  return { bar: accent, cantSay: accent, chain: accent, team: accent };
}
