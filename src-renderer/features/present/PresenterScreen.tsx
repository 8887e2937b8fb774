import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectionKind } from '../../../shared/run/agenda';
import type { PresenterState } from '../../../shared/run/api';
import { formatDuration } from '../../../shared/run/timer';
import { api } from '../../api/client';
import { SectionTimer } from '../run/SectionTimer';
import { sectionPrompt, sectionTitle } from '../run/section-text';
import { instrumentOf } from '../../../shared/instrument';
import { InstrumentProvider } from '../../charts/instrument-context';
import { RoomJoinCard } from '../room/RoomJoinCard';
import { BrandStrip, useWorkshopBranding } from '../branding/BrandStrip';
import { PROJECTOR_VIEWS } from './views';
import './present.css';

/** Refetches at most this often when answers stream in, so a fast room does not flood the host. */
const REFRESH_GAP_MS = 150;
/**
 * The agreed plan and the candidates change through channels that publish no event, so while they
 * are on the wall the projector also asks again this often.
 */
const POLL_MS = 2_000;
const POLLED_KINDS: ReadonlySet<SectionKind> = new Set(['interventions', 'close']);
/** Sections whose prompt is their content: their view shows it in large type. */
const PROMPT_IS_CONTENT: ReadonlySet<SectionKind> = new Set(['framing', 'custom']);

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
  const polled = state?.section ? POLLED_KINDS.has(state.section.kind) : false;
  const branding = useWorkshopBranding(id);

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
    const poll = polled ? window.setInterval(fetchState, POLL_MS) : null;
    return () => {
      live = false;
      unsubscribe();
      if (poll !== null) window.clearInterval(poll);
      if (pending.current !== null) window.clearTimeout(pending.current);
    };
  }, [id, polled]);

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
  const revealedResult =
    state.revealed &&
    (state.result !== null ||
      state.maps !== null ||
      (state.clientStatements?.some((statement) => statement.summary !== null) ?? false));
  const View = section ? PROJECTOR_VIEWS[section.kind] : null;
  // While the room is joining (before the first section, in the framing or before anyone has
  // answered) the join code and QR take half the screen; later a strip, and none once revealed.
  const joining =
    !section ||
    section.kind === 'framing' ||
    (state.progress !== null && state.progress.answers === 0);

  return (
    <InstrumentProvider value={instrumentOf(state.instrumentVersion)}>
      <div
        className={`present${joining ? ' present--joining' : ''}`}
        lang={language}
        data-kind={section?.kind ?? 'none'}
      >
        <BrandStrip branding={branding} logoAlt={t('branding.logoPreview')} />
        <header className="present__top">
          <span className="present__workshop">{state.workshopTitle}</span>
          {section ? (
            <span>{t('run.position', { n: section.position, total: section.total })}</span>
          ) : null}
          <span className="present__overall">
            {t('run.present.workshopLeft', { time: formatDuration(overall) })}
          </span>
        </header>
        {section && View ? (
          <main
            className={`present__main ${revealedResult ? 'present__main--revealed' : 'present__main--waiting'}`}
          >
            <div className="present__head">
              <div className="present__heading">
                <h1 className="present__title">
                  {sectionTitle(t, section, language)}
                  {/* A re-vote section is named "Re-vote" already: the round would say it twice. */}
                  {section.round === 2 && section.kind !== 'revote' ? (
                    <span className="present__round"> · {t('run.round2')}</span>
                  ) : null}
                </h1>
                {revealedResult || PROMPT_IS_CONTENT.has(section.kind) ? null : (
                  <p className="present__prompt">{sectionPrompt(t, section, language)}</p>
                )}
              </div>
              <SectionTimer timer={section.timer} now={hostNow} size="huge" language={language} />
            </div>
            <div className="present__body">
              <View state={{ ...state, section }} language={language} t={t} />
            </div>
          </main>
        ) : (
          <main className="present__main">
            <h1 className="present__title">{t('run.present.waiting')}</h1>
          </main>
        )}
        {state.revealed ? null : (
          <div className="present__join">
            <RoomJoinCard workshopId={id} />
          </div>
        )}
      </div>
    </InstrumentProvider>
  );
}
