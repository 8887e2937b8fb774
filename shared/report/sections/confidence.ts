import { CONFIDENCE_TEXT } from '../texts';
import type { Ctx } from './context';

/** "How sure we are": a level from people, agreement and evidence, and the sentences that say why. */
export function confidenceOf(ctx: Ctx): { level: 'low' | 'medium' | 'high'; sentences: string[] } {
  const { result } = ctx.input;
  // How far the room agrees (rwg(j)), not internal consistency: a room that agrees is surer.
  const scored = result.consensus.filter((entry) => entry.level !== 'insufficient');
  const good = scored.filter(
    (entry) =>
      entry.level === 'very_strong' || entry.level === 'strong' || entry.level === 'moderate',
  );
  const weak = scored
    .filter((entry) => !good.includes(entry))
    .map((entry) => ctx.dimensionName(entry.dimension));
  const evidence = result.evidence.realityCheck.entries + result.evidence.decisions.entries;
  let points = 0;
  if (result.n.respondents >= 8) points += 2;
  else if (result.n.respondents >= 5) points += 1;
  if (scored.length > 0 && good.length === scored.length) points += 2;
  else if (good.length * 2 >= scored.length && scored.length > 0) points += 1;
  if (evidence >= 6) points += 2;
  else if (evidence >= 3) points += 1;
  const level = points >= 5 ? 'high' : points >= 3 ? 'medium' : 'low';
  const sentences = [
    ctx.t('confidenceLevel', { level: CONFIDENCE_TEXT[level][ctx.lang] }),
    ctx.t('confidenceRespondents', {
      respondents: result.n.respondents,
      participants: result.n.participants,
      responses: result.n.responses,
      cantSay: result.n.cantSay,
    }),
  ];
  if (scored.length > 0) {
    sentences.push(
      ctx.t('confidenceReliability', {
        good: good.length,
        scored: scored.length,
        weak: weak.length > 0 ? ctx.t('confidenceWeak', { list: weak.join(', ') }) : '',
      }),
    );
  }
  sentences.push(
    evidence > 0
      ? ctx.t('confidenceEvidence', {
          rc: result.evidence.realityCheck.entries,
          dr: result.evidence.decisions.entries,
        })
      : ctx.t('confidenceNoEvidence'),
  );
  return { level, sentences };
}
