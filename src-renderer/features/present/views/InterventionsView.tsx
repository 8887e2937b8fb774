import { useMemo, type ReactNode } from 'react';
import type { PresenterCandidate } from '../../../../shared/run/api';
import { Pager, type PagerItem } from '../Pager';
import type { ProjectorViewProps } from './view-props';

/**
 * One candidate: its rank (or "the room's own"), its title and one line on why; the last column
 * is kept for the room's dot-vote tally, so the row keeps its shape when tallies arrive.
 */
export function CandidateRow({
  candidate,
  tally,
  t,
}: {
  candidate: PresenterCandidate;
  tally?: ReactNode;
  t: ProjectorViewProps['t'];
}) {
  return (
    <div
      className={
        candidate.selected ? 'present-candidate present-candidate--chosen' : 'present-candidate'
      }
    >
      <span className="present-candidate__rank">
        {candidate.rank === null ? t('present.interventions.own') : `#${candidate.rank}`}
      </span>
      <span className="present-candidate__body">
        <span className="present-row__title">{candidate.title}</span>
        {candidate.why ? <span className="present-candidate__why">{candidate.why}</span> : null}
        {candidate.selected ? (
          <span className="present-chip present-chip--good">
            {t('present.interventions.inPlan')}
          </span>
        ) : null}
      </span>
      <span className="present-candidate__tally">{tally}</span>
    </div>
  );
}

/** Interventions: the candidates the room weighs, most urgent first, then the room's own. */
export function InterventionsView({ state, t }: ProjectorViewProps) {
  const candidates = state.candidates;
  const label = t('present.interventions.items');
  const items = useMemo(
    (): PagerItem[] =>
      (candidates ?? []).map((candidate) => ({
        key: candidate.id,
        group: 'candidates',
        groupLabel: label,
        node: <CandidateRow candidate={candidate} t={t} />,
      })),
    [candidates, label, t],
  );
  if (!candidates) return null;
  if (items.length === 0)
    return <p className="present-empty">{t('present.interventions.empty')}</p>;
  return <Pager items={items} version={JSON.stringify(candidates)} t={t} />;
}
