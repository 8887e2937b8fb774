import { DIMENSIONS, type Localized } from '../../instrument/types';
import { AGREEMENT_LABELS } from '../../scoring/constants';
import { cardText } from '../card-texts';
import { groupedReasons, successSignal } from '../intervention-cards';
import type { Block, ReportSection, TableRow } from '../model-types';
import { roleName } from '../texts';
import { localized, type Ctx } from './context';

/** A finding cited by id reads as its title in the report's language. */
function findingTitleOf(ctx: Ctx, reason: string | Localized): string {
  if (typeof reason !== 'string') return reason[ctx.lang];
  const finding = ctx.input.result.findings.find((entry) => entry.id === reason);
  return finding ? finding.title[ctx.lang] : reason;
}

/** Every figure behind the pages: factors, role groups, statements, and what the room did not choose. */
export function appendixSection(ctx: Ctx): ReportSection {
  const { result, instrument } = ctx.input;
  const factorRows: TableRow[] = [];
  for (const dimension of DIMENSIONS) {
    factorRows.push({ cells: [ctx.dimensionName(dimension), '', '', '', '', ''], group: true });
    for (const factor of result.factors.filter((entry) => entry.dimension === dimension)) {
      factorRows.push({
        cells: [
          ctx.factorName(factor.id),
          ctx.num(factor.mean),
          ctx.num(factor.sd),
          String(factor.n),
          String(factor.cantSay),
          AGREEMENT_LABELS[factor.agreement][ctx.lang],
        ],
        muted: factor.mean === null,
      });
    }
  }
  const groups = [...result.groups].sort((a, b) =>
    a.role < b.role ? -1 : a.role > b.role ? 1 : 0,
  );
  const hidden = ctx.t('heatmapHidden', { k: ctx.k });
  const groupRows: TableRow[] = result.factors.map((factor) => ({
    cells: [
      ctx.factorName(factor.id),
      ...groups.map((group) => {
        if (group.suppressed) return hidden;
        const cell = group.factors.find((entry) => entry.id === factor.id);
        if (cell === undefined) return ctx.t('insufficientShort');
        if (cell.suppressed) return hidden;
        return cell.mean === null
          ? ctx.t('insufficientShort')
          : `${ctx.num(cell.mean)} · ${cell.n}`;
      }),
    ],
  }));
  const itemText = new Map(instrument.items.map((item) => [item.id, item.text[ctx.lang]]));
  const itemRows: TableRow[] = result.items.map((item) => ({
    cells: [
      `${item.id} — ${itemText.get(item.id) ?? ''}` +
        // Beside the statement, where the line has room; the narrow "?" column keeps "can't say".
        (item.notApplicable > 0
          ? ` (${ctx.t('appendixNotApplicable', { n: item.notApplicable })})`
          : ''),
      ctx.t(item.keyed === 'debt' ? 'keyedDebt' : 'keyedHealth'),
      ctx.num(item.mean),
      ctx.num(item.sd),
      String(item.n),
      ...item.distribution.values.map(String),
      String(item.distribution.cantSay),
    ],
    muted: item.mean === null,
  }));
  const blocks: Block[] = [
    { kind: 'paragraph', text: ctx.t('appendixIntro', { k: ctx.k }), tone: 'lead' },
    {
      kind: 'table',
      title: ctx.t('appendixFactors'),
      columns: [
        { header: ctx.t('colFactor'), align: 'left', width: 5 },
        { header: ctx.t('colMean'), align: 'right', width: 1 },
        { header: ctx.t('colSd'), align: 'right', width: 1 },
        { header: ctx.t('colN'), align: 'right', width: 0.8 },
        { header: ctx.t('colCantSay'), align: 'right', width: 1.3 },
        { header: ctx.t('colAgreement'), align: 'left', width: 2.2 },
      ],
      rows: factorRows,
    },
  ];
  if (groups.length > 0) {
    blocks.push({
      kind: 'table',
      title: ctx.t('appendixGroups'),
      columns: [
        { header: ctx.t('colFactor'), align: 'left', width: 3.6 },
        ...groups.map((group) => ({
          header: group.suppressed
            ? ctx.t('groupHeaderHidden', { role: roleName(group.role, ctx.lang), k: ctx.k })
            : ctx.t('groupHeader', { role: roleName(group.role, ctx.lang), n: group.n }),
          align: 'right' as const,
          width: 2.2,
        })),
      ],
      rows: groupRows,
    });
  }
  blocks.push({
    kind: 'table',
    title: ctx.t('appendixItems'),
    columns: [
      { header: ctx.t('colStatement'), align: 'left', width: 7.5 },
      { header: ctx.t('colKeyed'), align: 'left', width: 1.2 },
      { header: ctx.t('colMean'), align: 'right', width: 1.1 },
      { header: ctx.t('colSd'), align: 'right', width: 1 },
      { header: ctx.t('colN'), align: 'right', width: 0.7 },
      ...['1', '2', '3', '4', '5', '?'].map((header) => ({
        header,
        align: 'right' as const,
        width: 0.55,
      })),
    ],
    rows: itemRows,
  });
  const notChosen = ctx.input.alsoRecommended ?? [];
  if (notChosen.length > 0) {
    blocks.push(
      { kind: 'heading', text: ctx.t('appendixNotChosen') },
      {
        kind: 'table',
        columns: [
          { header: ctx.t('interventionColumn'), align: 'left', width: 3.6 },
          { header: cardText('alsoFindings', ctx.lang), align: 'left', width: 3.6 },
          { header: ctx.t('interventionSignal'), align: 'left', width: 3 },
        ],
        rows: notChosen.map((entry) => {
          const cards = { lang: ctx.lang, result: ctx.input.result, factorName: ctx.factorName };
          return {
            cells: [
              localized(entry.title, ctx.lang),
              // Grouped and counted, and the signal worked out, as on the cards.
              entry.findings !== undefined
                ? groupedReasons(cards, entry.findings)
                : (entry.because ?? []).map((reason) => findingTitleOf(ctx, reason)).join('; '),
              successSignal(cards, entry),
            ],
          };
        }),
      },
    );
  }
  return { id: 'appendix', title: ctx.t('appendixTitle'), inToc: true, blocks };
}
