import { line, scaleLinear } from 'd3';
import { BAND_FLOORS, BANDS, type Band } from '../scoring/constants';
import { bandOf, structuralExecutionDebt } from '../scoring/model';
import type { Dimension } from '../instrument/types';
import type { Indices, MapSpread as SpreadFigures } from '../scoring/result';
import { clamp, debtFill, OKABE_ITO, r2, type Margins, type Tick } from './geometry';

/** An earlier workshop of the same team, oldest first. */
export interface MapHistoryPoint {
  label: string;
  humanDebt: number;
  technicalDebt: number;
}

export interface DebtMapOptions {
  /** Visibility deficit the surface is drawn at; defaults to the team's ("what if" when lower). */
  visibility?: number | null;
  history?: readonly MapHistoryPoint[];
  /** Cells per side of the surface grid. */
  grid?: number;
  /** Each shown group's label as it will be printed (role → text), so it is placed where it fits. */
  groupLabels?: Readonly<Record<string, string>>;
  /** Font size of those labels in map units (the projector's are larger). */
  labelFont?: number;
}

/** A role group as the disclosure step left it: a shown group carries its dimension indices. */
export type MapGroupSource =
  | { role: string; suppressed: true }
  | {
      role: string;
      suppressed: false;
      n: number;
      dimensions: readonly { id: Dimension; index: number | null }[];
    };

/**
 * What the map reads: already-disclosed aggregates only (a ScoreResult fits, and so does the
 * projector's share of one). Nothing here describes one person.
 */
export interface DebtMapInput {
  indices: Pick<Indices, 'humanDebt' | 'technicalDebt' | 'visibilityDeficit'>;
  spread: SpreadFigures;
  groups: readonly MapGroupSource[];
  anonymityThreshold: number;
}

export interface SurfaceCell {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Human and Technical Debt at the cell's centre. */
  humanDebt: number;
  technicalDebt: number;
  /** Structural Execution Debt at the cell's centre. */
  value: number;
  band: Band;
  fill: string;
}

export interface BandBoundary {
  /** The band a point enters when it crosses this line upwards or rightwards. */
  band: Band;
  floor: number;
  path: string;
  label: { x: number; y: number };
}

/** A shown role group, placed from its own (shown) Human and Technical Debt indices. */
export interface MapGroup {
  key: string;
  role: string;
  n: number;
  x: number;
  y: number;
  humanDebt: number;
  technicalDebt: number;
  label: { x: number; y: number; anchor: 'start' | 'end' | 'middle' };
}

export interface MapArrow {
  key: string;
  from: string;
  to: string;
  path: string;
}

export interface MapHistoryMark {
  key: string;
  label: string;
  x: number;
  y: number;
  humanDebt: number;
  technicalDebt: number;
}

export interface MapTeam {
  x: number;
  y: number;
  humanDebt: number;
  technicalDebt: number;
  /** Structural Execution Debt at the visibility the surface is drawn at. */
  executionDebt: number | null;
  band: Band | null;
}

export interface MapSpread {
  /**
   * One-standard-deviation ellipse of participants' own positions, centred on their mean (which
   * may sit a little off the team's index, a mean of factor means); null when nobody varies.
   */
  path: string | null;
  x: number;
  y: number;
  meanHuman: number;
  meanTechnical: number;
  sdHuman: number;
  sdTechnical: number;
  correlation: number;
  n: number;
}

export interface MapFrame {
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  xTicks: Tick[];
  yTicks: Tick[];
  axisLabels: { x: { x: number; y: number }; y: { x: number; y: number } };
}

export type DebtMapLayout =
  | (MapFrame & { status: 'insufficient' })
  | (MapFrame & {
      status: 'ok';
      /** Deficit the surface is drawn at, the team's own deficit, and whether they differ. */
      visibility: { value: number | null; team: number | null; isOverride: boolean };
      cells: SurfaceCell[];
      boundaries: BandBoundary[];
      team: MapTeam;
      spread: MapSpread | null;
      /** Fewer than k people have both scores: the room has no spread to draw. */
      spreadHidden: boolean;
      groups: MapGroup[];
      /** Some role group is hidden (below k, or to protect a smaller one) and is not drawn. */
      groupsHidden: boolean;
      history: MapHistoryMark[];
      arrows: MapArrow[];
    });

