import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PORTFOLIO_HEADER_ANGLE,
  portfolioHeatmapLayout,
  type PortfolioHeatmapCell,
} from '../../shared/charts';
import type { PortfolioColumn, PortfolioResult } from '../../shared/portfolio/types';
import { ChartFrame } from './ChartFrame';
import { HatchPattern } from './HatchPattern';
import { useInstrument } from './instrument-context';
import { keptDrawings } from './kept-drawing';
import { LazyTable } from './LazyTable';
import { useChartText, type ChartText } from './chart-text';
import { sentenceTemplate } from './sentence-template';
import { escapeMarkup } from './svg-markup';
import { useMarkFocus, type GroupHandlers } from './use-mark-focus';

export interface PortfolioHeatmapProps {
  result: Pick<PortfolioResult, 'columns' | 'teams' | 'anonymityThreshold'>;
}

/** A column's header as printed (short) and its full name (for the tooltip and the table). */
export function portfolioColumnNames(
  text: ChartText,
  column: PortfolioColumn,
): { short: string; full: string } {
  switch (column.kind) {
    case 'headline':
      return {
        short: text.t('portfolio.heatmap.headline'),
        full: text.t('portfolio.heatmap.headline'),
      };
    case 'dimension':
      return { short: text.dimensionName(column.id), full: text.dimensionName(column.id) };
    case 'factor':
      return { short: text.factorShort(column.id), full: text.factorName(column.id) };
  }
}

/** What the heatmap draws: column names, the layout, the sentence kinds and each cell's words. */
function heatmapDrawing(result: PortfolioHeatmapProps['result'], text: ChartText) {
  const { t, num } = text;
  const k = result.anonymityThreshold;
  const names = result.columns.map((column) => portfolioColumnNames(text, column));
  const layout = portfolioHeatmapLayout(result, {
    columnLabels: names.map((name) => name.short),
    groupLabels: {
      overview: t('portfolio.heatmap.overview'),
      human: text.dimensionName('human'),
      technical: text.dimensionName('technical'),
      visibility: text.dimensionName('visibility'),
      execution: text.dimensionName('execution'),
    },
  });
  // One translation per kind of sentence, not one per cell: a portfolio of 20 teams has 540 cells.
  const sentences = {
    value: sentenceTemplate(t, 'portfolio.heatmap.cell', ['team', 'column', 'value', 'n']),
    interval: sentenceTemplate(t, 'portfolio.heatmap.cellInterval', [
      'team',
      'column',
      'value',
      'n',
      'low',
      'high',
    ]),
    below: sentenceTemplate(t, 'portfolio.heatmap.cellBelow', ['team', 'column'], { k }),
    noData: sentenceTemplate(t, 'portfolio.heatmap.cellNoData', ['team', 'column']),
    n: sentenceTemplate(t, 'portfolio.heatmap.n', ['n']),
    belowShort: t('portfolio.heatmap.belowShort', { k }),
    noDataShort: t('portfolio.heatmap.noDataShort'),
    belowLong: t('portfolio.heatmap.belowLong', { k }),
    noDataLong: t('portfolio.heatmap.noDataLong'),
  };
  // What each cell prints and says.
  const teamOf = new Map(result.teams.map((team) => [team.key, team.label]));
  const words = layout.cells.map((cell): CellWords => {
    const base = {
      team: teamOf.get(cell.team) ?? cell.team,
      column: names[cell.columnIndex]?.full ?? '',
    };
    if (cell.kind === 'hidden') {
      const below = cell.reason === 'below_threshold';
      return {
        short: below ? sentences.belowShort : sentences.noDataShort,
        sentence: below ? sentences.below(base) : sentences.noData(base),
        n: '',
      };
    }
    const band = cell.band === null ? '' : ` (${text.bandName(cell.band)})`;
    const value = `${num(cell.value)}${band}`;
    return {
      short: num(cell.value),
      sentence:
        cell.interval === null
          ? sentences.value({ ...base, value, n: cell.n })
          : sentences.interval({
              ...base,
              value,
              n: cell.n,
              low: num(cell.interval.low),
              high: num(cell.interval.high),
            }),
      n: sentences.n({ n: cell.n }),
    };
  });
  return { names, layout, sentences, words };
}

const heatmapDrawings = keptDrawings<object, ReturnType<typeof heatmapDrawing>>();

/**
 * Teams × headline, dimensions and shared factors. A shown cell carries its value and n (its
 * interval in the sentence under the chart and in the table); a hidden cell is hatched or dashed
 * with no colour; a withheld team shows its name and that too few answered, nothing else.
 */
