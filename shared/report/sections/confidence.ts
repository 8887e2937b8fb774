import { overallConfidence } from '../../scoring/overall-confidence';
import { CONFIDENCE_TEXT } from '../texts';
import type { Ctx } from './context';

/** "How sure we are": a level from people, agreement and evidence, and the sentences that say why. */
export function confidenceOf(ctx: Ctx): { level: 'low' | 'medium' | 'high'; sentences: string[] } {
  const { result } = ctx.input;
  // The same rule the results screen states; the report only puts it into sentences.
  const sure = overallConfidence(result);
  const sentences = [
    ctx.t('confidenceLevel', { level: CONFIDENCE_TEXT[sure.level][ctx.lang] }),
    ctx.t('confidenceRespondents', {
      respondents: sure.respondents,
      participants: sure.participants,
      responses: sure.responses,
      cantSay: sure.cantSay,
    }),
  ];
  // Only when someone said so: reports of rooms without it read as they always did.
  if (result.n.notApplicable > 0) {
    sentences.push(ctx.t('confidenceNotApplicable', { n: result.n.notApplicable }));
  }
  if (sure.scoredDimensions > 0) {
    const weak = sure.weakDimensions.map((dimension) => ctx.dimensionName(dimension));
    sentences.push(
      ctx.t('confidenceReliability', {
        good: sure.agreeingDimensions,
        scored: sure.scoredDimensions,
        weak: weak.length > 0 ? ctx.t('confidenceWeak', { list: weak.join(', ') }) : '',
      }),
    );
  }
  sentences.push(
    sure.realityCheckEntries + sure.decisionEntries > 0
      ? ctx.t('confidenceEvidence', { rc: sure.realityCheckEntries, dr: sure.decisionEntries })
      : ctx.t('confidenceNoEvidence'),
  );
  return { level: sure.level, sentences };
}
