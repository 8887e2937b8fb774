import { cardText } from '../card-texts';
import { interventionBlocks } from '../intervention-cards';
import type { ReportSection } from '../model-types';
import type { Ctx } from './context';

/** The agreed plan or the recommendations, one card each; none when there are none. */
export function interventionsSection(ctx: Ctx): ReportSection | null {
  const list = ctx.input.recommendations ?? [];
  if (list.length === 0) return null;
  const agreed = list.some((entry) => entry.recommended !== true);
  return {
    id: 'interventions',
    title: agreed ? cardText('planTitle', ctx.lang) : ctx.t('interventionsTitle'),
    inToc: true,
    // One card per intervention (what, why, first step, owner, timescale, success, check).
    blocks: interventionBlocks(
      { lang: ctx.lang, result: ctx.input.result, factorName: ctx.factorName },
      list,
    ),
  };
}
