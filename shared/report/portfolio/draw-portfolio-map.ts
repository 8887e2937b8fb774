import type { jsPDF } from 'jspdf';
import { portfolioMapLayout, PORTFOLIO_TEAM_RADIUS } from '../../charts/portfolio-map';
import type { Language } from '../../domain/workshop';
import type { PortfolioMapPoint } from '../../portfolio/types';
import { BAND_FLOORS, BAND_LABELS } from '../../scoring/constants';
import { haloText, SMALL } from '../chart-labels';
import { clipToPlot, drawMapGround, strokeBandBoundaries } from '../draw-map-ground';
import { INK, px, py, type Frame } from '../pdf-primitives';
import { REPORT_TEXTS, reportText } from '../texts';

/** Width of the map on the page; its height follows from the layout's proportions. */
const MAP_WIDTH = 128;
/** Label size in map units: with the map's scale, about 7 pt on paper. */
const LABEL_FONT = 12;

/** The map's height on the page, in millimetres, for a `ensure` before drawing it. */
export function portfolioMapHeight(): number {
  const layout = portfolioMapLayout([]);
  return (layout.height * MAP_WIDTH) / layout.width;
}

interface MapPlace {
  points: readonly PortfolioMapPoint[];
  x: number;
  y: number;
  width: number;
  language: Language;
}

/**
 * The teams on the Debt Interaction Map, from the layout the screen draws (shared/charts): the
 * ground shaded at the teams' median visibility deficit, the band boundaries, and one labelled
 * point per team; no role group and no person. Returns the layout's deficit and the height drawn.
 */
export function drawPortfolioMap(
  doc: jsPDF,
  place: MapPlace,
): { visibility: number | null; height: number } {
  const layout = portfolioMapLayout(place.points, { font: LABEL_FONT });
  const scale = MAP_WIDTH / layout.width;
  const frame: Frame = { x: place.x + (place.width - MAP_WIDTH) / 2, y: place.y, scale };
  drawMapGround(doc, layout, layout.cells, frame, {
    human: REPORT_TEXTS.mapAxisHuman[place.language],
    technical: REPORT_TEXTS.mapAxisTechnical[place.language],
  });
  // Band boundaries, clipped to the plot, as the one-team map draws them.
  clipToPlot(doc, layout, frame);
  strokeBandBoundaries(doc, layout.boundaries, frame);
  doc.restoreGraphicsState();
  for (const boundary of layout.boundaries) {
    haloText(
      doc,
      reportText('mapBoundary', place.language, {
        band: BAND_LABELS[boundary.band][place.language],
        floor: BAND_FLOORS[boundary.band],
      }),
      px(frame, boundary.label.x),
      py(frame, boundary.label.y),
      SMALL,
      'right',
      true,
    );
  }
  const radius = Math.min(1.8, PORTFOLIO_TEAM_RADIUS * scale);
  for (const team of layout.teams) {
    doc.setFillColor(INK);
    doc.setDrawColor('#ffffff');
    doc.setLineWidth(0.45);
    doc.circle(px(frame, team.x), py(frame, team.y), radius, 'FD');
  }
  for (const team of layout.teams) {
    const align =
      team.label.anchor === 'start' ? 'left' : team.label.anchor === 'end' ? 'right' : 'center';
    haloText(doc, team.team, px(frame, team.label.x), py(frame, team.label.y), 7, align, true);
  }
  return { visibility: layout.visibility, height: layout.height * scale + 2 };
}
