import { clientStatementFigures } from '../../client-statements/file-figures';
import type { ReportSection, TableRow } from '../model-types';
import type { Ctx } from './context';

/**
 * "The client's own statements": a section of its own after everything scored, saying that none
 * of it enters an index, factor or finding. Read from the workshop file the report is made of
 * (format version 3 carries them apart from `responses`), so `edw report` and `edw verify` print
 * the same rows as the app. Null when the workshop has none, and in a room below
 * k, whose report carries nothing about the answers but that they are too few.
 */
export function clientStatementsSection(ctx: Ctx): ReportSection | null {
  const { file, result } = ctx.input;
  if (result.roomWithheld) return null;
  const rows = clientStatementFigures(file, ctx.k);
  if (rows.length === 0) return null;
  const withheld = ctx.t('clientWithheld', { k: ctx.k });
  const tableRows: TableRow[] = rows.map(({ statement, summary }, index) => {
    const text = `${index + 1}. ${statement.text}${
      statement.reversed ? ` (${ctx.t('clientReversed')})` : ''
    }`;
    if (!summary.shown) {
      // No figure of any kind: not its n, not its "can't say" count.
      return { cells: [text, withheld, '', '', '', '', '', '', '', ''], muted: true };
    }
    return {
      cells: [
        text,
        ctx.num(summary.mean),
        String(summary.n),
        ...summary.distribution.map(String),
        String(summary.cantSay),
        String(summary.notApplicable),
      ],
    };
  });
  return {
    id: 'client',
    title: ctx.t('clientTitle'),
    inToc: true,
    blocks: [
      { kind: 'paragraph', text: ctx.t('clientIntro'), tone: 'lead' },
      {
        kind: 'table',
        columns: [
          { header: ctx.t('colStatement'), align: 'left', width: 5.8 },
          { header: ctx.t('colClientMean'), align: 'right', width: 2.4 },
          { header: ctx.t('colN'), align: 'right', width: 0.6 },
          ...['1', '2', '3', '4', '5'].map((header) => ({
            header,
            align: 'right' as const,
            width: 0.5,
          })),
          { header: ctx.t('colCantSay'), align: 'right', width: 1.1 },
          { header: ctx.t('colNotApplicable'), align: 'right', width: 1.1 },
        ],
        rows: tableRows,
      },
      { kind: 'paragraph', text: ctx.t('clientWithheldNote', { k: ctx.k }), tone: 'note' },
    ],
  };
}
