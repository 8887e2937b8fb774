import { useId, useMemo, useState } from 'react';
import {
  debtMapLayout,
  MAP_GROUP_FILL,
  MAP_GROUP_RADIUS,
  OKABE_ITO,
  type DebtMapInput,
  type MapHistoryPoint,
} from '../../shared/charts';
import { bandOf, structuralExecutionDebt } from '../../shared/scoring';
import { roleLabel } from '../i18n/labels';
import { ChartFrame } from './ChartFrame';
import { MapAxes, MapBoundaries, MapNotEnough, MapSurface } from './MapParts';
import { useChartText, type ChartTheme } from './chart-text';
import { useMarkFocus } from './use-mark-focus';

export interface DebtMapProps {
  /** The scored workshop (only indices, the room's spread, role groups and k are read). */
  result: DebtMapInput;
  /** Earlier workshops of the same team, oldest first: drawn as arrows into today's point. */
  history?: readonly MapHistoryPoint[];
  theme?: ChartTheme;
  /** Show the "what if visibility were restored" slider (default true; off in print-like views). */
  whatIf?: boolean;
}

const TEAM_SIZE = 9;

function diamond(x: number, y: number, size: number): string {
  return `M${x},${y - size}L${x + size},${y}L${x},${y + size}L${x - size},${y}Z`;
}

