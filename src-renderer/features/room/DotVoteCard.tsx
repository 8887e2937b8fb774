import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoomVote } from '../../../shared/room/schemas';
import { roomClient, type RoomResult } from './room-client';
import './dot-vote.css';

/** The refusals a vote can meet, each said in the room's words; anything else by its message. */
const VOTE_ERRORS = ['vote_closed', 'unknown_action', 'too_many_dots', 'voted_elsewhere'];

/**
 * The phone's dot vote: the candidate actions, and this phone's own dots on them, placed and moved
 * with + and −. Nobody else's dots and no tally ever reach the phone.
 */
export function DotVoteCard({ vote, onChanged }: { vote: RoomVote; onChanged: () => void }) {
  const { t } = useTranslation();
  // The host's answer to this phone's last dot, until the page reads the room again: then what
  // the host holds wins (a newer `vote.mine`).
  const [placed, setPlaced] = useState<{ after: RoomVote['mine']; mine: RoomVote['mine'] } | null>(
    null,
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mine = placed && placed.after === vote.mine ? placed.mine : vote.mine;

  const used = Object.values(mine).reduce((sum, dots) => sum + dots, 0);
  const left = Math.max(0, vote.votesPerPerson - used);

  function explain(result: RoomResult<unknown>): string {
    if (result.ok) return '';
    if (result.kind === 'offline') return t('room.phone.errors.offline');
    if (VOTE_ERRORS.includes(result.code)) return t(`room.phone.vote.errors.${result.code}`);
    return t('room.phone.errors.other', { message: result.message });
  }

  async function place(actionId: string, dots: number) {
    setBusy(true);
    setError(null);
    const result = await roomClient.vote(actionId, dots);
    setBusy(false);
    if (result.ok) setPlaced({ after: vote.mine, mine: result.value.mine });
    else {
      setError(explain(result));
      onChanged();
    }
  }

  return (
    <section className="room-card dot-vote-card" aria-labelledby="room-vote-title">
      <h1 id="room-vote-title" className="room-card__title">
        {t('room.phone.vote.title')}
      </h1>
      {vote.open ? (
        <p className="dot-vote-card__left" role="status">
          {t('room.phone.vote.left', { count: left, total: vote.votesPerPerson })}
        </p>
      ) : (
        <div className="room-closed">
          <h2 className="room-card__subtitle">{t('room.phone.vote.closedTitle')}</h2>
          <p>{t('room.phone.vote.closedText')}</p>
        </div>
      )}
      {vote.open ? <p className="room-hint">{t('room.phone.vote.hint')}</p> : null}
      {vote.actions.length === 0 ? (
        <p className="room-hint">{t('room.phone.vote.noActions')}</p>
      ) : (
        <ul className="dot-vote-card__list">
          {vote.actions.map((action) => {
            const dots = mine[action.id] ?? 0;
            return (
              <li key={action.id} className="dot-vote-card__item">
                <p className="dot-vote-card__title" id={`room-vote-${action.id}`}>
                  {action.title}
                </p>
                <div
                  className="dot-vote-card__controls"
                  role="group"
                  aria-labelledby={`room-vote-${action.id}`}
                >
                  <button
                    type="button"
                    className="room-button dot-vote-card__step"
                    disabled={!vote.open || busy || dots === 0}
                    aria-label={t('room.phone.vote.remove', { title: action.title })}
                    onClick={() => void place(action.id, dots - 1)}
                  >
                    −
                  </button>
                  <span className="dot-vote-card__dots" aria-live="polite">
                    <span aria-hidden="true" className="dot-vote-card__marks">
                      {'●'.repeat(dots) || '○'}
                    </span>
                    <span>{t('room.phone.vote.dots', { count: dots })}</span>
                  </span>
                  <button
                    type="button"
                    className="room-button room-button--primary dot-vote-card__step"
                    disabled={!vote.open || busy || left === 0}
                    aria-label={t('room.phone.vote.add', { title: action.title })}
                    onClick={() => void place(action.id, dots + 1)}
                  >
                    +
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {error ? (
        <p className="room-error" role="alert">
          {error}
        </p>
      ) : null}
      <p className="room-hint">{t('room.phone.vote.secret')}</p>
    </section>
  );
}
