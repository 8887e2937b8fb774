import { ValueGrid } from './ValueGrid';
import { useMemo } from 'react';
import { trendLayout } from '../../shared/charts/trend';
import { ChartFrame } from './ChartFrame';
import { useChartText, type ChartTheme } from './chart-text';
import { useMarkFocus } from './use-mark-focus';

export interface TrendChartProps {
  /** Short labels of the linked workshops, oldest first (usually their dates). */
  workshops: readonly string[];
  /** One line per figure: its label and a value per workshop (null = insufficient data). */
  series: readonly { id: string; label: string; values: readonly (number | null)[] }[];
  theme?: ChartTheme;
}

/** Trend chart: indices (or factors) across a team's linked workshops, 0–100, lower is better. */
export function TrendChart({ workshops, series, theme = 'default' }: TrendChartProps) {
  const { t, num } = useChartText();
  const { detail, mark } = useMarkFocus();
  const layout = useMemo(
    () => trendLayout({ workshops, series: series.map(({ id, values }) => ({ id, values })) }),
    [workshops, series],
  );
  const labelOf = new Map(series.map((entry) => [entry.id, entry.label]));

  const table = (
    <table>
      <caption>{t('interventions.trendChart.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('interventions.trendChart.colFigure')}</th>
          {workshops.map((label, index) => (
            <th key={`${label}-${index}`} scope="col">
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {series.map((entry) => (
          <tr key={entry.id}>
            <th scope="row">{entry.label}</th>
            {entry.values.map((value, index) => (
              <td key={index} className="chart__num">
                {num(value)}
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
      kind="trend"
      title={t('interventions.trendChart.title')}
      how={t('interventions.trendChart.how')}
      ariaLabel={t('interventions.trendChart.aria', { count: workshops.length })}
      width={layout.width}
      height={layout.height}
      detail={detail}
      hint={t('charts.common.detailHint')}
      tableLabel={t('charts.common.showTable')}
      table={table}
    >
      {() => (
        <>
          <ValueGrid ticks={layout.yTicks} plot={layout.plot} format={num} />
          {layout.xTicks.map((tick) => (
            <text
              key={`x${tick.workshopIndex}`}
              x={tick.position}
              y={layout.plot.y + layout.plot.height + 24}
              textAnchor="middle"
              className="chart__small"
            >
              {workshops[tick.workshopIndex]}
            </text>
          ))}
          {layout.lines.map((line) => {
            const label = labelOf.get(line.id) ?? line.id;
            return (
              <g key={line.id} data-series={line.id}>
                <path
                  d={line.path}
                  fill="none"
                  stroke={line.colour}
                  strokeWidth={2.5}
                  strokeDasharray={line.dash || undefined}
                  aria-hidden="true"
                />
                {line.marks.map((point) => {
                  const sentence = t('interventions.trendChart.markDetail', {
                    figure: label,
                    workshop: workshops[point.workshopIndex] ?? '',
                    value: num(point.value),
                  });
                  return (
                    <circle
                      key={point.key}
                      cx={point.x}
                      cy={point.y}
                      r={5}
                      fill={line.colour}
                      stroke="#ffffff"
                      strokeWidth={1.5}
                      {...mark(sentence)}
                    >
                      <title>{sentence}</title>
                    </circle>
                  );
                })}
                {line.label ? (
                  <text
                    x={line.label.x}
                    y={line.label.y + 4}
                    className="chart__small"
                    fill={line.colour}
                  >
                    {label}
                  </text>
                ) : null}
              </g>
            );
          })}
        </>
      )}
    </ChartFrame>
  );
}
