import type { Block } from '../model-types';
import { formatDate } from '../texts';
import type { Ctx } from './context';

/** The masthead of page one: what the report is about, who made it, and on what terms. */
export function coverSection(ctx: Ctx): Block {
  const { workshop } = ctx.input.file;
  const value = (text: string) => (text.trim() === '' ? ctx.t('notSet') : text);
  return {
    kind: 'cover',
    title: workshop.title,
    subtitle: ctx.t(ctx.input.flavour === 'brief' ? 'briefTitle' : 'reportTitle'),
    details: [
      { label: ctx.t('coverClient'), value: value(workshop.client) },
      { label: ctx.t('coverTeam'), value: value(workshop.team) },
      { label: ctx.t('coverDate'), value: formatDate(workshop.date, ctx.lang) },
      { label: ctx.t('coverFacilitator'), value: value(workshop.facilitator) },
      // How many took part is in "how sure we are", and when the report was made in the method.
    ],
    note: ctx.t('coverConfidential', { k: ctx.k, model: ctx.input.result.modelVersion }),
  };
}
