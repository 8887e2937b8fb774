import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
} from 'react';
import type { TFunction } from 'i18next';

/** One block of a projector page: a row, a heading or a whole chart. */
export interface PagerItem {
  key: string;
  /** Items of one group on a page share a labelled region (e.g. "Factors"). */
  group: string;
  groupLabel: string;
  node: ReactNode;
  /** A heading: never left alone at the foot of a page. */
  keepWithNext?: boolean;
}

/** How long each page stays up before the next, so a long section runs by itself. */
export const PAGE_MS = 15_000;

/** Indexes of the items per page: as many as fit `height`, a heading moved on with what it heads. */
export function packPages(
  boxes: readonly { top: number; bottom: number; keepWithNext: boolean }[],
  height: number,
): number[][] {
  const pages: number[][] = [];
  let page: number[] = [];
  let start = 0;
  boxes.forEach((box, index) => {
    if (page.length > 0 && box.bottom - start > height) {
      const moved: number[] = [];
      while (page.length > 1 && boxes[page[page.length - 1] ?? 0]?.keepWithNext) {
        moved.unshift(page.pop() ?? 0);
      }
      pages.push(page);
      page = moved;
      start = boxes[moved[0] ?? index]?.top ?? box.top;
    }
    if (page.length === 0) start = box.top;
    page.push(index);
  });
  if (page.length > 0) pages.push(page);
  return pages;
}

function groupsOf(items: readonly PagerItem[]) {
  const groups: { group: string; label: string; items: PagerItem[] }[] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last?.group === item.group) last.items.push(item);
    else groups.push({ group: item.group, label: item.groupLabel, items: [item] });
  }
  return groups;
}

/**
 * Shows a long list a page at a time, each page as much as fits the projector without scrolling,
 * with "Page 2 of 4" below. Pages turn by themselves every PAGE_MS, or with the arrow and page
 * keys on the projector. `version` changes whenever the content does, so the pages are measured
 * again (live rows arrive while the room watches); so does a resize.
 */
export function Pager({
  items,
  version,
  t,
}: {
  items: readonly PagerItem[];
  version: string;
  t: TFunction;
}) {
  const viewport = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState(() => `${window.innerWidth}x${window.innerHeight}`);
  // The viewport's own height, handed to items that fill a page (the maps) as --pager-height.
  const [height, setHeight] = useState(0);
  const measureKey = `${version}|${size}|${height}|${items.length}`;
  const [layout, setLayout] = useState<{ key: string; pages: number[][] } | null>(null);
  const [page, setPage] = useState(0);
  const measured = layout?.key === measureKey ? layout.pages : null;
  const pageCount = measured?.length ?? 1;
  const current = Math.min(page, pageCount - 1);

  useEffect(() => {
    const onResize = () => setSize(`${window.innerWidth}x${window.innerHeight}`);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);

  // Measured before the browser paints, so the room never sees the unpaged list.
  useLayoutEffect(() => {
    if (measured || !viewport.current) return;
    const box = viewport.current.getBoundingClientRect();
    if (Math.round(box.height) !== height) {
      setHeight(Math.round(box.height));
      return;
    }
    const elements = viewport.current.querySelectorAll<HTMLElement>('[data-pager-item]');
    const boxes = [...elements].map((element, index) => {
      const rect = element.getBoundingClientRect();
      return {
        top: rect.top - box.top,
        bottom: rect.bottom - box.top,
        keepWithNext: items[index]?.keepWithNext === true,
      };
    });
    // A little room for the gaps between regions, which belong to no item.
    setLayout({ key: measureKey, pages: packPages(boxes, Math.max(1, box.height - 8)) });
  }, [measured, measureKey, items, height]);

  useEffect(() => {
    if (pageCount < 2) return undefined;
    const turn = window.setInterval(() => setPage((value) => (value + 1) % pageCount), PAGE_MS);
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'ArrowRight' || event.key === 'PageDown') {
        setPage((value) => (Math.min(value, pageCount - 1) + 1) % pageCount);
      } else if (event.key === 'ArrowLeft' || event.key === 'PageUp') {
        setPage((value) => (Math.min(value, pageCount - 1) - 1 + pageCount) % pageCount);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.clearInterval(turn);
      window.removeEventListener('keydown', onKey);
    };
  }, [pageCount]);

  const shown = measured
    ? (measured[current] ?? []).flatMap((index) => (items[index] ? [items[index]] : []))
    : items;
  return (
    <div className="pager">
      <div
        className="pager__viewport"
        ref={viewport}
        style={{ '--pager-height': `${height}px` } as CSSProperties}
      >
        {groupsOf(shown).map((group) => (
          <section
            key={`${group.group}:${group.items[0]?.key ?? ''}`}
            className={`pager__group pager__group--${group.group}`}
            aria-label={group.label}
          >
            {group.items.map((item) => (
              <div key={item.key} className="pager__item" data-pager-item="">
                {item.node}
              </div>
            ))}
          </section>
        ))}
      </div>
      {/* Always laid out, so the pages are measured with the line below them in place. */}
      <p
        className="pager__indicator"
        aria-live="polite"
        style={pageCount > 1 ? undefined : { visibility: 'hidden' }}
      >
        <span className="pager__dots" aria-hidden="true">
          {Array.from({ length: pageCount }, (_, index) => (
            <span
              key={index}
              className={index === current ? 'pager__dot pager__dot--on' : 'pager__dot'}
            />
          ))}
        </span>
        {t('present.page', { n: current + 1, total: pageCount })}
      </p>
    </div>
  );
}
