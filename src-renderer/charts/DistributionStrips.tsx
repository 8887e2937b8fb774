import { useMemo } from 'react';
import {
  BAR_FILL,
  CANT_SAY_BAR,
  distributionLayout,
  OKABE_ITO,
  type StripMode,
  type StripRow,
} from '../../shared/charts';
import type { Dimension } from '../../shared/instrument';
import type { ScoreResult } from '../../shared/scoring';
import { ChartFrame } from './ChartFrame';
import { useChartText, type ChartTheme } from './chart-text';
import { useMarkFocus } from './use-mark-focus';

export interface DistributionStripsProps {
  /** The scored workshop (items, factors and convergence are read). */
  result: Pick<ScoreResult, 'items' | 'factors' | 'convergence'>;
  /** `factors` (default): score bins and round 1 vs re-vote; `items`: answers 1–5 per statement. */
  mode?: StripMode;
  dimension?: Dimension;
  factorId?: string;
  theme?: ChartTheme;
}

/** A warning triangle: the split-room marker reads without colour. */
function triangle(x: number, y: number): string {
  return `M${x},${y - 8}L${x + 8},${y + 6}L${x - 8},${y + 6}Z`;
}

/** Distribution strips per factor or statement, with split rooms flagged and round 1 beside the re-vote. */
export function DistributionStrips({
  result,
  mode = 'factors',
  dimension,
  factorId,
  theme = 'default',
}: DistributionStripsProps) {
  const text = useChartText();
  const { t, num } = text;
  const { detail, mark } = useMarkFocus();
  const layout = useMemo(
    () =>
      distributionLayout(result, {
        mode,
        ...(dimension ? { dimension } : {}),
        ...(factorId ? { factorId } : {}),
      }),
    [result, mode, dimension, factorId],
  );

  const rowName = (row: StripRow): string => {
    if (layout.mode === 'factors') {
      return theme === 'projector' ? text.factorShort(row.id) : text.factorName(row.id);
    }
    const number = row.id.split('.').pop() ?? row.id;
    const tag = row.keyed === 'health' ? ` (${t('charts.strips.healthKeyed')})` : '';
    return `${text.factorShort(row.factorId)} · ${number}${tag}`;
  };
  const rowFull = (row: StripRow): string =>
    layout.mode === 'factors' ? text.factorName(row.id) : text.itemText(row.id);
  const splitCount = layout.rows.filter((row) => row.split).length;

  const table = (
    <table>
      <caption>{t('charts.strips.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('charts.strips.colRow')}</th>
          {layout.header.slots.map((slot) => (
            <th scope="col" key={slot.slot}>
              {t(`charts.strips.slotNames.${slot.slot}`)}
            </th>
          ))}
          <th scope="col">{t('charts.strips.colMean')}</th>
          <th scope="col">{t('charts.strips.colAgreement')}</th>
          {layout.revoteAxis ? <th scope="col">{t('charts.strips.colRound2')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {layout.rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{rowFull(row)}</th>
            {row.bars.map((bar) => (
              <td key={bar.slot} className="chart__num">
                {bar.count}
              </td>
            ))}
            <td className="chart__num">{num(row.mean)}</td>
            <td>{text.agreementName(row.agreement)}</td>
            {layout.revoteAxis ? (
              <td className="chart__num">
                {num(row.revote?.whiskers.find((w) => w.round === 2)?.mean)}
                {row.revote ? ` (${t(`charts.strips.direction.${row.revote.direction}`)})` : ''}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <ChartFrame
      theme={theme}
      kind="strips"
      title={t(
        layout.mode === 'factors' ? 'charts.strips.titleFactors' : 'charts.strips.titleItems',
      )}
      how={t(layout.mode === 'factors' ? 'charts.strips.howFactors' : 'charts.strips.howItems')}
      ariaLabel={t('charts.strips.aria', { count: layout.rows.length, split: splitCount })}
      width={layout.width}
      height={layout.height}
      detail={detail}
      hint={t('charts.common.detailHint')}
      tableLabel={t('charts.common.showTable')}
      table={table}
    >
      {() => (
        <>
          {layout.header.slots.map((slot) => (
            <text
              key={slot.slot}
              x={slot.x}
              y={layout.header.y}
              textAnchor="middle"
              className="chart__small chart__muted"
            >
              <title>{t(`charts.strips.slotNames.${slot.slot}`)}</title>
              {t(`charts.strips.slots.${slot.slot}`)}
            </text>
          ))}
          {layout.revoteAxis ? (
            <g>
              <text
                x={(layout.revoteAxis.x0 + layout.revoteAxis.x1) / 2}
                y={layout.revoteAxis.y - 14}
                textAnchor="middle"
                className="chart__small chart__muted"
              >
                {t('charts.strips.revoteAxis')}
              </text>
              {layout.revoteAxis.ticks.map((tick) => (
                <g key={tick.value}>
                  <text
                    x={tick.x}
                    y={layout.revoteAxis?.y}
                    textAnchor="middle"
                    className="chart__small chart__muted"
                  >
                    {num(tick.value)}
                  </text>
                  <line
                    className="chart__grid"
                    x1={tick.x}
                    x2={tick.x}
                    y1={(layout.revoteAxis?.y ?? 0) + 6}
                    y2={layout.height - 8}
                  />
                </g>
              ))}
            </g>
          ) : null}
          {layout.rows.map((row) => {
            const name = rowName(row);
            return (
              <g key={row.key} data-row={row.id}>
                <line
                  className="chart__grid"
                  x1={0}
                  x2={layout.width}
                  y1={row.y + row.height}
                  y2={row.y + row.height}
                />
                <text x={4} y={row.labelY} className="chart__small">
                  <title>{rowFull(row)}</title>
                  {name}
                </text>
                {row.bars.map((bar) => {
                  const sentence = t('charts.strips.bar', {
                    row: name,
                    count: bar.count,
                    slot: t(`charts.strips.slotNames.${bar.slot}`),
                    share: text.pct(bar.share),
                  });
                  return (
                    <g key={bar.slot}>
                      <rect
                        x={bar.x}
                        y={bar.y - (bar.height === 0 ? 1 : 0)}
                        width={bar.width}
                        height={Math.max(bar.height, 1)}
                        fill={bar.slot === 'cantSay' ? CANT_SAY_BAR.fill : BAR_FILL}
                        stroke={bar.slot === 'cantSay' ? CANT_SAY_BAR.stroke : BAR_FILL}
                        strokeDasharray={
                          bar.slot === 'cantSay' ? CANT_SAY_BAR.dash.join(' ') : undefined
                        }
                        {...mark(sentence)}
                      >
                        <title>{sentence}</title>
                      </rect>
                      {bar.count > 0 ? (
                        <text
                          x={bar.textX}
                          y={bar.textY}
                          textAnchor="middle"
                          className="chart__small"
                          pointerEvents="none"
                        >
                          {bar.count}
                        </text>
                      ) : null}
                    </g>
                  );
                })}
                {row.revote?.whiskers.map((whisker) => {
                  const sentence = t('charts.strips.round', {
                    row: name,
                    round: whisker.round,
                    mean: num(whisker.mean),
                    sd: num(whisker.sd),
                    n: whisker.n,
                  });
                  return (
                    <g key={whisker.round}>
                      <line
                        x1={whisker.low}
                        x2={whisker.high}
                        y1={whisker.y}
                        y2={whisker.y}
                        stroke={OKABE_ITO.black}
                        strokeWidth={2}
                      />
                      <circle
                        cx={whisker.x}
                        cy={whisker.y}
                        r={5}
                        fill={whisker.round === 1 ? '#ffffff' : OKABE_ITO.black}
                        stroke={OKABE_ITO.black}
                        strokeWidth={2}
                        {...mark(sentence)}
                      >
                        <title>{sentence}</title>
                      </circle>
                    </g>
                  );
                })}
                {row.revote ? (
                  <text
                    x={row.revote.textX}
                    y={row.revote.textY}
                    className="chart__small chart__muted"
                  >
                    {t(`charts.strips.direction.${row.revote.direction}`)}
                  </text>
                ) : null}
                {row.flag ? (
                  <g>
                    <path
                      d={triangle(row.flag.x + 8, row.flag.y + 2)}
                      fill={OKABE_ITO.vermillion}
                      stroke={OKABE_ITO.black}
                      {...mark(t('charts.strips.splitDetail', { row: rowFull(row) }))}
                    >
                      <title>{t('charts.strips.splitDetail', { row: rowFull(row) })}</title>
                    </path>
                    <text
                      x={row.flag.x + 20}
                      y={row.flag.y + 6}
                      className="chart__small chart__flag"
                    >
                      {t('charts.strips.split')}
                    </text>
                  </g>
                ) : null}
              </g>
            );
          })}
        </>
      )}
    </ChartFrame>
  );
}
