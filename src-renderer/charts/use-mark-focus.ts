import { useCallback, useMemo, useState, type FocusEvent, type MouseEvent } from 'react';

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

/** One set of handlers on a group, for every mark in it (focus and mouse events bubble). */
export interface GroupHandlers {
  onFocus(event: FocusEvent<Element>): void;
  onBlur(event: FocusEvent<Element>): void;
  onMouseOver(event: MouseEvent<Element>): void;
  onMouseOut(event: MouseEvent<Element>): void;
}

const MARK_CLASS = 'chart__mark';

/**
 * The sentence of a mark in a `within` group: a focusable element of class `chart__mark` says
 * the label it carries for screen readers, under the chart too.
 */
function quietLabel(target: EventTarget): string | null {
  return target instanceof Element && target.classList.contains(MARK_CLASS)
    ? target.getAttribute('aria-label')
    : null;
}

/**
 * The sentence shown under a chart for the mark last pointed at or focused, as React state.
 * `mark(text)` makes an element focusable and explained. `within` does the same for a group's
 * hundreds of marks with one set of handlers on the group (a portfolio heatmap of 20 teams has
 * 540 cells), and `hoverWithin` explains a group's cells on hover only: the page draws sooner
 * with no closures per mark, and a mark already drawn need not be drawn again to be explained.
 */
export function useMarkFocus() {
  const [detail, setDetail] = useState<string | null>(null);
  const clear = useCallback(() => setDetail(null), []);
  const mark = useCallback(
    (text: string, className = ''): MarkProps => ({
      tabIndex: 0,
      'aria-label': text,
      className: `${MARK_CLASS} ${className}`.trim(),
      onFocus: () => setDetail(text),
      onBlur: clear,
      onMouseEnter: () => setDetail(text),
      onMouseLeave: clear,
    }),
    [clear],
  );
  // Marks with no handlers of their own (class chart__mark, their sentence as aria-label): each
  // says its sentence when focused or pointed at, and clears it when left, as `mark` does.
  const within = useMemo<GroupHandlers>(() => {
    const say = (event: { target: EventTarget }) => {
      const text = quietLabel(event.target);
      if (text !== null) setDetail(text);
    };
    const leave = (event: { target: EventTarget }) => {
      if (quietLabel(event.target) !== null) clear();
    };
    return { onFocus: say, onBlur: leave, onMouseOver: say, onMouseOut: leave };
  }, [clear]);
  // Hover only, with no tab stop, for a group of hundreds of cells that would otherwise swamp
  // keyboard users (a map's shaded ground): the cell pointed at is described only when the
  // pointer arrives, rather than hundreds of sentences written on every redraw that nobody reads.
  // `describe` finds it from the element pointed at (null: an element that says nothing).
  const hoverWithin = useCallback(
    (describe: (target: Element) => string | null) => ({
      onMouseOver: (event: MouseEvent<Element>) => {
        const text = event.target instanceof Element ? describe(event.target) : null;
        if (text !== null) setDetail(text);
      },
      onMouseOut: clear,
    }),
    [clear],
  );
  return { detail, mark, within, hoverWithin };
}
