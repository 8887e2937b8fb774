import { useEffect, useState } from 'react';
import { useAppStore } from '../../store';

/** The host's clock, re-read every `everyMs`, so countdowns on every window agree. */
export function useHostNow(everyMs = 250): number {
  const offset = useAppStore((state) => state.runClockOffsetMs);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now + offset;
}
