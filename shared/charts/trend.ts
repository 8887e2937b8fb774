import { line, scaleLinear, scalePoint } from 'd3';
import { OKABE_ITO, r2, type Margins, type Tick } from './geometry';

/** One line of the trend chart: a figure across the linked workshops, oldest first. */
export interface TrendChartSeries {
  id: string;
  /** One value per workshop; null where there was not enough data. */
  values: readonly (number | null)[];
}

export interface TrendChartInput {
  /** Workshop ids, oldest first; the x axis. */
  workshops: readonly string[];
  series: readonly TrendChartSeries[];
}

export interface TrendMark {
  key: string;
  workshopIndex: number;
  value: number;
  x: number;
  y: number;
}

export interface TrendLine {
  id: string;
  colour: string;
  /** Dash pattern, so lines differ without colour ('' = solid). */
  dash: string;
  /** Breaks where a value is missing, never bridging insufficient data. */
  path: string;
  marks: TrendMark[];
  /** Where the line's label goes: right of its last value. */
  label: { x: number; y: number } | null;
}

export interface TrendLayout {
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  xTicks: { workshopIndex: number; position: number }[];
  yTicks: Tick[];
  lines: TrendLine[];
}

const WIDTH = 760;
const HEIGHT = 320;
const MARGIN: Margins = { top: 16, right: 190, bottom: 44, left: 48 };
const COLOURS = [
  OKABE_ITO.black,
  OKABE_ITO.vermillion,
  OKABE_ITO.blue,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.orange,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
];
const DASHES = ['', '6 3', '2 3', '8 3 2 3', '', '6 3', '2 3'];
/** Labels closer than this are pushed apart so they stay readable. */
const LABEL_GAP = 14;

/**
 * Trend chart: each series as a line over the linked workshops (0–100, higher = more debt), a
 * mark per known value, gaps where data was insufficient, labels at the right end, nudged apart.
 */
export function trendLayout(input: TrendChartInput): TrendLayout {
  const plot = {
    x: MARGIN.left,
    y: MARGIN.top,
    width: WIDTH - MARGIN.left - MARGIN.right,
    height: HEIGHT - MARGIN.top - MARGIN.bottom,
  };
  const indices = input.workshops.map((_, index) => index);
  const x = scalePoint<number>()
    .domain(indices)
    .range([plot.x, plot.x + plot.width])
    .padding(0.3);
  const y = scaleLinear()
    .domain([0, 100])
    .range([plot.y + plot.height, plot.y]);
  const xOf = (index: number) => r2(x(index) ?? plot.x);

  const lines: TrendLine[] = input.series.map((series, seriesIndex) => {
    const marks: TrendMark[] = series.values.flatMap((value, workshopIndex) =>
      value === null
        ? []
        : [
            {
              key: `${series.id}-${workshopIndex}`,
              workshopIndex,
              value,
              x: xOf(workshopIndex),
              y: r2(y(value)),
            },
          ],
    );
    const path =
      line<number | null>()
        .defined((value) => value !== null)
        .x((_, index) => xOf(index))
        .y((value) => r2(y(value ?? 0)))(series.values) ?? '';
    const last = marks[marks.length - 1];
    return {
      id: series.id,
      colour: COLOURS[seriesIndex % COLOURS.length] ?? OKABE_ITO.black,
      dash: DASHES[seriesIndex % DASHES.length] ?? '',
      path,
      marks,
      label: last ? { x: r2(plot.x + plot.width + 10), y: last.y } : null,
    };
  });

  // Nudge labels apart top to bottom, keeping each as near its line's end as the gap allows.
  const labelled = lines
    .filter((entry) => entry.label !== null)
    .sort((a, b) => (a.label?.y ?? 0) - (b.label?.y ?? 0) || (a.id < b.id ? -1 : 1));
  let previous = -Infinity;
  for (const entry of labelled) {
    if (!entry.label) continue;
    const placed = Math.max(entry.label.y, previous + LABEL_GAP);
    entry.label = { x: entry.label.x, y: r2(placed) };
    previous = placed;
  }

  return {
    width: WIDTH,
    height: HEIGHT,
    plot,
    xTicks: indices.map((index) => ({ workshopIndex: index, position: xOf(index) })),
    yTicks: [0, 25, 50, 75, 100].map((value) => ({ value, position: r2(y(value)) })),
    lines,
  };
}
