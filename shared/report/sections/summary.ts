import { answeredTop } from '../intervention-cards';
import type { Block, ReportSection } from '../model-types';
import { formatDate } from '../texts';
import { confidenceOf } from './confidence';
import { localized, type Ctx } from './context';
import { findingItems } from './findings';
import { headlineBlock } from './headline';
import { coverSection } from './masthead';

/** The first `limit` interventions by priority, one line each for page one. */
function interventionLines(ctx: Ctx, limit: number): string[] {
  const list = [...(ctx.input.recommendations ?? [])]
    .map((entry, index) => ({ entry, index }))
    .sort(
      (a, b) => (a.entry.priority ?? a.index) - (b.entry.priority ?? b.index) || a.index - b.index,
    )
    .slice(0, limit);
  return list.map(({ entry }) => {
    const extras = [
      entry.owner
        ? ctx.t('labelled', { label: ctx.t('interventionOwner'), value: entry.owner })
        : '',
      entry.due
        ? ctx.t('labelled', {
            label: ctx.t('interventionDue'),
            value: formatDate(entry.due, ctx.lang),
          })
        : '',
    ].filter(Boolean);
    const title = localized(entry.title, ctx.lang);
    // Which of the findings above it answers, so page one reads as one argument; the first step,
    // timescale and success signal are on its card in the full report's interventions section.
    const answers = answeredTop(
      { lang: ctx.lang, result: ctx.input.result, factorName: ctx.factorName },
      entry.findings ?? [],
    );
    if (entry.recommended && entry.suggestedOwner !== undefined) {
      const owner = ctx.t('labelled', {
        label: ctx.t('interventionSuggestedOwner'),
        value: localized(entry.suggestedOwner, ctx.lang),
      });
      return answers === '' ? `${title} (${owner})` : `${title} — ${answers} · ${owner}`;
    }
    const named = extras.length > 0 ? `${title} (${extras.join(' · ')})` : title;
    return answers === '' ? named : `${named} — ${answers}`;
  });
}

/** Page one of a room below k: why there is no figure, and how to get one. */
export function withheldSummarySection(ctx: Ctx): ReportSection {
  const { result } = ctx.input;
  const blocks: Block[] = [coverSection(ctx)];
  blocks.push(
    { kind: 'heading', text: ctx.t('withheldTitle', { k: ctx.k }) },
    { kind: 'paragraph', text: ctx.t('withheldText', { k: ctx.k, n: result.n.respondents }) },
    { kind: 'paragraph', text: ctx.t('withheldNext', { k: ctx.k }), tone: 'note' },
  );
  return { id: 'summary', title: ctx.t('summaryTitle'), inToc: true, blocks };
}

/** Page one: how bad, why, how sure and what to do first. */
export function summarySection(ctx: Ctx): ReportSection {
  const { result } = ctx.input;
  const top = result.findings.slice(0, 3);
  const confidence = confidenceOf(ctx);
  const interventions = interventionLines(ctx, 3);
  // Page one is the decision page in both flavours: the cover details sit on it as a slim
  // masthead, so a reader who opens the report sees how bad, why, what first and how sure.
  // What Execution Reality is is said in its own section, where it is read; page one needs the room.
  const blocks: Block[] = [coverSection(ctx)];
  blocks.push(
    headlineBlock(ctx),
    { kind: 'heading', text: ctx.t('findingsTitle') },
    top.length > 0
      ? {
          kind: 'findings',
          // Numbered: what to do first below says which of them each intervention answers.
          items: findingItems(ctx, top, true).map((item, index) => ({
            ...item,
            title: `${index + 1}. ${item.title}`,
          })),
        }
      : { kind: 'paragraph', text: ctx.t('noFindings') },
    { kind: 'heading', text: ctx.t('confidenceTitle') },
    { kind: 'paragraph', text: confidence.sentences.join(' ') },
    {
      kind: 'heading',
      text: ctx.t(
        (ctx.input.recommendations ?? []).some((entry) => entry.recommended)
          ? 'interventionsRecommendedTitle'
          : 'interventionsTopTitle',
      ),
    },
    interventions.length > 0
      ? { kind: 'bullets', items: interventions }
      : { kind: 'paragraph', text: ctx.t('interventionsNone'), tone: 'note' },
  );
  return { id: 'summary', title: ctx.t('summaryTitle'), inToc: true, blocks };
}