/** Fill of a role group's point, the same on screen and in the PDF; its outline is black. */
export const MAP_GROUP_FILL = OKABE_ITO.skyBlue;

const SIDE = 480;
const MARGIN: Margins = { top: 20, right: 24, bottom: 64, left: 76 };
const TICKS = [0, 20, 40, 60, 80, 100];
const TEAM_RADIUS = 8;
const HISTORY_RADIUS = 5;
export const MAP_GROUP_RADIUS = 6;
const LABEL_FONT = 11;
/** Average glyph width as a share of the font size: a rough measure, with no DOM in shared/. */
const GLYPH = 0.55;
const BAND_LABEL_CHARS = 18;
const ELLIPSE_STEPS = 64;
const BOUNDARY_STEPS = 48;
const BISECT_STEPS = 30;

const x = scaleLinear()
  .domain([0, 100])
  .range([MARGIN.left, MARGIN.left + SIDE]);
const y = scaleLinear()
  .domain([0, 100])
  .range([MARGIN.top + SIDE, MARGIN.top]);
const toPath = line<[number, number]>()
  .x(([h]) => r2(x(h)))
  .y(([, t]) => r2(y(t)));

/** The map's frame (size, plot square, ticks, axis label spots), the same for every map. */
export function debtMapFrame(): MapFrame {
  return {
    width: MARGIN.left + SIDE + MARGIN.right,
    height: MARGIN.top + SIDE + MARGIN.bottom,
    plot: { x: MARGIN.left, y: MARGIN.top, width: SIDE, height: SIDE },
    xTicks: TICKS.map((value) => ({ value, position: r2(x(value)) })),
    yTicks: TICKS.map((value) => ({ value, position: r2(y(value)) })),
    axisLabels: {
      x: { x: r2(MARGIN.left + SIDE / 2), y: r2(MARGIN.top + SIDE + 48) },
      y: { x: 22, y: r2(MARGIN.top + SIDE / 2) },
    },
  };
}

/** Where a Human × Technical Debt pair sits on the map, in map units. */
export function debtMapPoint(humanDebt: number, technicalDebt: number): { x: number; y: number } {
  return { x: r2(x(clamp(humanDebt, 0, 100))), y: r2(y(clamp(technicalDebt, 0, 100))) };
}

