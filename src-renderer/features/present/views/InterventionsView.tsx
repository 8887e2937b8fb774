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

/**
 * The dot vote's line above the candidates: how many have voted and, until the reveal, that the
 * dots stay hidden; once revealed by fewer than k, that no tally is shown.
 */
function VoteStatus({
  votes,
  k,
  t,
}: {
  votes: NonNullable<ProjectorViewProps['state']['votes']>;
  k: number;
  t: ProjectorViewProps['t'];
}) {
  const status =
    votes.status === 'secret'
      ? t('present.interventions.votes.secret')
      : votes.status === 'withheld'
        ? t('present.interventions.votes.withheld', { k })
        : t('present.interventions.votes.shown');
  return (
    <p className="present-vote-status" role="status">
      <strong>
        {t('present.interventions.votes.voted', { count: votes.voters, total: votes.participants })}
      </strong>{' '}
      · {status}
    </p>
  );
}

/** Interventions: the candidates the room weighs, most urgent first, then the room's own. */
export function InterventionsView({ state, t }: ProjectorViewProps) {
  const candidates = state.candidates;
  const votes = state.votes;
  const label = t('present.interventions.items');
  const items = useMemo((): PagerItem[] => {
    const rows = (candidates ?? []).map((candidate) => {
      // Dots only once the vote is revealed by at least k voters (presenter.ts, vote-tally.ts).
      const dots = votes?.dots && candidate.selected ? (votes.dots[candidate.id] ?? 0) : null;
      return {
        key: candidate.id,
        group: 'candidates',
        groupLabel: label,
        node: (
          <CandidateRow
            candidate={candidate}
            t={t}
            tally={dots === null ? null : t('present.interventions.votes.dots', { count: dots })}
          />
        ),
      };
    });
    if (!votes) return rows;
    return [
      {
        key: 'votes',
        group: 'candidates',
        groupLabel: label,
        node: <VoteStatus votes={votes} k={state.k} t={t} />,
      },
      ...rows,
    ];
  }, [candidates, votes, label, t, state.k]);
  if (!candidates) return null;
  if (candidates.length === 0)
    return <p className="present-empty">{t('present.interventions.empty')}</p>;
  return <Pager items={items} version={JSON.stringify([candidates, votes])} t={t} />;
}