export function PortfolioHeatmap({ result }: PortfolioHeatmapProps) {
  const text = useChartText();
  const { t, num } = text;
  const { i18n } = useTranslation();
  const instrument = useInstrument();
  const { detail, mark, within } = useMarkFocus();
  const k = result.anonymityThreshold;
  // Made once per portfolio, translations and instrument, and kept while the portfolio is on
  // screen or in the store: opening the screen again draws the same cells without working out
  // 540 cells' places and sentences anew, and focusing a cell redraws none of them.
  // (The translations are told apart by their store: each mount is handed its own i18n wrapper.)
  const { names, layout, sentences, words } = useMemo(
    () =>
      heatmapDrawings(result, [i18n.store, instrument, text.lang], () =>
        heatmapDrawing(result, text),
      ),
    [result, i18n, instrument, text],
  );
  const cellTable = (cell: PortfolioHeatmapCell): string => {
    if (cell.kind === 'hidden') {
      return cell.reason === 'below_threshold' ? sentences.belowLong : sentences.noDataLong;
    }
    const interval =
      cell.interval === null ? '' : ` [${num(cell.interval.low)}–${num(cell.interval.high)}]`;
    return `${num(cell.value)}${interval} · ${sentences.n({ n: cell.n })}`;
  };
  const hiddenCount = layout.cells.filter((cell) => cell.kind === 'hidden').length;

  const table = (
    <LazyTable>
      {() => (
        <div className="portfolio-table-wrap">
          <table>
            <caption>{t('portfolio.heatmap.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('portfolio.heatmap.team')}</th>
                {names.map((name, index) => (
                  <th scope="col" key={result.columns[index]?.id ?? index}>
                    {name.full}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {layout.rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.team}</th>
                  {row.withheld ? (
                    <td colSpan={names.length}>{t('portfolio.heatmap.withheld', { k })}</td>
                  ) : (
                    layout.cells
                      .filter((cell) => cell.team === row.key)
                      .map((cell) => (
                        <td key={cell.key} className="chart__num">
                          {cellTable(cell)}
                        </td>
                      ))
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </LazyTable>
  );

  const notes = (
    <ul className="portfolio-legend" aria-label={t('portfolio.heatmap.legend')}>
      <li>
        <svg width="28" height="18" aria-hidden="true">
          <HatchPattern id="portfolio-legend-hatch" />
          <rect
            x="1"
            y="1"
            width="26"
            height="16"
            fill="url(#portfolio-legend-hatch)"
            stroke="#8c8c8c"
          />
        </svg>
        {t('portfolio.heatmap.belowLong', { k })}
      </li>
      <li>
        <svg width="28" height="18" aria-hidden="true">
          <rect
            x="1"
            y="1"
            width="26"
            height="16"
            fill="#ffffff"
            stroke="#8c8c8c"
            strokeDasharray="3 3"
          />
        </svg>
        {t('portfolio.heatmap.noDataLong')}
      </li>
    </ul>
  );

  const groupLabelY = (line: number) => 14 + line * 14;

  return (
    <ChartFrame
      kind="portfolio-heatmap"
      title={t('portfolio.heatmap.title')}
      how={t('portfolio.heatmap.how', { k })}
      ariaLabel={t('portfolio.heatmap.aria', {
        teams: layout.rows.length,
        columns: layout.columns.length,
        hidden: hiddenCount,
        withheld: layout.withheld.length,
      })}
      width={layout.width}
      height={layout.height}
      detail={detail}
      hint={t('charts.common.detailHint')}
      tableLabel={t('charts.common.showTable')}
      table={table}
      notes={notes}
    >
      {({ prefix }) => (
        <>
          <HatchPattern id={`${prefix}-hatch`} />
          {layout.groups.map((group) => (
            <g key={group.key} data-group={group.key}>
              <line
                x1={group.x}
                x2={group.x + group.width}
                y1={groupLabelY(group.lines.length - 1) + 5}
                y2={groupLabelY(group.lines.length - 1) + 5}
                stroke="#1b1b1b"
                strokeWidth={1.5}
              />
              {group.lines.map((line, index) => (
                <text
                  key={line}
                  x={group.labelX}
                  y={groupLabelY(index)}
                  textAnchor="middle"
                  fontWeight={700}
                  className="chart__small"
                >
                  {line}
                </text>
              ))}
            </g>
          ))}
          {layout.columns.map((column) => (
            <text
              key={column.index}
              x={column.label.x}
              y={column.label.y}
              transform={`rotate(-${PORTFOLIO_HEADER_ANGLE} ${column.label.x} ${column.label.y})`}
              className="chart__small"
              fontWeight={column.column.kind === 'headline' ? 700 : 400}
              data-column={column.column.id}
            >
              <title>{names[column.index]?.full}</title>
              {column.label.text}
            </text>
          ))}
          {layout.rows.map((row) => (
            <text key={row.key} x={4} y={row.labelY} fontWeight={600} data-team-label={row.key}>
              <title>{row.team}</title>
              {row.lines.map((line, index) => (
                <tspan key={index} x={4} dy={index === 0 ? 0 : row.lineHeight}>
                  {line}
                </tspan>
              ))}
            </text>
          ))}
          {layout.withheld.map((band) => {
            const sentence = t('portfolio.heatmap.rowWithheld', { team: band.team, k });
            return (
              <g key={band.key} data-withheld={band.key}>
                <rect
                  x={band.x}
                  y={band.y}
                  width={band.width}
                  height={band.height}
                  fill={`url(#${prefix}-hatch)`}
                  stroke="#8c8c8c"
                  {...mark(sentence)}
                >
                  <title>{sentence}</title>
                </rect>
                <text
                  x={band.textX}
                  y={band.textY}
                  className="chart__halo chart__small"
                  fontWeight={600}
                  pointerEvents="none"
                >
                  {t('portfolio.heatmap.withheld', { k })}
                </text>
              </g>
            );
          })}
          <HeatmapCells cells={layout.cells} words={words} prefix={prefix} within={within} />
        </>
      )}
    </ChartFrame>
  );
}

/** What one cell prints (its value or why it is hidden, and n) and says (its sentence). */
interface CellWords {
  short: string;
  sentence: string;
  /** "n=15" under a shown value; empty for a hidden cell. */
  n: string;
}

/**
 * The cells, the bulk of the screen (540 for 20 teams, four elements each), written as markup the
 * browser parses in one go rather than as 2,000 React elements, and again only when the portfolio
 * or the language changes. One set of handlers on their group explains every cell (a cell says
 * its own sentence, its aria-label), and what all cells share (centred text the pointer passes
 * through, bold values) is said once on the group and in the style sheet.
 */
const HeatmapCells = memo(function HeatmapCells({
  cells,
  words,
  prefix,
  within,
}: {
  cells: readonly PortfolioHeatmapCell[];
  words: readonly CellWords[];
  prefix: string;
  within: GroupHandlers;
}) {
  const markup = useMemo(() => cellsMarkup(cells, words, prefix), [cells, words, prefix]);
  return (
    <g
      className="portfolio-heatmap__cells"
      textAnchor="middle"
      {...within}
      dangerouslySetInnerHTML={{ __html: markup }}
    />
  );
});

/**
 * Each cell as a group of its rect (focusable, a named image) and its texts: a shown cell its
 * value and n, a hidden one why (hatched below the threshold, dashed with no answers). Numbers
 * are the layout's own; every string passes through `escapeMarkup`.
 */
function cellsMarkup(
  cells: readonly PortfolioHeatmapCell[],
  words: readonly CellWords[],
  prefix: string,
): string {
  const hatch = escapeMarkup(`url(#${prefix}-hatch)`);
  const parts: string[] = [];
  cells.forEach((cell, index) => {
    const said = words[index];
    if (!said) return;
    const box = `x="${cell.x}" y="${cell.y}" width="${cell.width}" height="${cell.height}"`;
    const mark = `role="img" tabindex="0" aria-label="${escapeMarkup(said.sentence)}" class="chart__mark"`;
    const key = escapeMarkup(cell.key);
    if (cell.kind === 'hidden') {
      const look =
        cell.reason === 'below_threshold'
          ? `fill="${hatch}" stroke="#8c8c8c"`
          : 'fill="#ffffff" stroke="#8c8c8c" stroke-dasharray="3 3"';
      parts.push(
        `<g data-cell="${key}" data-kind="${escapeMarkup(cell.reason)}"><rect ${box} ${look} ${mark}></rect>` +
          `<text x="${cell.textX}" y="${cell.textY}" class="chart__halo chart__small">` +
          `${escapeMarkup(said.short)}</text></g>`,
      );
      return;
    }
    const tone = cell.tone === 'light' ? 'chart__on-dark' : 'chart__on-light';
    parts.push(
      `<g data-cell="${key}" data-kind="value">` +
        `<rect ${box} fill="${escapeMarkup(cell.fill)}" stroke="#ffffff" ${mark}></rect>` +
        `<text x="${cell.textX}" y="${cell.valueY}" class="${tone} portfolio-heatmap__value">` +
        `${escapeMarkup(said.short)}</text>` +
        `<text x="${cell.textX}" y="${cell.nY}" class="${tone} portfolio-heatmap__n">` +
        `${escapeMarkup(said.n)}</text></g>`,
    );
  });
  return parts.join('');
}
