import { useMemo } from 'react';
import {
  OKABE_ITO,
  PORTFOLIO_TEAM_RADIUS,
  portfolioMapLayout,
  type PortfolioMapLayout,
} from '../../shared/charts';
import type { PortfolioMapPoint } from '../../shared/portfolio/types';
import { ChartFrame } from './ChartFrame';
import { MapAxes, MapBoundaries, MapNotEnough, MapSurface } from './MapParts';
import { useChartText } from './chart-text';
import { keptDrawings } from './kept-drawing';
import { useMarkFocus } from './use-mark-focus';

export interface PortfolioMapProps {
  /** Teams whose Human Debt, Technical Debt and visibility deficit are all shown. */
  points: readonly PortfolioMapPoint[];
  /** Teams in the portfolio that are not drawn (withheld, or an index not shown). */
  notDrawn: readonly string[];
  anonymityThreshold: number;
}

const mapLayouts = keptDrawings<readonly PortfolioMapPoint[], PortfolioMapLayout>();

/** The portfolio's teams on the Debt Interaction Map: one point per team, never a group or a person. */
export function PortfolioMap({ points, notDrawn, anonymityThreshold }: PortfolioMapProps) {
  const text = useChartText();
  const { t, num } = text;
  const { detail, mark, hoverWithin } = useMarkFocus();
  // Kept while the portfolio lives: the screen opened again places no label and shades no ground
  // anew (the label placement tries every team against every other).
  const layout = useMemo(() => mapLayouts(points, [], () => portfolioMapLayout(points)), [points]);

  const sentence = (team: (typeof layout.teams)[number]) =>
    t(team.headline === null ? 'portfolio.map.pointNoHeadline' : 'portfolio.map.point', {
      team: team.team,
      human: num(team.humanDebt),
      technical: num(team.technicalDebt),
      visibility: num(team.visibilityDeficit),
      headline: num(team.headline),
      band: text.bandName(team.band),
    });

  const table = (
    <table>
      <caption>{t('portfolio.map.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('portfolio.heatmap.team')}</th>
          <th scope="col">{t('charts.map.colHuman')}</th>
          <th scope="col">{t('charts.map.colTechnical')}</th>
          <th scope="col">{t('portfolio.map.colVisibility')}</th>
          <th scope="col">{t('portfolio.heatmap.headline')}</th>
        </tr>
      </thead>
      <tbody>
        {layout.teams.map((team) => (
          <tr key={team.key}>
            <th scope="row">{team.team}</th>
            <td className="chart__num">{num(team.humanDebt)}</td>
            <td className="chart__num">{num(team.technicalDebt)}</td>
            <td className="chart__num">{num(team.visibilityDeficit)}</td>
            <td className="chart__num">
              {team.headline === null
                ? t('charts.common.none')
                : `${num(team.headline)} (${text.bandName(team.band)})`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  const notes = (
    <>
      {layout.visibility !== null ? (
        <p className="chart__note">
          {t('portfolio.map.surface', { visibility: num(layout.visibility) })}
        </p>
      ) : null}
      {notDrawn.length > 0 ? (
        <p className="chart__note">
          {t('portfolio.map.notDrawn', {
            count: notDrawn.length,
            teams: new Intl.ListFormat(text.lang, { type: 'conjunction' }).format(notDrawn),
            k: anonymityThreshold,
          })}
        </p>
      ) : null}
    </>
  );

  return (
    <ChartFrame
      kind="map"
      title={t('portfolio.map.title')}
      how={t('portfolio.map.how')}
      ariaLabel={t('portfolio.map.aria', { count: layout.teams.length })}
      width={layout.width}
      height={layout.height}
      detail={detail}
      hint={t('charts.common.detailHint')}
      tableLabel={t('charts.common.showTable')}
      table={table}
      notes={notes}
    >
      {() => (
        <>
          <MapSurface cells={layout.cells} text={text} hoverWithin={hoverWithin} />
          <MapAxes layout={layout} text={text} />
          <MapBoundaries boundaries={layout.boundaries} text={text} mark={mark} />
          {layout.teams.length === 0 ? <MapNotEnough layout={layout} text={text} /> : null}
          {layout.teams.map((team) => {
            const label = sentence(team);
            return (
              <g key={team.key} data-map-team={team.team}>
                <circle
                  cx={team.x}
                  cy={team.y}
                  r={PORTFOLIO_TEAM_RADIUS}
                  fill={OKABE_ITO.vermillion}
                  stroke="#ffffff"
                  strokeWidth={2}
                  {...mark(label)}
                >
                  <title>{label}</title>
                </circle>
                <circle
                  cx={team.x}
                  cy={team.y}
                  r={PORTFOLIO_TEAM_RADIUS + 1.5}
                  fill="none"
                  stroke={OKABE_ITO.black}
                  strokeWidth={1}
                  pointerEvents="none"
                />
                <text
                  x={team.label.x}
                  y={team.label.y}
                  textAnchor={team.label.anchor}
                  className="chart__halo chart__small"
                  fontWeight={600}
                >
                  {team.team}
                </text>
              </g>
            );
          })}
        </>
      )}
    </ChartFrame>
  );
}
