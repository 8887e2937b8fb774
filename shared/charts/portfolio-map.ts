import type { PortfolioMapPoint } from '../portfolio/types';
import {
  bandLabelBox,
  debtMapFrame,
  debtMapPoint,
  debtMapSurface,
  placeMapLabels,
  type BandBoundary,
  type MapBox,
  type MapFrame,
  type MapGroup,
  type SurfaceCell,
} from './debt-map';
import { r2 } from './geometry';
import { measureText } from './text-measure';

/**
 * The portfolio's teams on the Debt Interaction Map: the same frame, surface and label placement
 * as a single team's map, with one point per shown team and nothing finer (never a role group,
 * never a person). Each team has its own visibility deficit, but a map has one surface: it is
 * shaded at the median deficit of the teams drawn, and the screen says so.
 */

export interface PortfolioMapTeam {
  key: string;
  team: string;
  x: number;
  y: number;
  humanDebt: number;
  technicalDebt: number;
  visibilityDeficit: number;
  headline: number | null;
  band: PortfolioMapPoint['band'];
  label: MapGroup['label'];
}

export type PortfolioMapLayout = MapFrame & {
  /** The deficit the surface is shaded at (the teams' median); null when no team is drawn. */
  visibility: number | null;
  cells: SurfaceCell[];
  boundaries: BandBoundary[];
  teams: PortfolioMapTeam[];
};

/** Radius of a team's point, in map units. */
export const PORTFOLIO_TEAM_RADIUS = 7;

function median(values: readonly number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

/** Lays the teams out on the map; labels go where they clear the points and the band labels. */
export function portfolioMapLayout(
  points: readonly PortfolioMapPoint[],
  options: { font?: number; grid?: number } = {},
): PortfolioMapLayout {
  const font = options.font ?? 11;
  const frame = debtMapFrame();
  // Team order by name, so the same portfolio always gives the same picture.
  const ordered = [...points].sort((a, b) => (a.team < b.team ? -1 : a.team > b.team ? 1 : 0));
  const middle = median(ordered.map((point) => point.visibilityDeficit));
  const visibility = middle === null ? null : r2(middle);
  const { cells, boundaries } =
    visibility === null ? { cells: [], boundaries: [] } : debtMapSurface(visibility, options.grid);

  const placedPoints = ordered.map((point, index) => ({
    key: `team-${index}`,
    point,
    ...debtMapPoint(point.humanDebt, point.technicalDebt),
  }));
  const reach = PORTFOLIO_TEAM_RADIUS + 2;
  const taken: MapBox[] = [
    ...boundaries.map((boundary) => bandLabelBox(boundary, font)),
    ...placedPoints.map((entry) => ({
      x0: entry.x - reach,
      x1: entry.x + reach,
      y0: entry.y - reach,
      y1: entry.y + reach,
    })),
  ];
  const gap = PORTFOLIO_TEAM_RADIUS + 4;
  const labels = placeMapLabels(
    placedPoints.map((entry) => ({
      key: entry.key,
      x: entry.x,
      y: entry.y,
      text: entry.point.team,
    })),
    taken,
    font,
    gap,
    // Team names print semi-bold, measured as bold; teams of one client often sit close
    // together, so a label may move further from its point before it gives up.
    { measure: (label) => measureText(label, font, true), steps: 16 },
  );
  return {
    ...frame,
    visibility,
    cells,
    boundaries,
    teams: placedPoints.map((entry) => ({
      key: entry.key,
      team: entry.point.team,
      x: entry.x,
      y: entry.y,
      humanDebt: r2(entry.point.humanDebt),
      technicalDebt: r2(entry.point.technicalDebt),
      visibilityDeficit: r2(entry.point.visibilityDeficit),
      headline: entry.point.headline,
      band: entry.point.band,
      label: labels.get(entry.key) ?? { x: entry.x + gap, y: entry.y, anchor: 'start' },
    })),
  };
}
