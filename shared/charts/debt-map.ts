import { line, scaleLinear } from 'd3';
import { BAND_FLOORS, BANDS, type Band } from '../scoring/constants';
import { bandOf, structuralExecutionDebt } from '../scoring/model';
import type { ScoreResult } from '../scoring/result';
import { clamp, debtFill, r2, type Margins, type Tick } from './geometry';

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
}

export type DebtMapInput = Pick<ScoreResult, 'indices' | 'participantsDots' | 'anonymityThreshold'>;

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

export interface MapDot {
  key: string;
  x: number;
  y: number;
  humanDebt: number;
  technicalDebt: number;
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
  /** One-standard-deviation ellipse of participants' own positions, centred on the team. */
  path: string;
  sdHuman: number;
  sdTechnical: number;
  n: number;
}

interface MapFrame {
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
      dots: MapDot[];
      dotsSuppressed: boolean;
      history: MapHistoryMark[];
      arrows: MapArrow[];
    });

const SIDE = 480;
const MARGIN: Margins = { top: 20, right: 24, bottom: 64, left: 76 };
const TICKS = [0, 20, 40, 60, 80, 100];
const TEAM_RADIUS = 8;
const HISTORY_RADIUS = 5;
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

function frame(): MapFrame {
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

function spreadOf(
  dots: readonly { humanDebt: number; technicalDebt: number }[],
  centre: { humanDebt: number; technicalDebt: number },
): MapSpread | null {
  if (dots.length < 2) return null;
  const n = dots.length;
  const mh = dots.reduce((sum, dot) => sum + dot.humanDebt, 0) / n;
  const mt = dots.reduce((sum, dot) => sum + dot.technicalDebt, 0) / n;
  let a = 0;
  let b = 0;
  let c = 0;
  for (const dot of dots) {
    a += (dot.humanDebt - mh) ** 2;
    b += (dot.humanDebt - mh) * (dot.technicalDebt - mt);
    c += (dot.technicalDebt - mt) ** 2;
  }
  a /= n;
  b /= n;
  c /= n;
  // Principal axes of the covariance: the ellipse leans the way the room's answers lean.
  const half = (a + c) / 2;
  const root = Math.sqrt(((a - c) / 2) ** 2 + b * b);
  const major = Math.sqrt(Math.max(0, half + root));
  const minor = Math.sqrt(Math.max(0, half - root));
  if (major === 0) return null;
  const angle = 0.5 * Math.atan2(2 * b, a - c);
  const points: [number, number][] = [];
  for (let step = 0; step < ELLIPSE_STEPS; step++) {
    const phi = (2 * Math.PI * step) / ELLIPSE_STEPS;
    const u = major * Math.cos(phi);
    const v = minor * Math.sin(phi);
    points.push([
      centre.humanDebt + u * Math.cos(angle) - v * Math.sin(angle),
      centre.technicalDebt + u * Math.sin(angle) + v * Math.cos(angle),
    ]);
  }
  return {
    path: `${toPath(points) ?? ''}Z`,
    sdHuman: r2(Math.sqrt(a)),
    sdTechnical: r2(Math.sqrt(c)),
    n,
  };
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
 * Debt at a visibility deficit (the team's, or a lower "what if" value), with the team, its
 * spread, anonymous participant dots (only when not suppressed) and arrows from earlier workshops.
 */
export function debtMapLayout(input: DebtMapInput, options: DebtMapOptions = {}): DebtMapLayout {
  const base = frame();
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

  const { suppressed } = input.participantsDots;
  // Sorted by value here too, so the picture never depends on the order dots arrive in.
  const sorted = suppressed
    ? []
    : [...input.participantsDots.dots].sort(
        (p, q) => p.humanDebt - q.humanDebt || p.technicalDebt - q.technicalDebt,
      );
  const dots: MapDot[] = sorted.map((dot, index) => ({
    key: `dot-${index}`,
    x: r2(x(dot.humanDebt)),
    y: r2(y(dot.technicalDebt)),
    humanDebt: r2(dot.humanDebt),
    technicalDebt: r2(dot.technicalDebt),
  }));

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

  return {
    ...base,
    status: 'ok',
    visibility: {
      value: visibility,
      team: visibilityDeficit,
      isOverride: visibility !== null && visibility !== visibilityDeficit,
    },
    cells: visibility === null ? [] : surface(visibility, grid),
    boundaries:
      visibility === null
        ? []
        : BANDS.filter((band) => BAND_FLOORS[band] > 0)
            .map((band) => boundaryOf(band, visibility))
            .filter((boundary): boundary is BandBoundary => boundary !== null),
    team,
    spread: suppressed ? null : spreadOf(sorted, team),
    dots,
    dotsSuppressed: suppressed,
    history,
    arrows,
  };
}
