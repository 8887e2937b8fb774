import { useMemo } from 'react';
import { useInstrument } from '../../../charts/instrument-context';
import { Pager, type PagerItem } from '../Pager';
import { PresenterMaps } from '../PresenterMaps';
import { aggregateItems } from './aggregate-items';
import type { ProjectorViewProps } from './view-props';

/**
 * Reveal & discuss: first the two maps, each a page sized to the screen so the room reads them
 * without scrolling; then the factors and statements of round 1, a page at a time.
 */
export function RevealView({ state, language, t }: ProjectorViewProps) {
  const instrument = useInstrument();
  const { maps, result } = state.revealed ? state : { maps: null, result: null };
  const items = useMemo((): PagerItem[] => {
    const mapItem: PagerItem[] = maps
      ? (['map', 'web'] as const).map((chart) => ({
          key: chart,
          group: `maps-${chart}`,
          groupLabel: t(`present.reveal.${chart}`),
          node: <PresenterMaps maps={maps} language={language} chart={chart} />,
        }))
      : [];
    return [
      ...mapItem,
      ...(result ? aggregateItems(result, instrument, language, t, state.k) : []),
    ];
  }, [maps, result, instrument, language, t, state.k]);
  if (items.length === 0) return null;
  return <Pager items={items} version={JSON.stringify([maps, result])} t={t} />;
}
