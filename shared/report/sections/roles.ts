import { AGREEMENT_LABELS, ROLE_GAP_POINTS } from '../../scoring/constants';
import type { Block, ReportSection, TableRow } from '../model-types';
import { DIRECTION_TEXT, roleName } from '../texts';
import type { Ctx } from './context';
import { dimensionLabels, factorLabels } from './factor-tables';

/** The heatmap's column headers: the whole room, then each role group. */
function heatmapColumns(ctx: Ctx): Record<string, string> {
  const columns: Record<string, string> = { __all__: ctx.t('heatmapAll') };
  for (const group of ctx.input.result.groups)
    columns[`role:${group.role}`] = roleName(group.role, ctx.lang);
  return columns;
}

/** Role groups: the heatmap, the gaps between roles, and what the re-vote moved or left split. */
export function rolesSection(ctx: Ctx): ReportSection {
  const { result } = ctx.input;
  const blocks: Block[] = [
    { kind: 'paragraph', text: ctx.t('rolesIntro', { k: ctx.k }), tone: 'lead' },
    {
      kind: 'figure',
      figure: {
        chart: 'heatmap',
        input: {
          factors: result.factors,
          groups: result.groups,
          anonymityThreshold: result.anonymityThreshold,
        },
        labels: {
          factors: factorLabels(ctx, false),
          dimensions: dimensionLabels(ctx),
          columns: heatmapColumns(ctx),
          hidden: ctx.t('heatmapHidden', { k: ctx.k }),
          insufficient: ctx.t('insufficientShort'),
        },
      },
      caption: '',
      maxHeightMm: 178,
    },
    { kind: 'heading', text: ctx.t('gapsTitle') },
  ];
  const gaps = [...result.roleGaps]
    .filter((gap) => gap.gap >= ROLE_GAP_POINTS)
    .sort((a, b) => b.gap - a.gap || (a.factor < b.factor ? -1 : 1));
  blocks.push(
    gaps.length > 0
      ? {
          kind: 'table',
          columns: [
            { header: ctx.t('colFactor'), align: 'left', width: 3.6 },
            { header: ctx.t('colHigher'), align: 'left', width: 3 },
            { header: ctx.t('colLower'), align: 'left', width: 3 },
            { header: ctx.t('colGap'), align: 'right', width: 1 },
          ],
          rows: gaps.map((gap) => ({
            cells: [
              ctx.factorName(gap.factor),
              `${roleName(gap.high.role, ctx.lang)} ${ctx.num(gap.high.mean)} (n = ${gap.high.n})`,
              `${roleName(gap.low.role, ctx.lang)} ${ctx.num(gap.low.mean)} (n = ${gap.low.n})`,
              ctx.num(gap.gap),
            ],
          })),
        }
      : { kind: 'paragraph', text: ctx.t('gapsNone', { points: ROLE_GAP_POINTS }), tone: 'note' },
  );
  blocks.push({ kind: 'heading', text: ctx.t('splitTitle') });
  const byId = new Map(result.factors.map((factor) => [factor.id, factor]));
  const moving = result.convergence.factors.filter(
    (entry) =>
      entry.direction === 'converged' ||
      entry.direction === 'diverged' ||
      byId.get(entry.id)?.agreement === 'split',
  );
  const splitOnly = result.factors.filter(
    (factor) => factor.agreement === 'split' && !moving.some((entry) => entry.id === factor.id),
  );
  if (!result.convergence.hasRound2) {
    blocks.push({ kind: 'paragraph', text: ctx.t('noRevote'), tone: 'note' });
  }
  const figure = (mean: number | null, sd: number | null) =>
    mean === null ? ctx.t('insufficientShort') : `${ctx.num(mean)} · ${ctx.num(sd)}`;
  const rows: TableRow[] = [
    ...moving.map((entry) => ({
      cells: [
        ctx.factorName(entry.id),
        AGREEMENT_LABELS[byId.get(entry.id)?.agreement ?? 'insufficient'][ctx.lang],
        figure(entry.round1.mean, entry.round1.sd),
        figure(entry.round2.mean, entry.round2.sd),
        DIRECTION_TEXT[entry.direction][ctx.lang],
      ],
    })),
    ...splitOnly.map((factor) => ({
      cells: [
        ctx.factorName(factor.id),
        AGREEMENT_LABELS[factor.agreement][ctx.lang],
        figure(factor.mean, factor.sd),
        '—',
        '—',
      ],
    })),
  ];
  blocks.push(
    rows.length > 0
      ? {
          kind: 'table',
          columns: [
            { header: ctx.t('colFactor'), align: 'left', width: 4 },
            { header: ctx.t('colAgreement'), align: 'left', width: 1.9 },
            { header: ctx.t('colRound1'), align: 'right', width: 1.9 },
            { header: ctx.t('colRound2'), align: 'right', width: 2.1 },
            { header: ctx.t('colDirection'), align: 'left', width: 1.7 },
          ],
          rows,
        }
      : { kind: 'paragraph', text: ctx.t('noSplit'), tone: 'note' },
  );
  return { id: 'roles', title: ctx.t('rolesTitle'), inToc: true, blocks };
}
