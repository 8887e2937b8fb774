import { OKABE_ITO } from './geometry';

/*
 * How the charts look, for the screen (SVG) and the PDF (jsPDF) alike: the same colours and the
 * same marks for the same meaning, so a reader who learnt a chart on the projector reads it in the
 * report. Geometry lives beside each chart's layout; this is only the paint.
 */

/** Answer and score bars. */
export const BAR_FILL = OKABE_ITO.blue;

/**
 * "Can't say": an outlined bar with a dashed edge, never a filled one, so it cannot be read as an
 * answer on the scale. `dash` is in the chart's own units (SVG user units; the PDF scales it).
 */
export const CANT_SAY_BAR = { fill: '#ffffff', stroke: OKABE_ITO.blue, dash: [3, 2] } as const;

/** A cell hidden to protect anonymity (fewer than k people, or complementary): grey, hatched. */
export const HIDDEN_CELL = { fill: '#f1f2f4', hatch: '#8c8c8c' } as const;

/** Reality funnel stages, reported → verified → owner clear → traceable, and the band between them. */
export const FUNNEL_STAGE_FILL = [
  OKABE_ITO.blue,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.skyBlue,
  OKABE_ITO.reddishPurple,
] as const;
export const FUNNEL_CONNECTOR_FILL = '#e6e9ed';
