import type { Dimension } from '../instrument/types';
import type { Band } from '../scoring/constants';
import type { PortfolioColumn, PortfolioResult } from '../portfolio/types';
import { debtFill, r2, textToneOn } from './geometry';
import { measureText, wrapText } from './text-measure';

/**
 * Portfolio heatmap: one row per team, columns for the headline, the four dimensions and then the
 * shared factors grouped by dimension. Geometry only: the screen and the PDF print the same cells,
 * and a hidden cell is a cell of its own kind that carries no figure, so neither can print one.
 */

/** A group of adjacent columns with a heading above it: the overview, then one per dimension. */
export interface PortfolioHeatmapGroup {
  key: 'overview' | Dimension;
  x: number;
  width: number;
  /** The heading, wrapped to the group's width, one entry per line. */
  lines: string[];
  labelX: number;
}

export interface PortfolioHeatmapColumn {
  index: number;
  column: PortfolioColumn;
  x: number;
  width: number;
  /** Foot of the rotated header label (it runs up and to the right from here). */
  label: { x: number; y: number; text: string };
}

export interface PortfolioHeatmapRow {
  key: string;
  team: string;
  withheld: boolean;
  y: number;
  height: number;
  /** The team's name, wrapped to the label column (at most two lines, the second cut short). */
  lines: string[];
  lineHeight: number;
  labelY: number;
}

interface CellBase {
  key: string;
  team: string;
  columnIndex: number;
  x: number;
  y: number;
  width: number;
  height: number;
  textX: number;
}

export type PortfolioHeatmapCell =
  | (CellBase & {
      kind: 'value';
      value: number;
      n: number;
      interval: { low: number; high: number } | null;
      band: Band | null;
      fill: string;
      tone: 'dark' | 'light';
      valueY: number;
      nY: number;
    })
  | (CellBase & { kind: 'hidden'; reason: 'below_threshold' | 'no_data'; textY: number });

/** A withheld team: one band across every column, saying only that too few answered. */
export interface PortfolioHeatmapWithheld {
  key: string;
  team: string;
  x: number;
  y: number;
  width: number;
  height: number;
  textX: number;
  textY: number;
}

export interface PortfolioHeatmapLayout {
  width: number;
  height: number;
  k: number;
  groups: PortfolioHeatmapGroup[];
  columns: PortfolioHeatmapColumn[];
  rows: PortfolioHeatmapRow[];
  cells: PortfolioHeatmapCell[];
  withheld: PortfolioHeatmapWithheld[];
}

export interface PortfolioHeatmapOptions {
  /** Each column's header as it will be printed, in column order. */
  columnLabels: readonly string[];
  /** Each group's heading as it will be printed ('overview' and the four dimensions). */
  groupLabels: Readonly<Record<PortfolioHeatmapGroup['key'], string>>;
  /** Font size of the small labels, in chart units (11 on screen). */
  font?: number;
}

const LABEL_WIDTH = 136;
const CELL_WIDTH = 39;
const CELL_HEIGHT = 38;
const GAP = 2;
const GROUP_GAP = 10;
const ROW_GAP = 2;
/** Column headers are turned this far from the horizontal so long factor names never clip. */
export const PORTFOLIO_HEADER_ANGLE = 55;
const DEFAULT_FONT = 11;
const MAX_HEADER = 200;

function groupKeyOf(column: PortfolioColumn): PortfolioHeatmapGroup['key'] {
  return column.kind === 'factor' ? column.dimension : 'overview';
}

/** A label cut with an ellipsis to `width`, measured in the report's face. */
export function fitText(text: string, width: number, size: number, bold = false): string {
  if (measureText(text, size, bold) <= width) return text;
  let cut = text.length;
  while (cut > 1 && measureText(`${text.slice(0, cut)}…`, size, bold) > width) cut--;
  return `${text.slice(0, cut).trimEnd()}…`;
}

