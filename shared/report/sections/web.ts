import { factorWebNames } from '../../charts/factor-names';
import { factorWebLayout } from '../../charts/factor-web';
import type { Block, ReportSection } from '../model-types';
import type { Ctx } from './context';

/** The factor web, its compounding chains and why each lettered link is assumed. */
export function webSection(ctx: Ctx): ReportSection {
  const layoutInput = { factors: ctx.input.result.factors };
  // The instrument's names, as on every other page and on screen, so the layout wraps them too.
  const names = factorWebNames(ctx.input.instrument, ctx.lang);
  const layout = factorWebLayout(layoutInput, {
    names: names.factors,
    dimensionNames: names.dimensions,
  });
  const name = (id: string) => names.factors[id] ?? ctx.factorName(id);
  const chain = (factors: readonly string[], loop: boolean) =>
    loop
      ? `${[...factors, factors[0] ?? ''].map(name).join(' → ')} (${ctx.t('webLoop')})`
      : factors.map(name).join(' → ');
  const lettered = layout.links
    .filter((link) => link.label !== null)
    .sort((p, q) => ((p.label?.text ?? '') < (q.label?.text ?? '') ? -1 : 1));
  const blocks: Block[] = [{ kind: 'paragraph', text: ctx.t('webIntro'), tone: 'lead' }];
  if (layout.nodes.length === 0) {
    blocks.push({ kind: 'paragraph', text: ctx.t('webEmpty'), tone: 'note' });
  } else {
    blocks.push({
      kind: 'figure',
      figure: {
        chart: 'factorWeb',
        input: layoutInput,
        labels: { factors: names.factors, dimensions: names.dimensions, empty: ctx.t('webEmpty') },
      },
      caption: '',
      maxHeightMm: 120,
    });
  }
  blocks.push({ kind: 'heading', text: ctx.t('webPaths') });
  blocks.push(
    layout.chains.length > 0
      ? { kind: 'bullets', items: layout.chains.map((entry) => chain(entry.factors, entry.loop)) }
      : { kind: 'paragraph', text: ctx.t('webNoPaths'), tone: 'note' },
  );
  if (lettered.length > 0) {
    blocks.push({ kind: 'heading', text: ctx.t('webReasons') });
    blocks.push({
      kind: 'bullets',
      items: lettered.map(
        (link) =>
          `${ctx.t('labelled', {
            label: link.label?.text ?? '',
            value: `${name(link.from)} → ${name(link.to)}`,
          })}. ${link.why[ctx.lang]}`,
      ),
    });
  }
  if (layout.unlinked.length > 0)
    blocks.push({
      kind: 'paragraph',
      text: ctx.t('webUnlinked', { list: layout.unlinked.map(name).join('; ') }),
      tone: 'note',
    });
  return { id: 'web', title: ctx.t('webTitle'), inToc: true, blocks };
}
