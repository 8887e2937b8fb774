import { useMemo } from 'react';
import {
  FUNNEL_CONNECTOR_FILL,
  FUNNEL_STAGE_FILL,
  OKABE_ITO,
  realityFunnelLayout,
  type FunnelEntry,
} from '../../shared/charts';
import type { Evidence } from '../../shared/scoring';
import { ChartFrame } from './ChartFrame';
import { HatchPattern } from './HatchPattern';
import { useChartText, type ChartTheme } from './chart-text';
import { useMarkFocus } from './use-mark-focus';

export interface RealityFunnelProps {
  /** `result.evidence.realityCheck` from the scored workshop. */
  realityCheck: Evidence['realityCheck'];
  /** The Reality Check entries themselves: with them each stage counts only entries that passed the earlier ones. */
  entries?: readonly FunnelEntry[];
  theme?: ChartTheme;
}

/** Reality funnel: reported → verified → owner clear → decision traceable, partly verified beside. */
export function RealityFunnel({ realityCheck, entries, theme = 'default' }: RealityFunnelProps) {
  const text = useChartText();
  const { t } = text;
  const { detail, mark } = useMarkFocus();
  const layout = useMemo(() => realityFunnelLayout(realityCheck, entries), [realityCheck, entries]);

  if (layout.status === 'empty') {
    return (
      <ChartFrame
        theme={theme}
        kind="funnel"
        title={t('charts.funnel.title')}
        how={t('charts.funnel.how')}
        ariaLabel={t('charts.funnel.empty')}
        width={layout.width}
        height={60}
        detail={null}
        hint={t('charts.funnel.empty')}
        tableLabel={t('charts.common.showTable')}
        table={<p>{t('charts.funnel.empty')}</p>}
      >
        {() => (
          <text x={layout.width / 2} y={34} textAnchor="middle" className="chart__muted">
            {t('charts.funnel.empty')}
          </text>
        )}
      </ChartFrame>
    );
  }

  const total = layout.stages[0]?.count ?? 0;
  const countOf = (id: string) => layout.stages.find((stage) => stage.id === id)?.count ?? 0;
  const stageName = (id: string) => t(`charts.funnel.stages.${id}`);
  const partlySentence = t('charts.funnel.partlyDetail', { count: layout.partly.count, total });

  const table = (
    <table>
      <caption>{t('charts.funnel.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('charts.funnel.colStage')}</th>
          <th scope="col">{t('charts.funnel.colCount')}</th>
          <th scope="col">{t('charts.funnel.colShare')}</th>
        </tr>
      </thead>
      <tbody>
        {layout.stages.map((stage) => (
          <tr key={stage.id}>
            <th scope="row">{stageName(stage.id)}</th>
            <td className="chart__num">{stage.count}</td>
            <td className="chart__num">{text.pct(stage.share)} %</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{t('charts.funnel.partlyRow')}</th>
          <td className="chart__num">{layout.partly.count}</td>
          <td className="chart__num">{text.pct(layout.partly.share)} %</td>
        </tr>
      </tbody>
    </table>
  );

  return (
    <ChartFrame
      theme={theme}
      kind="funnel"
      title={t('charts.funnel.title')}
      how={t('charts.funnel.how')}
      ariaLabel={t('charts.funnel.aria', {
        reported: total,
        verified: countOf('verified'),
        partly: layout.partly.count,
        owned: countOf('owned'),
        traceable: countOf('traceable'),
      })}
      width={layout.width}
      height={layout.height}
      detail={detail}
      hint={t('charts.common.detailHint')}
      tableLabel={t('charts.common.showTable')}
      table={table}
      notes={
        <>
          <p className="chart__note">
            {t(layout.notAssessed > 0 ? 'charts.funnel.restWithUnassessed' : 'charts.funnel.rest', {
              notVerified: layout.notVerified,
              unknown: layout.unknown,
              notAssessed: layout.notAssessed,
            })}
          </p>
          {layout.mode === 'independent' ? (
            <p className="chart__note">{t('charts.funnel.howIndependent')}</p>
          ) : null}
        </>
      }
    >
      {({ prefix }) => (
        <>
          <HatchPattern
            id={`${prefix}-partly`}
            background="#ffffff"
            stripe={FUNNEL_STAGE_FILL[1]}
          />
          {layout.connectors.map((connector) => (
            <path
              key={connector.key}
              d={connector.path}
              fill={FUNNEL_CONNECTOR_FILL}
              stroke="none"
              aria-hidden="true"
            />
          ))}
          {layout.stages.map((stage, index) => {
            const sentence = t('charts.funnel.stageDetail', {
              stage: stageName(stage.id),
              count: stage.count,
              total,
              share: text.pct(stage.share),
            });
            return (
              <g key={stage.id} data-stage={stage.id}>
                <text x={stage.labelX} y={stage.textY} textAnchor="end" fontWeight={700}>
                  {stageName(stage.id)}
                </text>
                <rect
                  x={stage.x}
                  y={stage.y}
                  width={Math.max(stage.width, 1)}
                  height={stage.height}
                  fill={FUNNEL_STAGE_FILL[index] ?? FUNNEL_STAGE_FILL[0]}
                  stroke={OKABE_ITO.black}
                  {...mark(sentence)}
                >
                  <title>{sentence}</title>
                </rect>
                <text x={stage.textX} y={stage.textY}>
                  {t('charts.funnel.stageText', {
                    count: stage.count,
                    total,
                    share: text.pct(stage.share),
                  })}
                </text>
                {stage.id === 'verified' && layout.partly.count > 0 ? (
                  <g>
                    <rect
                      x={layout.partly.x}
                      y={layout.partly.y}
                      width={layout.partly.width}
                      height={layout.partly.height}
                      fill={`url(#${prefix}-partly)`}
                      stroke={OKABE_ITO.black}
                      strokeDasharray="4 3"
                      {...mark(partlySentence)}
                    >
                      <title>{partlySentence}</title>
                    </rect>
                    <text
                      x={stage.textX}
                      y={stage.textY + 17}
                      className="chart__small chart__muted"
                    >
                      {t('charts.funnel.partly', { count: layout.partly.count })}
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
