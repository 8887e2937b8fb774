import { BAND_FLOORS, BAND_LABELS, BANDS } from '../../scoring/constants';
import type { Block, FigureSpec, ReportSection } from '../model-types';
import { roleName } from '../texts';
import type { Ctx } from './context';
import { factorColumns, topFactorRows } from './factor-tables';

/** The debt map with every label it draws, and only the group figures it shows. */
function mapFigure(ctx: Ctx): FigureSpec {
  const boundaries: Record<string, string> = {};
  for (const band of BANDS) {
    boundaries[band] = ctx.t('mapBoundary', {
      band: BAND_LABELS[band][ctx.lang],
      floor: BAND_FLOORS[band],
    });
  }
  const { indices, spread, anonymityThreshold } = ctx.input.result;
  // Only what the map draws: a shown group's dimension indices, never its factor cells.
  const groups = ctx.input.result.groups.map((group) =>
    group.suppressed
      ? { role: group.role, suppressed: true as const }
      : { role: group.role, suppressed: false as const, n: group.n, dimensions: group.dimensions },
  );
  const groupLabels: Record<string, string> = {};
  for (const group of groups) {
    if (!group.suppressed)
      groupLabels[group.role] = ctx.t('mapGroup', {
        role: roleName(group.role, ctx.lang),
        n: group.n,
      });
  }
  return {
    chart: 'debtMap',
    input: { indices, spread, groups, anonymityThreshold },
    labels: {
      axisHuman: ctx.t('mapAxisHuman'),
      axisTechnical: ctx.t('mapAxisTechnical'),
      team: ctx.t('mapTeam'),
      groups: groupLabels,
      boundaries,
      insufficient: ctx.t('mapInsufficient'),
    },
  };
}

/** The debt map page; the brief report adds the five highest factors. */
export function mapSection(ctx: Ctx, brief: boolean): ReportSection {
  const { indices, spread, groups } = ctx.input.result;
  const placed = (group: (typeof groups)[number]) =>
    !group.suppressed &&
    group.dimensions.some((d) => d.id === 'human' && d.index !== null) &&
    group.dimensions.some((d) => d.id === 'technical' && d.index !== null);
  const anyGroup = groups.some(placed);
  const caption =
    indices.humanDebt === null || indices.technicalDebt === null
      ? ctx.t('mapInsufficient')
      : [
          ctx.t('mapCaption', {
            human: ctx.num(indices.humanDebt),
            technical: ctx.num(indices.technicalDebt),
          }),
          // The map's mark is the structural index, page one's the headline: say how they relate.
          indices.executionDebt === null || indices.executionDebtIndex === null
            ? ''
            : ctx.t(
                indices.executionDebtIndex === indices.executionDebt
                  ? 'mapTeamValueSame'
                  : 'mapTeamValue',
                {
                  structural: ctx.num(indices.executionDebt),
                  headline: ctx.num(indices.executionDebtIndex),
                },
              ),
          spread.suppressed
            ? ctx.t('mapSpreadHidden', { k: ctx.k })
            : ctx.t('mapSpread', {
                n: spread.n,
                sdHuman: ctx.num(spread.humanDebt.sd),
                sdTechnical: ctx.num(spread.technicalDebt.sd),
              }),
          anyGroup ? ctx.t('mapGroups', { k: ctx.k }) : '',
          groups.some((group) => group.suppressed) ? ctx.t('mapGroupsHidden', { k: ctx.k }) : '',
          ctx.t('mapNoPerson'),
        ]
          .filter(Boolean)
          .join(' ');
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: ctx.t('mapIntro', { visibility: ctx.num(indices.visibilityDeficit) }),
      tone: 'lead',
    },
    { kind: 'figure', figure: mapFigure(ctx), caption, maxHeightMm: brief ? 122 : 165 },
  ];
  if (brief) {
    blocks.push({ kind: 'table', columns: factorColumns(ctx), rows: topFactorRows(ctx, 5) });
    blocks.push({ kind: 'paragraph', text: ctx.t('briefMore'), tone: 'note' });
  }
  return { id: 'map', title: ctx.t('mapTitle'), inToc: true, blocks };
}