/** The Debt Interaction Map: Human × Technical Debt over the structural Execution Debt surface. */
export function DebtMap({ result, history, theme = 'default', whatIf = true }: DebtMapProps) {
  const text = useChartText();
  const { t, num } = text;
  const { detail, mark, hoverWithin } = useMarkFocus();
  const [override, setOverride] = useState<number | null>(null);
  const sliderId = useId();
  const groupLabels = useMemo(() => {
    const labels: Record<string, string> = {};
    for (const group of result.groups) {
      if (!group.suppressed)
        labels[group.role] = t('charts.map.groupLabel', {
          role: roleLabel(t, group.role),
          n: group.n,
        });
    }
    return labels;
  }, [result.groups, t]);
  const layout = useMemo(
    () =>
      debtMapLayout(result, {
        visibility: override,
        history: history ?? [],
        groupLabels,
        // The font sizes of `.chart__small` in charts.css (the projector's raised in present.css),
        // so labels are placed where they fit.
        labelFont: theme === 'projector' ? 19 : 11,
      }),
    [result, override, history, groupLabels, theme],
  );
  const teamDeficit = result.indices.visibilityDeficit;
  const axes = <MapAxes layout={layout} text={text} />;

  if (layout.status === 'insufficient') {
    return (
      <ChartFrame
        theme={theme}
        kind="map"
        title={t('charts.map.title')}
        how={t('charts.map.how', { k: result.anonymityThreshold })}
        ariaLabel={t('charts.map.ariaInsufficient')}
        width={layout.width}
        height={layout.height}
        detail={null}
        hint={t('charts.map.insufficient')}
        tableLabel={t('charts.common.showTable')}
        table={<p>{t('charts.map.insufficient')}</p>}
      >
        {() => (
          <>
            {axes}
            <MapNotEnough layout={layout} text={text} />
          </>
        )}
      </ChartFrame>
    );
  }

  const { team, visibility } = layout;
  const values = { human: num(team.humanDebt), technical: num(team.technicalDebt) };
  const teamText =
    team.executionDebt === null
      ? t('charts.map.teamNoSurface', values)
      : t('charts.map.team', {
          ...values,
          value: num(team.executionDebt),
          band: text.bandName(team.band),
        });
  const ariaLabel =
    visibility.value === null
      ? t('charts.map.ariaNoSurface', values)
      : t('charts.map.aria', {
          ...values,
          visibility: num(visibility.value),
          value: num(team.executionDebt),
          band: text.bandName(team.band),
        });
  // A correlation reads as two decimals (0.35), unlike the 0–100 figures' one.
  const corr = new Intl.NumberFormat(text.lang, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const spreadPath = layout.spread?.path ?? null;
  const spreadText = layout.spread
    ? t('charts.map.spreadMark', {
        n: layout.spread.n,
        human: num(layout.spread.meanHuman),
        technical: num(layout.spread.meanTechnical),
        sdHuman: num(layout.spread.sdHuman),
        sdTechnical: num(layout.spread.sdTechnical),
        correlation: corr.format(layout.spread.correlation),
      })
    : '';
  const sliderMax = teamDeficit ?? 100;
  const sliderValue = visibility.value ?? sliderMax;

  const controls = whatIf ? (
    <div className="chart__controls">
      <label htmlFor={sliderId}>{t('charts.map.visibilitySlider')}</label>
      <input
        id={sliderId}
        type="range"
        min={0}
        max={sliderMax}
        step={1}
        value={sliderValue}
        onChange={(event) => setOverride(Number(event.target.value))}
      />
      <output htmlFor={sliderId}>{num(sliderValue)}</output>
      {teamDeficit !== null ? (
        <span>({t('charts.map.visibilityTeam', { value: num(teamDeficit) })})</span>
      ) : null}
      {override !== null ? (
        <button type="button" onClick={() => setOverride(null)}>
          {t('charts.map.reset')}
        </button>
      ) : null}
    </div>
  ) : null;

  const notes = (
    <>
      {visibility.value === null ? (
        <p className="chart__note">{t('charts.map.noVisibility')}</p>
      ) : null}
      {visibility.isOverride && visibility.value !== null && teamDeficit !== null ? (
        <p className="chart__note" role="status">
          {t('charts.map.whatIf', {
            visibility: num(visibility.value),
            team: num(teamDeficit),
            value: num(team.executionDebt),
            band: text.bandName(team.band),
          })}
        </p>
      ) : null}
      {layout.spreadHidden ? (
        <p className="chart__note">
          {t('charts.map.spreadHidden', { k: result.anonymityThreshold })}
        </p>
      ) : null}
      {layout.spread ? (
        <p className="chart__note">
          {t('charts.map.spread', {
            sdHuman: num(layout.spread.sdHuman),
            sdTechnical: num(layout.spread.sdTechnical),
            n: layout.spread.n,
          })}
        </p>
      ) : null}
      {layout.groupsHidden ? (
        <p className="chart__note">
          {t('charts.map.groupsHidden', { k: result.anonymityThreshold })}
        </p>
      ) : null}
    </>
  );

  const structural = (h: number, tech: number): { value: string; band: string } => {
    if (visibility.value === null)
      return { value: t('charts.common.none'), band: t('charts.common.none') };
    const value = Math.round(structuralExecutionDebt(h, tech, visibility.value) * 10) / 10;
    return { value: num(value), band: text.bandName(bandOf(value)) };
  };
  const tableRow = (key: string, label: string, h: number, tech: number) => {
    const derived = structural(h, tech);
    return (
      <tr key={key}>
        <th scope="row">{label}</th>
        <td className="chart__num">{num(h)}</td>
        <td className="chart__num">{num(tech)}</td>
        <td className="chart__num">{derived.value}</td>
        <td>{derived.band}</td>
      </tr>
    );
  };
  const table = (
    <table>
      <caption>{t('charts.map.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('charts.map.colWhat')}</th>
          <th scope="col">{t('charts.map.colHuman')}</th>
          <th scope="col">{t('charts.map.colTechnical')}</th>
          <th scope="col">{t('charts.map.colExecution')}</th>
          <th scope="col">{t('charts.map.colBand')}</th>
        </tr>
      </thead>
      <tbody>
        {tableRow('team', t('charts.map.rowTeam'), team.humanDebt, team.technicalDebt)}
        {layout.history.map((point) =>
          tableRow(
            point.key,
            t('charts.map.rowHistory', { label: point.label }),
            point.humanDebt,
            point.technicalDebt,
          ),
        )}
        {layout.spread ? (
          <tr key="spread">
            <th scope="row">
              {t('charts.map.rowSpread', {
                n: layout.spread.n,
                correlation: corr.format(layout.spread.correlation),
              })}
            </th>
            <td className="chart__num">
              {t('charts.map.meanSd', {
                mean: num(layout.spread.meanHuman),
                sd: num(layout.spread.sdHuman),
              })}
            </td>
            <td className="chart__num">
              {t('charts.map.meanSd', {
                mean: num(layout.spread.meanTechnical),
                sd: num(layout.spread.sdTechnical),
              })}
            </td>
            <td className="chart__num">{t('charts.common.none')}</td>
            <td>{t('charts.common.none')}</td>
          </tr>
        ) : null}
        {layout.groups.map((group) =>
          tableRow(
            group.key,
            t('charts.map.rowGroup', { role: roleLabel(t, group.role), n: group.n }),
            group.humanDebt,
            group.technicalDebt,
          ),
        )}
      </tbody>
    </table>
  );

  return (
    <ChartFrame
      theme={theme}
      kind="map"
      title={t('charts.map.title')}
      how={t('charts.map.how', { k: result.anonymityThreshold })}
      ariaLabel={ariaLabel}
      width={layout.width}
      height={layout.height}
      detail={detail}
      hint={teamText}
      tableLabel={t('charts.common.showTable')}
      table={table}
      controls={controls}
      notes={notes}
    >
      {({ prefix }) => (
        <>
          <defs>
            <clipPath id={`${prefix}-plot`}>
              <rect
                x={layout.plot.x}
                y={layout.plot.y}
                width={layout.plot.width}
                height={layout.plot.height}
              />
            </clipPath>
            <marker
              id={`${prefix}-arrow`}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M0,0L10,5L0,10Z" fill={OKABE_ITO.black} />
            </marker>
          </defs>
          <MapSurface cells={layout.cells} text={text} hoverWithin={hoverWithin} />
          {axes}
          <MapBoundaries boundaries={layout.boundaries} text={text} mark={mark} />
          <g clipPath={`url(#${prefix}-plot)`}>
            {spreadPath !== null ? (
              <path
                d={spreadPath}
                fill="#ffffff"
                fillOpacity={0.25}
                stroke={OKABE_ITO.black}
                strokeWidth={1.5}
                strokeDasharray="3 3"
                {...mark(spreadText)}
              >
                <title>{spreadText}</title>
              </path>
            ) : null}
          </g>
          {layout.groups.map((group) => {
            const label = t('charts.map.group', {
              role: roleLabel(t, group.role),
              n: group.n,
              human: num(group.humanDebt),
              technical: num(group.technicalDebt),
            });
            return (
              <g key={group.key}>
                <circle
                  cx={group.x}
                  cy={group.y}
                  r={MAP_GROUP_RADIUS}
                  fill={MAP_GROUP_FILL}
                  stroke={OKABE_ITO.black}
                  strokeWidth={1.5}
                  {...mark(label)}
                >
                  <title>{label}</title>
                </circle>
                <text
                  x={group.label.x}
                  y={group.label.y}
                  textAnchor={group.label.anchor}
                  className="chart__halo chart__small"
                >
                  {groupLabels[group.role]}
                </text>
              </g>
            );
          })}
          {layout.arrows.map((arrow) => (
            <path
              key={arrow.key}
              d={arrow.path}
              fill="none"
              stroke={OKABE_ITO.black}
              strokeWidth={2}
              markerEnd={`url(#${prefix}-arrow)`}
            />
          ))}
          {layout.history.map((point) => {
            const label = t('charts.map.history', {
              label: point.label,
              human: num(point.humanDebt),
              technical: num(point.technicalDebt),
            });
            return (
              <g key={point.key}>
                <rect
                  x={point.x - 5}
                  y={point.y - 5}
                  width={10}
                  height={10}
                  fill="#ffffff"
                  stroke={OKABE_ITO.black}
                  strokeWidth={1.5}
                  {...mark(label)}
                >
                  <title>{label}</title>
                </rect>
                <text x={point.x + 9} y={point.y - 7} className="chart__halo chart__small">
                  {point.label}
                </text>
              </g>
            );
          })}
          <g>
            <circle
              cx={team.x}
              cy={team.y}
              r={TEAM_SIZE + 5}
              fill="none"
              stroke="#ffffff"
              strokeWidth={3}
            />
            <path
              d={diamond(team.x, team.y, TEAM_SIZE)}
              fill={OKABE_ITO.vermillion}
              stroke={OKABE_ITO.black}
              strokeWidth={1.5}
              {...mark(teamText)}
            >
              <title>{teamText}</title>
            </path>
            <text x={team.x + TEAM_SIZE + 8} y={team.y + 5} className="chart__halo">
              {t('charts.map.teamLabel')}
            </text>
          </g>
        </>
      )}
    </ChartFrame>
  );
}