/** Smallest argument in [low, high] where `reaches` turns true; relies on the model being monotone. */
function bisect(reaches: (value: number) => boolean, low: number, high: number): number {
  let lo = low;
  let hi = high;
  for (let step = 0; step < BISECT_STEPS; step++) {
    const mid = (lo + hi) / 2;
    if (reaches(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * Where the surface crosses a band floor. Found numerically from the model rather than solved by
 * hand, so a new model version redraws correctly as long as it stays monotone (DESIGN property 1).
 */
function boundaryOf(band: Band, visibility: number): BandBoundary | null {
  const floor = BAND_FLOORS[band];
  const f = (h: number, t: number) => structuralExecutionDebt(h, t, visibility);
  if (f(100, 100) < floor) return null;
  const startH = f(0, 100) >= floor ? 0 : bisect((h) => f(h, 100) >= floor, 0, 100);
  if (startH >= 100 - 1e-6) return null;
  const points: [number, number][] = [];
  for (let step = 0; step <= BOUNDARY_STEPS; step++) {
    const h = startH + ((100 - startH) * step) / BOUNDARY_STEPS;
    const t = f(h, 0) >= floor ? 0 : bisect((value) => f(h, value) >= floor, 0, 100);
    points.push([h, t]);
  }
  const end = points[points.length - 1] ?? [100, 100];
  return {
    band,
    floor,
    path: toPath(points) ?? '',
    label: { x: r2(x(100) - 6), y: r2(y(end[1]) - 6) },
  };
}

function surface(visibility: number, grid: number): SurfaceCell[] {
  const step = 100 / grid;
  const size = SIDE / grid;
  const cells: SurfaceCell[] = [];
  for (let row = 0; row < grid; row++) {
    for (let col = 0; col < grid; col++) {
      const humanDebt = (col + 0.5) * step;
      const technicalDebt = (row + 0.5) * step;
      const value = structuralExecutionDebt(humanDebt, technicalDebt, visibility);
      cells.push({
        key: `c${row}-${col}`,
        x: r2(MARGIN.left + col * size),
        y: r2(MARGIN.top + SIDE - (row + 1) * size),
        width: r2(size),
        height: r2(size),
        humanDebt: r2(humanDebt),
        technicalDebt: r2(technicalDebt),
        value: r2(value),
        band: bandOf(r2(value)),
        fill: debtFill(value),
      });
    }
  }
  return cells;
}

/** The shaded surface and its band boundaries at one visibility deficit (0–100). */
export function debtMapSurface(
  visibility: number,
  grid = 25,
): { cells: SurfaceCell[]; boundaries: BandBoundary[] } {
  const level = r2(clamp(visibility, 0, 100));
  return {
    cells: surface(level, Math.max(4, Math.min(100, Math.round(grid)))),
    boundaries: BANDS.filter((band) => BAND_FLOORS[band] > 0)
      .map((band) => boundaryOf(band, level))
      .filter((boundary): boundary is BandBoundary => boundary !== null),
  };
}

function spreadOf(figures: SpreadFigures): MapSpread | null {
  if (figures.suppressed) return null;
  const { humanDebt, technicalDebt, correlation, n } = figures;
  const a = humanDebt.sd ** 2;
  const c = technicalDebt.sd ** 2;
  const b = correlation * humanDebt.sd * technicalDebt.sd;
  // Principal axes of the covariance: the ellipse leans the way the room's answers lean.
  const half = (a + c) / 2;
  const root = Math.sqrt(((a - c) / 2) ** 2 + b * b);
  const major = Math.sqrt(Math.max(0, half + root));
  const minor = Math.sqrt(Math.max(0, half - root));
  const angle = 0.5 * Math.atan2(2 * b, a - c);
  const points: [number, number][] = [];
  for (let step = 0; step < ELLIPSE_STEPS; step++) {
    const phi = (2 * Math.PI * step) / ELLIPSE_STEPS;
    const u = major * Math.cos(phi);
    const v = minor * Math.sin(phi);
    points.push([
      humanDebt.mean + u * Math.cos(angle) - v * Math.sin(angle),
      technicalDebt.mean + u * Math.sin(angle) + v * Math.cos(angle),
    ]);
  }
  return {
    path: major === 0 ? null : `${toPath(points) ?? ''}Z`,
    x: r2(x(humanDebt.mean)),
    y: r2(y(technicalDebt.mean)),
    meanHuman: humanDebt.mean,
    meanTechnical: technicalDebt.mean,
    sdHuman: humanDebt.sd,
    sdTechnical: technicalDebt.sd,
    correlation,
    n,
  };
}

function indexOf(
  dimensions: readonly { id: Dimension; index: number | null }[],
  id: Dimension,
): number | null {
  return dimensions.find((dimension) => dimension.id === id)?.index ?? null;
}

export interface MapBox {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

function overlaps(a: MapBox, b: MapBox): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** Where a band boundary's label ("Compounding ≥ 50") may reach: it ends at its anchor. */
export function bandLabelBox(boundary: BandBoundary, font: number): MapBox {
  // Its wording is not known here, so the box is as wide as the longest band label.
  return {
    x0: boundary.label.x - BAND_LABEL_CHARS * font * GLYPH,
    x1: boundary.label.x,
    y0: boundary.label.y - font * 0.8,
    y1: boundary.label.y + font * 0.25,
  };
}

/** A mark to label on the map: its key, its centre and the text printed beside it. */
export interface MapLabelRequest {
  key: string;
  x: number;
  y: number;
  text: string;
}

/**
 * Places each label beside its point, on the side where it fits inside the plot, moved up or down
 * in small steps until it clears everything in `taken` (points, other marks) and the labels already
 * placed; top to bottom, so the result never depends on the order points arrive in.
 */
export function placeMapLabels(
  requests: readonly MapLabelRequest[],
  taken: MapBox[],
  font: number,
  gap: number,
  options: {
    /** A label's width in map units; by default a rough average glyph (no DOM in shared/). */
    measure?: (text: string) => number;
    /** How many half-lines up and down a label may move to clear the others (default 8). */
    steps?: number;
  } = {},
): Map<string, MapGroup['label']> {
  const left = MARGIN.left;
  // A label may run into the right margin (there is nothing there), never past the picture.
  const right = MARGIN.left + SIDE + MARGIN.right - 4;
  const placed = new Map<string, MapGroup['label']>();
  const byHeight = [...requests].sort((p, q) => p.y - q.y || p.x - q.x);
  for (const point of byHeight) {
    const text = point.text;
    const width = options.measure ? options.measure(text) : text.length * font * GLYPH;
    const fitsRight = point.x + gap + width <= right;
    const sides: ('start' | 'end')[] = fitsRight ? ['start', 'end'] : ['end', 'start'];
    const base = point.y + font * 0.35;
    const beside = (anchor: 'start' | 'end', shift: number): MapGroup['label'] => ({
      x: r2(anchor === 'start' ? point.x + gap : point.x - gap),
      y: r2(base + shift * font * 0.5),
      anchor,
    });
    // Beside the point first, then centred below or above it, then beside it a little lower or
    // higher each time.
    const candidates: MapGroup['label'][] = [
      ...sides.map((anchor) => beside(anchor, 0)),
      { x: point.x, y: r2(point.y + gap + font * 0.75), anchor: 'middle' },
      { x: point.x, y: r2(point.y - gap), anchor: 'middle' },
    ];
    for (let step = 1; step <= (options.steps ?? 8); step++) {
      for (const shift of [step, -step]) {
        for (const anchor of sides) candidates.push(beside(anchor, shift));
      }
    }
    const boxOf = (label: MapGroup['label']): MapBox => {
      const x0 =
        label.anchor === 'start'
          ? label.x
          : label.anchor === 'end'
            ? label.x - width
            : label.x - width / 2;
      return { x0, x1: x0 + width, y0: label.y - font * 0.8, y1: label.y + font * 0.25 };
    };
    const choice = candidates.find((label) => {
      const box = boxOf(label);
      const inside =
        box.x0 >= left - 2 &&
        box.x1 <= right &&
        box.y0 >= MARGIN.top &&
        box.y1 <= MARGIN.top + SIDE;
      return inside && !taken.some((other) => overlaps(box, other));
    });
    // Nowhere clear: beside the point, where the reader looks first.
    const label = choice ?? beside(sides[0] ?? 'start', 0);
    taken.push(boxOf(label));
    placed.set(point.key, label);
  }
  return placed;
}

/**
 * Shown role groups with both indices, in role order (so the picture never depends on the order
 * groups arrive in). Each label goes beside its point, on the side where it fits inside the plot,
 * moved up or down in small steps until it clears the team, its label, every group point and the
 * labels already placed: groups of one room often sit close together.
 */
function groupsOf(
  sources: readonly MapGroupSource[],
  team: MapTeam,
  boundaries: readonly BandBoundary[],
  labels: Readonly<Record<string, string>>,
  font: number,
): MapGroup[] {
  const shown = sources
    .flatMap((group) => (group.suppressed ? [] : [group]))
    .sort((p, q) => (p.role < q.role ? -1 : p.role > q.role ? 1 : 0));
  const points: Omit<MapGroup, 'label'>[] = [];
  for (const group of shown) {
    const h = indexOf(group.dimensions, 'human');
    const t = indexOf(group.dimensions, 'technical');
    if (h === null || t === null) continue;
    points.push({
      key: `group-${points.length}`,
      role: group.role,
      n: group.n,
      x: r2(x(h)),
      y: r2(y(t)),
      humanDebt: r2(h),
      technicalDebt: r2(t),
    });
  }
  const gap = MAP_GROUP_RADIUS + 4;
  const teamReach = TEAM_RADIUS + 6;
  const taken: MapBox[] = [
    {
      x0: team.x - teamReach,
      x1: team.x + teamReach,
      y0: team.y - teamReach,
      y1: team.y + teamReach,
    },
    // The team's own label ("Team") sits to the right of its diamond.
    {
      x0: team.x + teamReach,
      x1: team.x + teamReach + 6 * font * GLYPH,
      y0: team.y - font * 0.6,
      y1: team.y + font * 0.6,
    },
    ...boundaries.map((boundary) => bandLabelBox(boundary, font)),
    ...points.map((point) => ({
      x0: point.x - MAP_GROUP_RADIUS,
      x1: point.x + MAP_GROUP_RADIUS,
      y0: point.y - MAP_GROUP_RADIUS,
      y1: point.y + MAP_GROUP_RADIUS,
    })),
  ];
  const placed = placeMapLabels(
    points.map((point) => ({
      key: point.key,
      x: point.x,
      y: point.y,
      text: labels[point.role] ?? `${point.role} (n = ${point.n})`,
    })),
    taken,
    font,
    gap,
  );
  return points.map((point) => ({
    ...point,
    label: placed.get(point.key) ?? { x: point.x + gap, y: point.y, anchor: 'start' },
  }));
}

/** A straight arrow between two marks, trimmed so neither end hides under a point. */
function arrowPath(
  from: { x: number; y: number },
  to: { x: number; y: number },
  startGap: number,
  endGap: number,
): string | null {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  if (length <= startGap + endGap + 4) return null;
  const ux = dx / length;
  const uy = dy / length;
  return `M${r2(from.x + ux * startGap)},${r2(from.y + uy * startGap)}L${r2(to.x - ux * endGap)},${r2(to.y - uy * endGap)}`;
}

/**
 * Debt Interaction Map: Human Debt (x) × Technical Debt (y, up), shaded by structural Execution
 * Debt at a visibility deficit (the team's, or a lower "what if" value), with the team, the room's
 * spread as an ellipse, the role groups the disclosure step shows, and arrows from earlier
 * workshops. Never one mark per person: the room is drawn from aggregates of at least k people.
 */
export function debtMapLayout(input: DebtMapInput, options: DebtMapOptions = {}): DebtMapLayout {
  const base = debtMapFrame();
  const { humanDebt, technicalDebt, visibilityDeficit } = input.indices;
  if (humanDebt === null || technicalDebt === null) return { ...base, status: 'insufficient' };

  const requested = options.visibility ?? visibilityDeficit;
  const visibility =
    requested === null || requested === undefined ? null : r2(clamp(requested, 0, 100));
  const grid = Math.max(4, Math.min(100, Math.round(options.grid ?? 25)));

  const teamValue =
    visibility === null ? null : r2(structuralExecutionDebt(humanDebt, technicalDebt, visibility));
  const team: MapTeam = {
    x: r2(x(humanDebt)),
    y: r2(y(technicalDebt)),
    humanDebt: r2(humanDebt),
    technicalDebt: r2(technicalDebt),
    executionDebt: teamValue,
    band: teamValue === null ? null : bandOf(teamValue),
  };

  const history: MapHistoryMark[] = (options.history ?? []).map((point, index) => {
    const h = clamp(point.humanDebt, 0, 100);
    const t = clamp(point.technicalDebt, 0, 100);
    return {
      key: `history-${index}`,
      label: point.label,
      x: r2(x(h)),
      y: r2(y(t)),
      humanDebt: r2(h),
      technicalDebt: r2(t),
    };
  });
  const arrows: MapArrow[] = [];
  history.forEach((mark, index) => {
    const next = history[index + 1];
    const target = next ?? team;
    const path = arrowPath(
      mark,
      target,
      HISTORY_RADIUS + 2,
      (next ? HISTORY_RADIUS : TEAM_RADIUS) + 3,
    );
    if (path !== null) {
      arrows.push({ key: `arrow-${index}`, from: mark.key, to: next ? next.key : 'team', path });
    }
  });

  const boundaries =
    visibility === null
      ? []
      : BANDS.filter((band) => BAND_FLOORS[band] > 0)
          .map((band) => boundaryOf(band, visibility))
          .filter((boundary): boundary is BandBoundary => boundary !== null);
  return {
    ...base,
    status: 'ok',
    visibility: {
      value: visibility,
      team: visibilityDeficit,
      isOverride: visibility !== null && visibility !== visibilityDeficit,
    },
    cells: visibility === null ? [] : surface(visibility, grid),
    boundaries,
    team,
    spread: spreadOf(input.spread),
    spreadHidden: input.spread.suppressed,
    groups: groupsOf(
      input.groups,
      team,
      boundaries,
      options.groupLabels ?? {},
      options.labelFont ?? LABEL_FONT,
    ),
    groupsHidden: input.groups.some((group) => group.suppressed),
    history,
    arrows,
  };
}
