import { useMemo } from 'react';
import { useInstrument } from '../../../charts/instrument-context';
import { Pager } from '../Pager';
import { aggregateItems } from './aggregate-items';
import { Progress } from './Progress';
import type { ProjectorViewProps } from './view-props';

/**
 * A section of statements (or its re-vote): how far the room has got while it answers; once
 * revealed, the factors and every statement's answers as they were at the reveal, paged.
 */
export function StatementsView(props: ProjectorViewProps) {
  const { state, language, t } = props;
  const instrument = useInstrument();
  const result = state.revealed ? state.result : null;
  const items = useMemo(
    () => (result ? aggregateItems(result, instrument, language, t, state.k) : []),
    [result, instrument, language, t, state.k],
  );
  if (!result) return <Progress {...props} />;
  return <Pager items={items} version={JSON.stringify(result)} t={t} />;
}
