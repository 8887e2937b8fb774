import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A chart's table alternative built only once its `<details>` is first opened: the portfolio's
 * has a cell per team and column (540 for 20 teams), which would double the nodes the screen
 * draws for a table most readers never open. Once built it stays, so find-in-page keeps working.
 */
export function LazyTable({ children }: { children: () => ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const details = ref.current?.closest('details');
    if (!details) {
      setOpen(true);
      return;
    }
    if (details.open) setOpen(true);
    const onToggle = () => {
      if (details.open) setOpen(true);
    };
    details.addEventListener('toggle', onToggle);
    return () => details.removeEventListener('toggle', onToggle);
  }, []);
  return <div ref={ref}>{open ? children() : null}</div>;
}
