import { useCallback, useState } from 'react';

/** What a focusable mark spreads onto its SVG element. */
export interface MarkProps {
  tabIndex: 0;
  'aria-label': string;
  className: string;
  onFocus(): void;
  onBlur(): void;
  onMouseEnter(): void;
  onMouseLeave(): void;
}

/**
 * The sentence shown under a chart for the mark last pointed at or focused, as React state.
 * `mark(text)` makes an element focusable and explained; `hover(text)` explains without a tab stop
 * (for the hundreds of surface cells that would otherwise swamp keyboard users).
 */
export function useMarkFocus() {
  const [detail, setDetail] = useState<string | null>(null);
  const clear = useCallback(() => setDetail(null), []);
  const mark = useCallback(
    (text: string, className = ''): MarkProps => ({
      tabIndex: 0,
      'aria-label': text,
      className: `chart__mark ${className}`.trim(),
      onFocus: () => setDetail(text),
      onBlur: clear,
      onMouseEnter: () => setDetail(text),
      onMouseLeave: clear,
    }),
    [clear],
  );
  // The text is written only when the pointer arrives: hundreds of surface cells would otherwise
  // format hundreds of sentences on every redraw that nobody reads.
  const hover = useCallback(
    (describe: () => string) => ({
      onMouseEnter: () => setDetail(describe()),
      onMouseLeave: clear,
    }),
    [clear],
  );
  return { detail, mark, hover };
}
