import { useMemo } from 'react';
import { heatmapLayout, type HeatmapCell, type HeatmapColumn } from '../../shared/charts';
import type { ScoreResult } from '../../shared/scoring';
import { roleLabel } from '../i18n/labels';
import { ChartFrame } from './ChartFrame';
import { HatchPattern } from './HatchPattern';
import { useChartText, type ChartTheme } from './chart-text';
import { useMarkFocus } from './use-mark-focus';

export interface FactorHeatmapProps {
  /** The scored workshop (factors, role groups and the anonymity threshold k are read). */
  result: Pick<ScoreResult, 'factors' | 'groups' | 'anonymityThreshold'>;
  theme?: ChartTheme;
}

const MAX_HEADER_CHARS = 12;

function shorten(label: string): string {
  return label.length > MAX_HEADER_CHARS ? `${label.slice(0, MAX_HEADER_CHARS - 1)}…` : label;
}

/** Heatmap of factors by role group; hidden cells are hatched and say so, never blank. */
export function FactorHeatmap({ result, theme = 'default' }: FactorHeatmapProps) {
  const text = useChartText();
  const { t, num } = text;
  const { detail, mark } = useMarkFocus();
  const layout = useMemo(() => heatmapLayout(result), [result]);
  const k = layout.k;

  const columnName = (column: HeatmapColumn) =>
    column.role === null ? t('charts.heatmap.allColumn') : roleLabel(t, column.role);
  const columnByKey = new Map(layout.columns.map((column) => [column.key, column]));

  /** What a cell says in the SVG and in the table: a figure only when it may be shown. */
  const cellShort = (cell: HeatmapCell): string => {
    switch (cell.kind) {
      case 'value':
        return num(cell.mean);
      case 'insufficient':
        return t('charts.heatmap.insufficientText');
      case 'suppressed':
        return cell.reason === 'complementary'
          ? t('charts.heatmap.complementaryText')
          : t('charts.heatmap.suppressedText', { k });
    }
  };
  const cellSentence = (cell: HeatmapCell): string => {
    const column = columnByKey.get(cell.column);
    const base = {
      factor: text.factorName(cell.factorId),
      column: column ? columnName(column) : cell.column,
    };
    switch (cell.kind) {
      case 'value':
        return t('charts.heatmap.cell', {
          ...base,
          mean: num(cell.mean),
          n: cell.n,
          agreement: text.agreementName(cell.agreement),
        });
      case 'insufficient':
        return t('charts.heatmap.cellInsufficient', base);
      case 'suppressed':
        return cell.reason === 'complementary'
          ? t('charts.heatmap.cellComplementary', base)
          : t('charts.heatmap.cellSuppressed', { ...base, k });
    }
  };
  const columnSize = (column: HeatmapColumn): string | null => {
    if (column.role === null) return null;
    if (column.n !== null) return t('charts.heatmap.groupSize', { n: column.n });
    const group = result.groups.find((entry) => entry.role === column.role);
    return group?.suppressed && group.reason === 'complementary'
      ? t('charts.heatmap.complementaryText')
      : t('charts.heatmap.groupHidden', { k });
  };
  const suppressedCount = layout.cells.filter((cell) => cell.kind === 'suppressed').length;

  const table = (
    <table>
      <caption>{t('charts.heatmap.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('charts.web.colFactor')}</th>
          {layout.columns.map((column) => (
            <th scope="col" key={column.key}>
              {columnName(column)}
              {columnSize(column) ? ` (${columnSize(column) ?? ''})` : ''}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {layout.rows.map((row) => (
          <tr key={row.factorId}>
            <th scope="row">{text.factorName(row.factorId)}</th>
            {layout.cells
              .filter((cell) => cell.factorId === row.factorId)
              .map((cell) => (
                <td key={cell.key} className="chart__num">
                  {cellShort(cell)}
                </td>
              ))}
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <ChartFrame
      theme={theme}
      kind="heatmap"
      title={t('charts.heatmap.title')}
      how={t('charts.heatmap.how')}
      ariaLabel={t('charts.heatmap.aria', {
        rows: layout.rows.length,
        columns: layout.columns.length,
        suppressed: suppressedCount,
      })}
      width={layout.width}
      height={layout.height}
      detail={detail}
      hint={t('charts.common.detailHint')}
      tableLabel={t('charts.common.showTable')}
      table={table}
    >
      {({ prefix }) => (
        <>
          <HatchPattern id={`${prefix}-hatch`} />
          {layout.columns.map((column) => {
            const size = columnSize(column);
            return (
              <g key={column.key}>
                <text
                  x={column.labelX}
                  y={layout.header.y - 16}
                  textAnchor="middle"
                  className="chart__small"
                >
                  <title>{columnName(column)}</title>
                  {shorten(columnName(column))}
                </text>
                {size ? (
                  <text
                    x={column.labelX}
                    y={layout.header.y}
                    textAnchor="middle"
                    className="chart__small chart__muted"
                  >
                    {size}
                  </text>
                ) : null}
              </g>
            );
          })}
          {layout.dimensions.map((header) => (
            <text key={header.dimension} x={4} y={header.y} fontWeight={700}>
              {text.dimensionName(header.dimension)}
            </text>
          ))}
          {layout.rows.map((row) => (
            <text key={row.factorId} x={12} y={row.labelY} className="chart__small">
              <title>{text.factorName(row.factorId)}</title>
              {/* Full names do not fit beside the cells in projector type. */}
              {theme === 'projector'
                ? text.factorShort(row.factorId)
                : text.factorName(row.factorId)}
            </text>
          ))}
          {layout.cells.map((cell) => {
            const sentence = cellSentence(cell);
            const fill =
              cell.kind === 'value'
                ? cell.fill
                : cell.kind === 'suppressed'
                  ? `url(#${prefix}-hatch)`
                  : '#ffffff';
            const tone =
              cell.kind === 'value' && cell.tone === 'light' ? 'chart__on-dark' : 'chart__on-light';
            return (
              <g key={cell.key} data-cell={cell.key} data-kind={cell.kind}>
                <rect
                  x={cell.x}
                  y={cell.y}
                  width={cell.width}
                  height={cell.height}
                  fill={fill}
                  stroke="#8c8c8c"
                  strokeDasharray={cell.kind === 'insufficient' ? '3 3' : undefined}
                  {...mark(sentence)}
                >
                  <title>{sentence}</title>
                </rect>
                <text
                  x={cell.textX}
                  y={cell.textY}
                  textAnchor="middle"
                  className={
                    cell.kind === 'suppressed' ? 'chart__halo chart__small' : `${tone} chart__small`
                  }
                  fontWeight={cell.kind === 'value' ? 700 : 400}
                  pointerEvents="none"
                >
                  {cellShort(cell)}
                </text>
              </g>
            );
          })}
        </>
      )}
    </ChartFrame>
  );
}
