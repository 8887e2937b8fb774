import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_VOTES_PER_PERSON, type Action, type VoteGridRow } from '../../../shared/interventions';
import { api } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useAppStore } from '../../store';
import { errorMessage } from '../../store/workshops-slice';

/**
 * The room's dot vote as the facilitator runs it: dots per person, how many have voted (never a
 * tally before the reveal), the reveal itself, and the grid for participants without a phone.
 */
export function DotVote({ workshopId, actions }: { workshopId: string; actions: Action[] }) {
  const { t } = useTranslation();
  const vote = useAppStore((state) => state.voteByWorkshop[workshopId]);
  const grid = useAppStore((state) => state.voteGridByWorkshop[workshopId]);
  const loadVoteGrid = useAppStore((state) => state.loadVoteGrid);
  const revealVote = useAppStore((state) => state.revealVote);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const refresh = () => void loadVoteGrid(workshopId).catch(() => undefined);
    refresh();
    // Phones vote meanwhile: the count of voters follows them (it is all a phone's dot tells).
    return api.subscribe(workshopId, refresh);
  }, [workshopId, loadVoteGrid]);

  if (!vote) return null;
  const revealed = vote.revealedAt !== null;
  const { tally } = vote;

  async function reveal() {
    setBusy(true);
    setError(null);
    try {
      await revealVote(workshopId);
      setConfirming(false);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="dot-vote" aria-labelledby="dot-vote-title">
      <div className="dot-vote__head">
        <h3 id="dot-vote-title" className="interventions__heading">
          {t('interventions.vote.title')}
        </h3>
        <VotesPerPersonField workshopId={workshopId} locked={revealed || tally.voters > 0} />
      </div>
      <p className="dot-vote__status" role="status" aria-live="polite">
        {t('interventions.vote.voted', { count: tally.voters, total: vote.participants })}{' '}
        {tally.status === 'secret'
          ? t('interventions.vote.secret')
          : tally.status === 'withheld'
            ? t('interventions.vote.withheld', { voters: tally.voters })
            : t('interventions.vote.shown')}
      </p>
      {!revealed ? (
        <>
          <p className="muted">{t('interventions.vote.how', { count: vote.votesPerPerson })}</p>
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            {t('interventions.vote.reveal')}
          </button>
        </>
      ) : null}
      {error && !confirming ? (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      ) : null}
      {grid && actions.length > 0 ? (
        <VoteGridTable
          workshopId={workshopId}
          actions={actions}
          rows={grid.rows}
          votesPerPerson={vote.votesPerPerson}
          locked={revealed}
        />
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={t('interventions.vote.confirmTitle')}
          confirmLabel={t('interventions.vote.reveal')}
          cancelLabel={t('common.cancel')}
          busy={busy}
          error={error}
          onConfirm={() => void reveal()}
          onCancel={() => {
            setConfirming(false);
            setError(null);
          }}
        >
          <p>{t('interventions.vote.confirmText', { count: tally.voters })}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

function VotesPerPersonField({ workshopId, locked }: { workshopId: string; locked: boolean }) {
  const { t } = useTranslation();
  const vote = useAppStore((state) => state.voteByWorkshop[workshopId]);
  const setVotesPerPerson = useAppStore((state) => state.setVotesPerPerson);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  if (!vote) return null;

  async function change(value: number) {
    if (!Number.isInteger(value) || value < 1 || value > MAX_VOTES_PER_PERSON) return;
    setError(null);
    try {
      await setVotesPerPerson(workshopId, value);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  return (
    <div className="vote-budget">
      <label htmlFor={id} className="vote-budget__label">
        {t('interventions.votes.perPerson')}
      </label>
      <input
        id={id}
        className="input input--compact vote-budget__input"
        type="number"
        min={1}
        max={MAX_VOTES_PER_PERSON}
        value={vote.votesPerPerson}
        disabled={locked}
        aria-describedby={locked ? `${id}-locked` : undefined}
        onChange={(event) => void change(Number(event.target.value))}
      />
      {locked ? (
        <span id={`${id}-locked`} className="muted">
          {t('interventions.votes.fixed')}
        </span>
      ) : null}
      {error ? (
        <p role="alert" className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** One row per participant: dots the facilitator places for someone without a phone. */
function VoteGridTable({
  workshopId,
  actions,
  rows,
  votesPerPerson,
  locked,
}: {
  workshopId: string;
  actions: Action[];
  rows: VoteGridRow[];
  votesPerPerson: number;
  locked: boolean;
}) {
  const { t } = useTranslation();
  const placeDots = useAppStore((state) => state.placeDots);
  const [error, setError] = useState<string | null>(null);

  async function place(participantId: string, actionId: string, dots: number) {
    setError(null);
    try {
      await placeDots(workshopId, actionId, participantId, dots);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  return (
    <details className="vote-grid">
      <summary>{t('interventions.vote.gridTitle')}</summary>
      <p className="muted">{t('interventions.vote.gridHint')}</p>
      {error ? (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      ) : null}
      <div className="vote-grid__scroll">
        <table className="vote-grid__table">
          <thead>
            <tr>
              <th scope="col">{t('interventions.vote.participant')}</th>
              {actions.map((action) => (
                <th key={action.id} scope="col">
                  {action.title}
                </th>
              ))}
              <th scope="col">{t('interventions.vote.left')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              if (row.channel === 'phone') {
                return (
                  <tr key={row.participantId}>
                    <th scope="row">{row.alias}</th>
                    <td colSpan={actions.length + 1} className="muted">
                      {t('interventions.vote.onPhone')}
                    </td>
                  </tr>
                );
              }
              const used = Object.values(row.dots).reduce<number>((sum, dots) => sum + dots, 0);
              return (
                <tr key={row.participantId}>
                  <th scope="row">{row.alias}</th>
                  {actions.map((action) => {
                    const dots = row.dots[action.id] ?? 0;
                    const room = votesPerPerson - used + dots;
                    return (
                      <td key={action.id}>
                        <select
                          className="input input--compact"
                          value={dots}
                          disabled={locked}
                          aria-label={t('interventions.vote.cellLabel', {
                            alias: row.alias,
                            title: action.title,
                          })}
                          onChange={(event) =>
                            void place(row.participantId, action.id, Number(event.target.value))
                          }
                        >
                          {Array.from({ length: Math.max(dots, room) + 1 }, (_, n) => (
                            <option key={n} value={n}>
                              {n}
                            </option>
                          ))}
                        </select>
                      </td>
                    );
                  })}
                  <td>{Math.max(0, votesPerPerson - used)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}
