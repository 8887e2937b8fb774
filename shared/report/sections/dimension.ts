import type { Dimension } from '../../instrument/types';
import type { Block, ReportSection } from '../model-types';
import { DIRECTION_TEXT } from '../texts';
import type { Ctx } from './context';
import { factorColumns, factorLabels, factorRow } from './factor-tables';
import { findingItems } from './findings';

/** One dimension's page: its index, factor table, answer strips and related findings. */
export function dimensionSection(ctx: Ctx, dimension: Dimension): ReportSection {
  const { result } = ctx.input;
  const score = result.dimensions.find((entry) => entry.id === dimension);
  const consensus = result.consensus.find((entry) => entry.dimension === dimension);
  const label = ctx.dimensionName(dimension);
  const intro =
    score === undefined || score.index === null
      ? ctx.t('dimensionInsufficient', { label })
      : ctx.t('dimensionIntro', {
          label,
          index: ctx.num(score.index),
          n: score.n,
          scored: score.factorsScored,
          total: score.factorsTotal,
          reliability:
            (consensus?.label[ctx.lang] ?? '') +
            (consensus?.rwg !== null && consensus?.rwg !== undefined
              ? ` (rwg(j) = ${ctx.lang === 'en' ? consensus.rwg.toFixed(2) : consensus.rwg.toFixed(2).replace('.', ',')})`
              : ''),
        });
  const factors = result.factors.filter((factor) => factor.dimension === dimension);
  const factorIds = new Set(factors.map((factor) => factor.id));
  const related = result.findings.filter(
    (finding) =>
      finding.rule !== 'revote-converged' && finding.inputs.some((input) => factorIds.has(input)),
  );
  // Lower bounds only: the full ranges do not fit above the narrow bars.
  const slots: Record<string, string> = {
    b0: '0+',
    b1: '20+',
    b2: '40+',
    b3: '60+',
    b4: '80+',
    cantSay: '?',
  };
  const reality = result.indices.executionReality;
  const blocks: Block[] = [
    { kind: 'paragraph', text: intro, tone: 'lead' },
    ...(dimension === 'execution' && reality !== null
      ? [
          {
            kind: 'paragraph' as const,
            text: ctx.t('executionRealityNote', { value: ctx.num(reality) }),
            tone: 'note' as const,
          },
        ]
      : []),
    {
      kind: 'table',
      columns: factorColumns(ctx),
      rows: factors.map((factor) => factorRow(ctx, factor)),
    },
    {
      kind: 'figure',
      figure: {
        chart: 'strips',
        input: { items: result.items, factors: result.factors, convergence: result.convergence },
        options: { mode: 'factors', dimension },
        labels: {
          rows: factorLabels(ctx, true),
          slots,
          directions: {
            converged: DIRECTION_TEXT.converged[ctx.lang],
            diverged: DIRECTION_TEXT.diverged[ctx.lang],
            stable: DIRECTION_TEXT.stable[ctx.lang],
            insufficient: DIRECTION_TEXT.insufficient[ctx.lang],
          },
          revote: ctx.t('stripsRevote'),
          split: ctx.t('stripsSplit'),
          sd: ctx.t('colSd'),
        },
      },
      caption: ctx.t('stripsCaption'),
      maxHeightMm: 80,
    },
  ];
  if (related.length > 0) {
    blocks.push({ kind: 'heading', text: ctx.t('relatedFindings') });
    blocks.push({ kind: 'findings', items: findingItems(ctx, related.slice(0, 4)) });
  }
  return { id: `dimension-${dimension}`, title: label, inToc: true, blocks };
}