/** Lays the portfolio out as a heatmap; the same input always gives the same picture. */
export function portfolioHeatmapLayout(
  result: Pick<PortfolioResult, 'columns' | 'teams' | 'anonymityThreshold'>,
  options: PortfolioHeatmapOptions,
): PortfolioHeatmapLayout {
  const font = options.font ?? DEFAULT_FONT;
  const angle = (PORTFOLIO_HEADER_ANGLE * Math.PI) / 180;
  const headerTexts = result.columns.map((column, index) =>
    fitText(options.columnLabels[index] ?? column.id, MAX_HEADER, font),
  );
  const longest = Math.max(0, ...headerTexts.map((text) => measureText(text, font)));

  // Columns left to right, a wider gap where the group changes.
  const placed: { column: PortfolioColumn; x: number; group: PortfolioHeatmapGroup['key'] }[] = [];
  let x = LABEL_WIDTH;
  result.columns.forEach((column, index) => {
    const group = groupKeyOf(column);
    const previous = placed[index - 1];
    if (previous !== undefined) x += previous.group === group ? GAP : GROUP_GAP;
    placed.push({ column, x, group });
    x += CELL_WIDTH;
  });
  const right = x;

  const groupSpans: { key: PortfolioHeatmapGroup['key']; x0: number; x1: number }[] = [];
  for (const entry of placed) {
    const last = groupSpans[groupSpans.length - 1];
    if (last !== undefined && last.key === entry.group) last.x1 = entry.x + CELL_WIDTH;
    else groupSpans.push({ key: entry.group, x0: entry.x, x1: entry.x + CELL_WIDTH });
  }
  const groupLines = groupSpans.map((span) =>
    wrapText(options.groupLabels[span.key], span.x1 - span.x0, font, true).slice(0, 2),
  );
  const groupHeight = Math.max(1, ...groupLines.map((lines) => lines.length)) * (font + 3) + 6;

  const headerTop = groupHeight;
  const headerHeight = Math.ceil(longest * Math.sin(angle) + font + 8);
  const firstRow = headerTop + headerHeight;

  const groups: PortfolioHeatmapGroup[] = groupSpans.map((span, index) => ({
    key: span.key,
    x: r2(span.x0),
    width: r2(span.x1 - span.x0),
    lines: groupLines[index] ?? [],
    labelX: r2((span.x0 + span.x1) / 2),
  }));
  const columns: PortfolioHeatmapColumn[] = placed.map((entry, index) => ({
    index,
    column: entry.column,
    x: r2(entry.x),
    width: CELL_WIDTH,
    label: {
      x: r2(entry.x + CELL_WIDTH / 2 - font * 0.3),
      y: r2(firstRow - 6),
      text: headerTexts[index] ?? '',
    },
  }));

  const rows: PortfolioHeatmapRow[] = [];
  const cells: PortfolioHeatmapCell[] = [];
  const withheld: PortfolioHeatmapWithheld[] = [];
  let y = firstRow;
  for (const team of result.teams) {
    // Team names print in the chart's body size (two points above the small labels), semi-bold.
    const size = font + 2;
    const lines = wrapText(team.label, LABEL_WIDTH - 8, size, true);
    const shown =
      lines.length <= 2
        ? lines
        : [lines[0] ?? '', fitText(lines.slice(1).join(' '), LABEL_WIDTH - 8, size, true)];
    const lineHeight = size + 2;
    rows.push({
      key: team.key,
      team: team.label,
      withheld: team.withheld,
      y: r2(y),
      height: CELL_HEIGHT,
      lines: shown,
      lineHeight,
      labelY: r2(y + CELL_HEIGHT / 2 - ((shown.length - 1) * lineHeight) / 2 + font * 0.35),
    });
    if (team.withheld) {
      withheld.push({
        key: team.key,
        team: team.label,
        x: LABEL_WIDTH,
        y: r2(y),
        width: r2(right - LABEL_WIDTH),
        height: CELL_HEIGHT,
        textX: LABEL_WIDTH + 10,
        textY: r2(y + CELL_HEIGHT / 2 + font * 0.35),
      });
    } else {
      team.cells.forEach((cell, index) => {
        const column = columns[index];
        if (column === undefined) return;
        const base: CellBase = {
          key: `${team.key}|${index}`,
          team: team.key,
          columnIndex: index,
          x: column.x,
          y: r2(y),
          width: CELL_WIDTH,
          height: CELL_HEIGHT,
          textX: r2(column.x + CELL_WIDTH / 2),
        };
        if (!cell.shown) {
          cells.push({
            ...base,
            kind: 'hidden',
            reason: cell.reason,
            textY: r2(y + CELL_HEIGHT / 2 + font * 0.35),
          });
          return;
        }
        cells.push({
          ...base,
          kind: 'value',
          value: cell.value,
          n: cell.n,
          interval: cell.interval,
          band: cell.band,
          fill: debtFill(cell.value),
          tone: textToneOn(cell.value),
          valueY: r2(y + CELL_HEIGHT / 2 - 1),
          nY: r2(y + CELL_HEIGHT / 2 + font),
        });
      });
    }
    y += CELL_HEIGHT + ROW_GAP;
  }

  // Headers turn up and to the right: the picture is as wide as the one that reaches furthest.
  const reach = Math.max(
    right + 8,
    ...columns.map(
      (column) => column.label.x + measureText(column.label.text, font) * Math.cos(angle) + font,
    ),
  );
  return {
    width: Math.ceil(reach),
    height: Math.ceil(y + 4),
    k: result.anonymityThreshold,
    groups,
    columns,
    rows,
    cells,
    withheld,
  };
}
