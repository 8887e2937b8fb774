import type { MouseEvent } from 'react';
import type { BandBoundary, MapFrame, SurfaceCell } from '../../shared/charts';
import { OKABE_ITO } from '../../shared/charts';
import type { ChartText } from './chart-text';
import type { MarkProps } from './use-mark-focus';
import { ValueGrid } from './ValueGrid';

/**
 * The parts every Debt Interaction Map draws the same way (a team's map, the portfolio's): the
 * axes with their ticks and titles, the shaded surface and the labelled band boundaries.
 */

export function MapAxes({ layout, text }: { layout: MapFrame; text: ChartText }) {
  const { t, num } = text;
  return (
    <g>
      {layout.xTicks.map((tick) => (
        <g key={`x${tick.value}`}>
          <line
            className="chart__grid"
            x1={tick.position}
            x2={tick.position}
            y1={layout.plot.y}
            y2={layout.plot.y + layout.plot.height}
          />
          <text
            x={tick.position}
            y={layout.plot.y + layout.plot.height + 20}
            textAnchor="middle"
            className="chart__small"
          >
            {num(tick.value)}
          </text>
        </g>
      ))}
      <ValueGrid ticks={layout.yTicks} plot={layout.plot} format={num} />
      <rect
        className="chart__axis"
        x={layout.plot.x}
        y={layout.plot.y}
        width={layout.plot.width}
        height={layout.plot.height}
      />
      <text x={layout.axisLabels.x.x} y={layout.axisLabels.x.y} textAnchor="middle">
        {t('charts.map.axisHuman')}
      </text>
      <text
        x={layout.axisLabels.y.x}
        y={layout.axisLabels.y.y}
        textAnchor="middle"
        transform={`rotate(-90 ${layout.axisLabels.y.x} ${layout.axisLabels.y.y})`}
      >
        {t('charts.map.axisTechnical')}
      </text>
    </g>
  );
}

interface HoverProps {
  onMouseOver(event: MouseEvent<Element>): void;
  onMouseOut(event: MouseEvent<Element>): void;
}

/** Said in the middle of the plot when the map has nothing it may place. */
export function MapNotEnough({ layout, text }: { layout: MapFrame; text: ChartText }) {
  return (
    <text
      x={layout.plot.x + layout.plot.width / 2}
      y={layout.plot.y + layout.plot.height / 2}
      textAnchor="middle"
      className="chart__muted"
    >
      {text.t('charts.common.notEnough')}
    </text>
  );
}

/**
 * The shaded ground: explained on hover only, as hundreds of cells would swamp the keyboard. The
 * group explains the cell pointed at (a cell is found by its place among the group's rects), so
 * the 625 cells carry no handlers of their own; they share the group's crisp edges too.
 */
export function MapSurface({
  cells,
  text,
  hoverWithin,
}: {
  cells: readonly SurfaceCell[];
  text: ChartText;
  hoverWithin(describe: (target: Element) => string | null): HoverProps;
}) {
  const { t, num } = text;
  const describe = (target: Element): string | null => {
    const group = target.parentElement;
    if (group === null || target.tagName !== 'rect') return null;
    const cell = cells[Array.prototype.indexOf.call(group.children, target)];
    return cell
      ? t('charts.map.cell', {
          human: num(cell.humanDebt),
          technical: num(cell.technicalDebt),
          value: num(cell.value),
          band: text.bandName(cell.band),
        })
      : null;
  };
  return (
    <g aria-hidden="true" shapeRendering="crispEdges" {...hoverWithin(describe)}>
      {cells.map((cell) => (
        <rect
          key={cell.key}
          x={cell.x}
          y={cell.y}
          width={cell.width}
          height={cell.height}
          fill={cell.fill}
        />
      ))}
    </g>
  );
}

/** The band boundaries: a dashed line on a white casing, with its band and floor beside it. */
export function MapBoundaries({
  boundaries,
  text,
  mark,
}: {
  boundaries: readonly BandBoundary[];
  text: ChartText;
  mark(sentence: string): MarkProps;
}) {
  const { t } = text;
  return (
    <>
      {boundaries.map((boundary) => {
        const label = t('charts.map.boundary', {
          band: text.bandName(boundary.band),
          floor: boundary.floor,
        });
        return (
          <g key={boundary.band}>
            <path d={boundary.path} fill="none" stroke="#ffffff" strokeWidth={5} />
            <path
              d={boundary.path}
              fill="none"
              stroke={OKABE_ITO.black}
              strokeWidth={2}
              strokeDasharray="8 4"
              {...mark(
                t('charts.map.boundaryDetail', {
                  band: text.bandName(boundary.band),
                  floor: boundary.floor,
                }),
              )}
            >
              <title>{label}</title>
            </path>
            <text
              x={boundary.label.x}
              y={boundary.label.y}
              textAnchor="end"
              className="chart__halo chart__small"
            >
              {label}
            </text>
          </g>
        );
      })}
    </>
  );
}
