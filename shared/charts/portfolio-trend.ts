import { line, scaleLinear, scalePoint } from 'd3';
import { r2 } from './geometry';

/** A small line of one team's headline across its workshops, oldest first. */
export interface PortfolioSparkline {
  width: number;
  height: number;
  /** Breaks where a headline is not shown: insufficient data is never bridged. */
  path: string;
  marks: { index: number; x: number; y: number; value: number }[];
  /** The 50 line (the Compounding band's floor), for a sense of scale without an axis. */
  midline: number;
}

const WIDTH = 160;
const HEIGHT = 44;
const PAD = 6;

/** Lays one team's trend out as a sparkline on the 0–100 scale (higher = more debt). */
export function portfolioSparkline(values: readonly (number | null)[]): PortfolioSparkline {
  const x = scalePoint<number>()
    .domain(values.map((_, index) => index))
    .range([PAD, WIDTH - PAD])
    .padding(0.2);
  const y = scaleLinear()
    .domain([0, 100])
    .range([HEIGHT - PAD, PAD]);
  const xOf = (index: number) => r2(x(index) ?? PAD);
  return {
    width: WIDTH,
    height: HEIGHT,
    path:
      line<number | null>()
        .defined((value) => value !== null)
        .x((_, index) => xOf(index))
        .y((value) => r2(y(value ?? 0)))(values) ?? '',
    marks: values.flatMap((value, index) =>
      value === null ? [] : [{ index, x: xOf(index), y: r2(y(value)), value }],
    ),
    midline: r2(y(50)),
  };
}
