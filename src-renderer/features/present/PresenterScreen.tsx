import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PresenterState } from '../../../shared/run/api';
import { formatDuration } from '../../../shared/run/timer';
import { api } from '../../api/client';
import { SectionTimer } from '../run/SectionTimer';
import { sectionPrompt, sectionTitle } from '../run/section-text';
import { AggregateView } from './AggregateView';
import { instrumentOf } from '../../../shared/instrument';
import { InstrumentProvider } from '../../charts/instrument-context';
import { RoomJoinCard } from '../room/RoomJoinCard';
import { PresenterMaps } from './PresenterMaps';
import './present.css';

/** Refetches at most this often when answers stream in, so a fast room does not flood the host. */
const REFRESH_GAP_MS = 150;

/**
 * `#/present/<id>`: the projector. It reads only `presenter:state` (prompts, time, counts and
 * aggregates), follows the run live over the event stream, and speaks the workshop's language.
 */
export function PresenterScreen({ id }: { id: string }) {
  const [state, setState] = useState<PresenterState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [offset, setOffset] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  const pending = useRef<number | null>(null);

  useEffect(() => {
    let live = true;
    const fetchState = () => {
      api.call('presenter:state', { workshopId: id }).then(
        (next) => {
          if (!live) return;
          setState(next);
          setOffset(next.now - Date.now());
          setError(null);
        },
        (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
      );
    };
    fetchState();
    const unsubscribe = api.subscribe(id, () => {
      if (pending.current !== null) return;
      pending.current = window.setTimeout(() => {
        pending.current = null;
        fetchState();
      }, REFRESH_GAP_MS);
    });
    return () => {
      live = false;
      unsubscribe();
      if (pending.current !== null) window.clearTimeout(pending.current);
    };
  }, [id]);

  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(timer);
  }, []);

  const language = state?.language ?? 'en';
  const { t } = useTranslation(undefined, { lng: language });

  useEffect(() => {
    document.title = state
      ? `${t('run.present.title')} · ${state.workshopTitle}`
      : t('run.present.title');
  }, [state, t]);

  if (error) {
    return (
      <div className="present">
        <p className="present__error" role="alert">
          {error}
        </p>
      </div>
    );
  }
  if (!state) return <div className="present" aria-busy="true" />;

  const hostNow = now + offset;
  const section = state.section;
  const overall =
    state.workshop.remainingMs - (state.workshop.running ? Math.max(0, hostNow - state.now) : 0);
  const progress = state.progress;

  return (
    <InstrumentProvider value={instrumentOf(state.instrumentVersion)}>
      <div className="present" lang={language}>
        <header className="present__top">
          <span className="present__workshop">{state.workshopTitle}</span>
          {section ? (
            <span>{t('run.position', { n: section.position, total: section.total })}</span>
          ) : null}
          <span className="present__overall">
            {t('run.present.workshopLeft', { time: formatDuration(overall) })}
          </span>
        </header>
        {section ? (
          <main
            className={`present__main ${state.revealed && state.result ? 'present__main--revealed' : 'present__main--waiting'}`}
          >
            <div className="present__head">
              <div>
                <h1 className="present__title">
                  {sectionTitle(t, section, language)}
                  {section.round === 2 ? (
                    <span className="present__round"> · {t('run.round2')}</span>
                  ) : null}
                </h1>
                {state.revealed && state.result ? null : (
                  <p className="present__prompt">{sectionPrompt(t, section, language)}</p>
                )}
              </div>
              <SectionTimer timer={section.timer} now={hostNow} size="huge" />
            </div>
            {progress && !(state.revealed && state.result) ? (
              <div className="present__progress">
                <p className="present__answered" role="status">
                  {t('run.present.answered', {
                    n: progress.completed,
                    total: progress.participants,
                  })}
                </p>
                <div
                  className="present__bar"
                  role="progressbar"
                  aria-label={t('run.present.answersProgress')}
                  aria-valuemin={0}
                  aria-valuemax={progress.participants * progress.statements}
                  aria-valuenow={progress.answers}
                >
                  <span
                    style={{
                      width: `${
                        progress.participants * progress.statements === 0
                          ? 0
                          : (progress.answers / (progress.participants * progress.statements)) * 100
                      }%`,
                    }}
                  />
                </div>
              </div>
            ) : null}
            {/* In Reveal & discuss the maps come first: they are what the room talks about. */}
            {state.revealed && section.kind === 'reveal' && state.maps ? (
              <PresenterMaps maps={state.maps} language={language} />
            ) : null}
            {state.revealed && state.result ? (
              <AggregateView result={state.result} language={language} t={t} k={state.k} />
            ) : null}
          </main>
        ) : (
          <main className="present__main">
            <h1 className="present__title">{t('run.present.waiting')}</h1>
          </main>
        )}
        {state.revealed ? null : <RoomJoinCard workshopId={id} />}
      </div>
    </InstrumentProvider>
  );
}
