import { DIMENSIONS, type Dimension } from '../instrument/types';
import type { Agreement } from '../scoring/constants';
import type { ScoreResult } from '../scoring/result';
import { compareFactors, debtFill, r2, textToneOn } from './geometry';

/** The first column: the whole room, before the role groups. */
export const ALL_COLUMN = '__all__';

export interface HeatmapColumn {
  key: string;
  /** Role group as entered by the facilitator; null for the whole-room column. */
  role: string | null;
  /** Null when the group is suppressed: its size is not shown either. */
  n: number | null;
  suppressed: boolean;
  x: number;
  width: number;
  labelX: number;
}

export interface HeatmapDimensionHeader {
  dimension: Dimension;
  y: number;
}

export interface HeatmapRow {
  factorId: string;
  factor: string;
  dimension: Dimension;
  y: number;
  height: number;
  labelY: number;
}

interface CellBase {
  key: string;
  factorId: string;
  column: string;
  x: number;
  y: number;
  width: number;
  height: number;
  textX: number;
  textY: number;
}

/** A suppressed cell carries no figure at all, so nothing downstream can print one by mistake. */
export type HeatmapCell =
  | (CellBase & {
      kind: 'value';
      mean: number;
      n: number;
      sd: number | null;
      agreement: Agreement;
      fill: string;
      tone: 'dark' | 'light';
    })
  | (CellBase & { kind: 'insufficient'; n: number })
  | (CellBase & { kind: 'suppressed'; reason: 'below_threshold' | 'complementary' });

export interface HeatmapLayout {
  width: number;
  height: number;
  k: number;
  header: { y: number };
  columns: HeatmapColumn[];
  dimensions: HeatmapDimensionHeader[];
  rows: HeatmapRow[];
  cells: HeatmapCell[];
}

const LABEL_WIDTH = 300;
const CELL_WIDTH = 84;
const CELL_HEIGHT = 32;
const HEADER_HEIGHT = 52;
const DIMENSION_HEIGHT = 28;
const GAP = 6;

/**
 * Heatmap of factors (rows, grouped by dimension) by role group (columns, whole room first).
 * Suppressed groups and cells are kept as cells of kind `suppressed`, never dropped.
 */
export function heatmapLayout(
  input: Pick<ScoreResult, 'factors' | 'groups' | 'anonymityThreshold'>,
): HeatmapLayout {
  const factors = [...input.factors].sort(compareFactors);
  const groups = [...input.groups].sort((a, b) => (a.role < b.role ? -1 : a.role > b.role ? 1 : 0));

  const columns: HeatmapColumn[] = [
    { key: ALL_COLUMN, role: null, n: null, suppressed: false, x: 0, width: 0, labelX: 0 },
    ...groups.map((group) => ({
      key: `role:${group.role}`,
      role: group.role,
      n: group.suppressed ? null : group.n,
      suppressed: group.suppressed,
      x: 0,
      width: 0,
      labelX: 0,
    })),
  ].map((column, index) => {
    const x = LABEL_WIDTH + index * (CELL_WIDTH + GAP);
    return { ...column, x, width: CELL_WIDTH, labelX: r2(x + CELL_WIDTH / 2) };
  });

  const rows: HeatmapRow[] = [];
  const dimensions: HeatmapDimensionHeader[] = [];
  const cells: HeatmapCell[] = [];
  let y = HEADER_HEIGHT;
  for (const dimension of DIMENSIONS) {
    const own = factors.filter((factor) => factor.dimension === dimension);
    if (own.length === 0) continue;
    dimensions.push({ dimension, y: r2(y + DIMENSION_HEIGHT - 9) });
    y += DIMENSION_HEIGHT;
    for (const factor of own) {
      rows.push({
        factorId: factor.id,
        factor: factor.factor,
        dimension,
        y,
        height: CELL_HEIGHT,
        labelY: r2(y + CELL_HEIGHT / 2 + 5),
      });
      for (const column of columns) {
        const base: CellBase = {
          key: `${factor.id}|${column.key}`,
          factorId: factor.id,
          column: column.key,
          x: column.x,
          y,
          width: CELL_WIDTH,
          height: CELL_HEIGHT,
          textX: column.labelX,
          textY: r2(y + CELL_HEIGHT / 2 + 5),
        };
        if (column.role === null) {
          cells.push(
            factor.mean === null
              ? { ...base, kind: 'insufficient', n: factor.n }
              : {
                  ...base,
                  kind: 'value',
                  mean: factor.mean,
                  n: factor.n,
                  sd: factor.sd,
                  agreement: factor.agreement,
                  fill: debtFill(factor.mean),
                  tone: textToneOn(factor.mean),
                },
          );
          continue;
        }
        const group = groups.find((entry) => entry.role === column.role);
        if (group === undefined) continue;
        if (group.suppressed) {
          cells.push({ ...base, kind: 'suppressed', reason: group.reason });
          continue;
        }
        const cell = group.factors.find((entry) => entry.id === factor.id);
        if (cell === undefined) {
          cells.push({ ...base, kind: 'insufficient', n: 0 });
        } else if (cell.suppressed) {
          cells.push({ ...base, kind: 'suppressed', reason: cell.reason });
        } else if (cell.mean === null) {
          cells.push({ ...base, kind: 'insufficient', n: cell.n });
        } else {
          cells.push({
            ...base,
            kind: 'value',
            mean: cell.mean,
            n: cell.n,
            sd: cell.sd,
            agreement: cell.agreement,
            fill: debtFill(cell.mean),
            tone: textToneOn(cell.mean),
          });
        }
      }
      y += CELL_HEIGHT + GAP;
    }
  }
  const last = columns[columns.length - 1];
  return {
    width: last === undefined ? LABEL_WIDTH : last.x + last.width + 8,
    height: y + 4,
    k: input.anonymityThreshold,
    header: { y: HEADER_HEIGHT - 12 },
    columns,
    dimensions,
    rows,
    cells,
  };
}
