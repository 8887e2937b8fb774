import { DIMENSIONS } from '../../instrument/types';
import { AGREEMENT_LABELS } from '../../scoring/constants';
import type { ScoreResult } from '../../scoring/result';
import type { TableColumn, TableRow } from '../model-types';
import type { Ctx } from './context';

// Factor names, dimension names and the factor table, as the map, dimension and roles pages share them.

/** Factor id → its name (or short name) for a chart's labels. */
export function factorLabels(ctx: Ctx, short: boolean): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const factor of ctx.input.result.factors) {
    labels[factor.id] = short ? ctx.factorShort(factor.id) : ctx.factorName(factor.id);
  }
  return labels;
}

/** Dimension id → its name for a chart's labels. */
export function dimensionLabels(ctx: Ctx): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const dimension of DIMENSIONS) labels[dimension] = ctx.dimensionName(dimension);
  return labels;
}

/** The columns of a factor table: name, mean, n, SD and agreement. */
export function factorColumns(ctx: Ctx): TableColumn[] {
  return [
    { header: ctx.t('colFactor'), align: 'left', width: 5 },
    { header: ctx.t('colMean'), align: 'right', width: 1.1 },
    { header: ctx.t('colN'), align: 'right', width: 0.8 },
    { header: ctx.t('colSd'), align: 'right', width: 0.9 },
    { header: ctx.t('colAgreement'), align: 'left', width: 2.4 },
  ];
}

/** One factor's row; an insufficient factor prints muted. */
export function factorRow(ctx: Ctx, factor: ScoreResult['factors'][number]): TableRow {
  return {
    cells: [
      ctx.factorName(factor.id),
      ctx.num(factor.mean),
      String(factor.n),
      ctx.num(factor.sd),
      AGREEMENT_LABELS[factor.agreement][ctx.lang],
    ],
    muted: factor.mean === null,
  };
}

/** The `limit` factors with the highest mean, as rows. */
export function topFactorRows(ctx: Ctx, limit: number): TableRow[] {
  return [...ctx.input.result.factors]
    .filter((factor) => factor.mean !== null)
    .sort((a, b) => (b.mean ?? 0) - (a.mean ?? 0) || (a.id < b.id ? -1 : 1))
    .slice(0, limit)
    .map((factor) => factorRow(ctx, factor));
}
