import type { RecordPlace } from '../../format/workshop-file';
import type { Evidence } from '../../scoring/result';
import type { Block, ReportSection } from '../model-types';
import { reportText } from '../texts';
import type { Ctx } from './context';

/** Yes, no, or "not assessed" for an evidence field left unset. */
function yesNo(ctx: Ctx, value: boolean | null): string {
  return value === null ? ctx.t('notAssessed') : ctx.t(value ? 'yes' : 'no');
}

/** A word from a lookup, or "not assessed" for an evidence field left unset. */
function assessedWord<K extends string>(
  ctx: Ctx,
  words: Readonly<Record<K, string>>,
  value: K | null,
): string {
  return value === null ? ctx.t('notAssessed') : words[value];
}

/** Where a decision is recorded, with the facilitator's note when there is one. */
function recordPlaceText(ctx: Ctx, place: RecordPlace | null, note: string): string {
  if (place === null) return ctx.t('notAssessed');
  const word = place === 'nowhere' ? ctx.t('drNowhere') : ctx.t(`place_${place}`);
  return note.trim() === '' ? word : ctx.t('labelled', { label: word, value: note.trim() });
}

/** The Reality Check and decision replay: gaps, mismatches, the funnel and both tables. */
export function evidenceSection(ctx: Ctx): ReportSection {
  const { result, file } = ctx.input;
  const { evidence } = result;
  const blocks: Block[] = [
    { kind: 'paragraph', text: ctx.t('evidenceIntro'), tone: 'lead' },
    {
      kind: 'paragraph',
      text: ctx.t('evidenceGaps', {
        gap: ctx.num(result.indices.executionGap),
        rc: ctx.num(evidence.realityCheck.gap),
        dr: ctx.num(evidence.decisions.gap),
      }),
    },
  ];
  const mismatch = (
    key: 'mismatchProgress' | 'mismatchVisibility',
    value: Evidence['progressMismatch'],
  ) => {
    if (value === null) return;
    blocks.push({
      kind: 'paragraph',
      text: ctx.t(key, {
        perceived: ctx.num(value.perceived),
        observed: ctx.num(value.observed),
        verdict: ctx.t(value.flagged ? 'mismatchFlagged' : 'mismatchAligned'),
      }),
    });
  };
  mismatch('mismatchProgress', evidence.progressMismatch);
  mismatch('mismatchVisibility', evidence.visibilityMismatch);
  blocks.push({
    kind: 'figure',
    figure: {
      chart: 'funnel',
      input: evidence.realityCheck,
      entries: file.realityCheck,
      labels: {
        stages: {
          reported: ctx.t('funnelReported'),
          verified: ctx.t('funnelVerified'),
          owned: ctx.t('funnelOwned'),
          traceable: ctx.t('funnelTraceable'),
        },
        stage: reportText('funnelStage', ctx.lang),
        partly: reportText('funnelPartly', ctx.lang),
        empty: ctx.t('funnelEmpty'),
      },
    },
    caption: ctx.t('funnelCaption'),
    maxHeightMm: 62,
  });
  const verifiedWord = {
    verified: ctx.t('verified'),
    partly: ctx.t('partly'),
    not_verified: ctx.t('notVerified'),
    unknown: ctx.t('unknown'),
  } as const;
  const ownerWord = { yes: ctx.t('yes'), no: ctx.t('no'), unclear: ctx.t('unclear') } as const;
  if (file.realityCheck.length > 0) {
    blocks.push({
      kind: 'table',
      title: ctx.t('rcTableTitle'),
      columns: [
        { header: ctx.t('rcItem'), align: 'left', width: 5 },
        { header: ctx.t('rcReported'), align: 'left', width: 1.6 },
        { header: ctx.t('rcVerified'), align: 'left', width: 1.7 },
        { header: ctx.t('rcOwner'), align: 'left', width: 1.7 },
        { header: ctx.t('rcTraceable'), align: 'left', width: 1.4 },
      ],
      rows: file.realityCheck.map((entry) => ({
        cells: [
          entry.title,
          entry.reported,
          assessedWord(ctx, verifiedWord, entry.verified),
          assessedWord(ctx, ownerWord, entry.ownerClear),
          yesNo(ctx, entry.decisionTraceable),
        ],
      })),
    });
  }
  const replayWord = { yes: ctx.t('yes'), no: ctx.t('no'), unsure: ctx.t('unsure') } as const;
  blocks.push(
    file.decisions.length > 0
      ? {
          kind: 'table',
          title: ctx.t('drTableTitle'),
          columns: [
            { header: ctx.t('drDecision'), align: 'left', width: 4.2 },
            { header: ctx.t('drDecider'), align: 'left', width: 1.5 },
            { header: ctx.t('drInputs'), align: 'left', width: 1.5 },
            { header: ctx.t('drRecorded'), align: 'left', width: 2.6 },
            { header: ctx.t('drReplayable'), align: 'left', width: 1.4 },
          ],
          rows: file.decisions.map((entry) => ({
            cells: [
              entry.title,
              yesNo(ctx, entry.deciderKnown),
              yesNo(ctx, entry.inputsKnown),
              recordPlaceText(ctx, entry.recorded, entry.recordedNote),
              assessedWord(ctx, replayWord, entry.replayable),
            ],
          })),
        }
      : { kind: 'paragraph', text: ctx.t('drNone'), tone: 'note' },
  );
  return { id: 'evidence', title: ctx.t('evidenceTitle'), inToc: true, blocks };
}
