import { DIMENSIONS } from '../../instrument/types';
import type { Block } from '../model-types';
import { bandName, type Ctx } from './context';

/** Page one's headline: the Execution Debt Index, its band and interval, and one tile a dimension. */
export function headlineBlock(ctx: Ctx): Block {
  const { indices, dimensions } = ctx.input.result;
  const band = bandName(ctx, indices.band);
  const reading =
    indices.executionDebtIndex === null
      ? ctx.t('headlineInsufficient')
      : indices.executionGap === null
        ? ctx.t('headlineReadingNoGap', {
            band: band.toLowerCase(),
            bandLabel: band,
            structural: ctx.num(indices.executionDebt),
          })
        : ctx.t('headlineReading', {
            band: band.toLowerCase(),
            // German names the band as a label ("in der Stufe „Kritisch“"), not as an adjective.
            bandLabel: band,
            structural: ctx.num(indices.executionDebt),
            gap: ctx.num(indices.executionGap),
          });
  const byId = new Map(dimensions.map((dimension) => [dimension.id, dimension]));
  return {
    kind: 'headline',
    label: ctx.t('headlineLabel'),
    value: ctx.num(indices.executionDebtIndex),
    band,
    bandId: indices.band,
    scale:
      ctx.t('headlineScale', { band }) +
      (indices.executionDebtIndexInterval === null
        ? ''
        : ctx.t('headlineInterval', {
            low: ctx.num(indices.executionDebtIndexInterval.low),
            high: ctx.num(indices.executionDebtIndexInterval.high),
          }) + (indices.bandStable === false ? ctx.t('headlineBandUnsure') : '')),
    reading,
    figures: DIMENSIONS.map((dimension) => {
      const score = byId.get(dimension);
      return {
        // The visibility figure is a deficit (higher = less visible): named so, it cannot be read
        // as "63 % visible".
        label:
          dimension === 'visibility'
            ? ctx.t('tileVisibilityDeficit')
            : ctx.dimensionName(dimension),
        value: ctx.num(score?.index ?? null),
        note: `n = ${score?.n ?? 0}`,
      };
    }),
  };
}
