import type { Tick } from '../../shared/charts/geometry';

export interface PlotBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Horizontal grid lines across the plot, each with its value written at the left edge. */
export function ValueGrid({
  ticks,
  plot,
  format,
}: {
  ticks: readonly Tick[];
  plot: PlotBox;
  format: (value: number) => string;
}) {
  return (
    <>
      {ticks.map((tick) => (
        <g key={`y${tick.value}`}>
          <line
            className="chart__grid"
            x1={plot.x}
            x2={plot.x + plot.width}
            y1={tick.position}
            y2={tick.position}
          />
          <text x={plot.x - 8} y={tick.position + 4} textAnchor="end" className="chart__small">
            {format(tick.value)}
          </text>
        </g>
      ))}
    </>
  );
}
