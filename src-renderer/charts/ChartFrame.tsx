import { useId, type ReactNode } from 'react';
import type { ChartTheme } from './chart-text';
import './charts.css';

interface ChartFrameProps {
  theme?: ChartTheme;
  kind: string;
  title: string;
  how: string;
  ariaLabel: string;
  width: number;
  height: number;
  /** Sentence for the mark in focus; the hint shows while nothing is. */
  detail: string | null;
  hint: string;
  tableLabel: string;
  table: ReactNode;
  controls?: ReactNode;
  /** Visible text under the picture (notes, lists) that must not depend on hovering. */
  notes?: ReactNode;
  children: (ids: { prefix: string }) => ReactNode;
}

/** The shell every chart shares: title, how to read it, the SVG, a live detail line and a table alternative. */
export function ChartFrame({
  theme = 'default',
  kind,
  title,
  how,
  ariaLabel,
  width,
  height,
  detail,
  hint,
  tableLabel,
  table,
  controls,
  notes,
  children,
}: ChartFrameProps) {
  // SVG ids (patterns, markers, clips) must be unique per chart on the page and safe inside url(#…).
  const prefix = `chart${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <figure className={`chart chart--${kind} chart--${theme}`} data-theme={theme}>
      <figcaption className="chart__caption">
        <h3 className="chart__title">{title}</h3>
        <p className="chart__how">{how}</p>
      </figcaption>
      {controls}
      <svg
        className="chart__svg"
        role="img"
        aria-label={ariaLabel}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        preserveAspectRatio="xMidYMin meet"
        style={{ maxWidth: theme === 'projector' ? undefined : `${width}px` }}
      >
        {children({ prefix })}
      </svg>
      <p className="chart__detail" aria-live="polite">
        {detail ?? hint}
      </p>
      {notes}
      <details className="chart__table">
        <summary>{tableLabel}</summary>
        {table}
      </details>
    </figure>
  );
}
