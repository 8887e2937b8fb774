import type { EmbeddedReport } from '../figures';
import type { Block, ReportSection } from '../model-types';
import { formatTimestamp } from '../texts';
import type { Ctx } from './context';

/** The fingerprint's rows: what a reader needs to check the report against its data. */
function fingerprintValues(ctx: Ctx, embedded: EmbeddedReport): { label: string; value: string }[] {
  const { fingerprint, anonymityThreshold } = ctx.input.result;
  return [
    { label: ctx.t('fpValue'), value: fingerprint.value },
    { label: ctx.t('fpData'), value: fingerprint.dataHash },
    { label: ctx.t('fpModel'), value: fingerprint.modelVersion },
    { label: ctx.t('fpInstrument'), value: fingerprint.instrumentVersion },
    { label: ctx.t('fpK'), value: String(anonymityThreshold) },
    { label: ctx.t('fpFigures'), value: String(Object.keys(embedded.figures).length) },
    { label: ctx.t('fpGenerated'), value: formatTimestamp(ctx.input.generatedAt, ctx.lang) },
  ];
}

/** How the figures were made, and the fingerprint; the brief report says it shorter. */
export function methodSection(ctx: Ctx, embedded: EmbeddedReport, brief: boolean): ReportSection {
  const blocks: Block[] = brief
    ? [
        { kind: 'paragraph', text: ctx.t('methodIndex') },
        { kind: 'paragraph', text: ctx.t('methodAnonymity', { k: ctx.k }) },
        { kind: 'paragraph', text: ctx.t('methodAttribution'), tone: 'note' },
      ]
    : [
        { kind: 'paragraph', text: ctx.t('methodHow') },
        { kind: 'paragraph', text: ctx.t('methodIndex') },
        { kind: 'paragraph', text: ctx.t('methodAnonymity', { k: ctx.k }) },
        { kind: 'paragraph', text: ctx.t('methodAttribution'), tone: 'note' },
      ];
  blocks.push(
    { kind: 'heading', text: ctx.t('fingerprintTitle') },
    { kind: 'paragraph', text: ctx.t('fingerprintIntro') },
    { kind: 'keyValues', items: fingerprintValues(ctx, embedded) },
  );
  return {
    id: 'method',
    title: ctx.t(brief ? 'methodShortTitle' : 'methodTitle'),
    inToc: true,
    blocks,
  };
}
