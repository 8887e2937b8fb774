import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant, Workshop } from '../../../shared/domain/workshop';
import { factorLabel, instrumentOf } from '../../../shared/instrument';
import { InstrumentProvider } from '../../charts/instrument-context';
import {
  capturesClientStatements,
  capturesStatements,
  nextSection,
  previousSection,
  sectionItems,
  type AgendaSection,
} from '../../../shared/run/agenda';
import type { PresenterState, RunView } from '../../../shared/run/api';
import { formatDuration, timerOf, workshopRemainingMs } from '../../../shared/run/timer';
import { api } from '../../api/client';
import { PageHeading } from '../../components/PageHeading';
import { hrefFor } from '../../router/routes';
import { useAppStore } from '../../store';
import { InterventionsPanel } from '../interventions/InterventionsPanel';
import { AggregateView } from '../present/AggregateView';
import { AgendaPanel } from './AgendaPanel';
import { CaptureGrid, type CaptureItem } from './CaptureGrid';
import { DecisionReplayEditor, RealityCheckEditor } from './EvidenceEditor';
import { SectionTimer } from './SectionTimer';
import { SidePanels } from './SidePanels';
import { RoomPanel } from '../room/RoomPanel';
import { sectionPrompt, sectionTitle } from './section-text';
import { useHostNow } from './use-now';
import type { AnswerSet } from '../../store/run-slice';
import './run.css';

const SOUND_KEY = 'edw.run.sound';

function readSound(): boolean {
  try {
    return window.localStorage.getItem(SOUND_KEY) === 'on';
  } catch {
    return false;
  }
}

/** `#/workshops/<id>/run`: the facilitator's screen for the live workshop. */
export function RunScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const workshop = useAppStore((state) => state.workshopById[id]);
  const participants = useAppStore((state) => state.participantsByWorkshop[id]);
  const view = useAppStore((state) => state.runViews[id]);
  const loadWorkshop = useAppStore((state) => state.loadWorkshop);
  const loadParticipants = useAppStore((state) => state.loadParticipants);
  const startRun = useAppStore((state) => state.startRun);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all([loadWorkshop(id), loadParticipants(id), startRun(id)])
      .then(() => loadWorkshop(id))
      .catch(
        (error: unknown) =>
          live && setFailure(error instanceof Error ? error.message : String(error)),
      );
    return () => {
      live = false;
    };
  }, [id, loadWorkshop, loadParticipants, startRun]);

  const title = workshop?.title ?? t('workshop.titleLoading');
  if (failure) {
    return (
      <div className="screen">
        <PageHeading title={title}>{title}</PageHeading>
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      </div>
    );
  }
  if (!workshop || !participants || !view) {
    return (
      <div className="screen">
        <p role="status">{t('common.loading')}</p>
      </div>
    );
  }
  return (
    <InstrumentProvider value={instrumentOf(workshop.instrumentVersion)}>
      <RunLayout workshop={workshop} view={view} participants={participants} />
    </InstrumentProvider>
  );
}

function RunLayout({
  workshop,
  view,
  participants,
}: {
  workshop: Workshop;
  view: RunView;
  participants: Participant[];
}) {
  const { t } = useTranslation();
  const runCommand = useAppStore((state) => state.runCommand);
  const loadAnswers = useAppStore((state) => state.loadAnswers);
  const undoAnswer = useAppStore((state) => state.undoAnswer);
  const announce = useAppStore((state) => state.announce);
  const now = useHostNow();
  const [sound, setSound] = useState(readSound);
  const [pinDialog, setPinDialog] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const workshopId = workshop.id;
  const language = workshop.language;

  const section: AgendaSection | undefined = view.agenda.find(
    (item) => item.id === view.state.currentSectionId,
  );
  const instrument = instrumentOf(workshop.instrumentVersion);
  const clientStatements = useAppStore((state) => state.clientStatementsByWorkshop[workshopId]);
  const loadClientStatements = useAppStore((state) => state.loadClientStatements);
  const asksClient = section !== undefined && capturesClientStatements(section);
  const items = useMemo<CaptureItem[]>(() => {
    if (!section) return [];
    if (capturesClientStatements(section)) {
      return (clientStatements ?? []).map((statement) => ({
        id: statement.id,
        text: statement.text,
        meta: statement.reversed
          ? `${t('clientStatements.gridMeta', { lng: language })} (${t('clientStatements.reversed', { lng: language })})`
          : t('clientStatements.gridMeta', { lng: language }),
        keyed: statement.reversed ? 'debt' : 'health',
      }));
    }
    return sectionItems(instrument, section).map((item) => ({
      id: item.id,
      text: item.text[language],
      meta: factorLabel(instrument, item.factor, language),
      keyed: item.keyed,
    }));
  }, [section, instrument, clientStatements, language, t]);
  const round = section?.round ?? 1;

  // Other windows and in-room devices change the run and the answers too; a short pause lets a
  // burst of typing settle into one refresh.
  const refreshRun = useAppStore((state) => state.refreshRun);
  const capturing: AnswerSet | null = !section
    ? null
    : capturesClientStatements(section)
      ? 'client'
      : capturesStatements(section)
        ? section.round
        : null;
  const sectionId = section?.id;
  useEffect(() => {
    if (sectionId !== undefined && capturing !== null) void loadAnswers(workshopId, capturing);
  }, [workshopId, sectionId, capturing, loadAnswers]);
  // The client's statements change on the workshop screen, maybe in another window, mid-run.
  useEffect(() => {
    if (asksClient) void loadClientStatements(workshopId).catch(() => undefined);
  }, [workshopId, sectionId, asksClient, loadClientStatements]);
  useEffect(() => {
    let timer: number | null = null;
    const unsubscribe = api.subscribe(workshopId, () => {
      if (timer !== null) return;
      timer = window.setTimeout(() => {
        timer = null;
        void refreshRun(workshopId).catch(() => undefined);
        if (capturing !== null) void loadAnswers(workshopId, capturing).catch(() => undefined);
        if (capturing === 'client') void loadClientStatements(workshopId).catch(() => undefined);
      }, 300);
    });
    return () => {
      unsubscribe();
      if (timer !== null) window.clearTimeout(timer);
    };
  }, [workshopId, capturing, refreshRun, loadAnswers, loadClientStatements]);

  const act = useCallback(
    (promise: Promise<unknown>) =>
      promise.then(
        () => setError(null),
        (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
      ),
    [],
  );

  const go = useCallback(
    (target: AgendaSection | undefined) => {
      if (target) void act(runCommand('run:goto', { workshopId, sectionId: target.id }));
    },
    [act, runCommand, workshopId],
  );

  const timer = section ? timerOf(section) : null;
  const running = timer?.startedAt !== null && timer !== null;

  const toggleTimer = useCallback(() => {
    if (!section) return;
    void act(
      runCommand('run:timer', {
        workshopId,
        sectionId: section.id,
        action: running ? 'pause' : 'start',
      }),
    );
  }, [act, runCommand, workshopId, section, running]);

  const extend = useCallback(
    (minutes: number) => {
      if (section)
        void act(runCommand('agenda:extend', { workshopId, sectionId: section.id, minutes }));
    },
    [act, runCommand, workshopId, section],
  );

  const reveal = useCallback(() => {
    void act(runCommand('run:reveal', { workshopId, revealed: !view.state.revealed }));
  }, [act, runCommand, workshopId, view.state.revealed]);

  useEffect(() => {
    if (view.state.locked) return;
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'z') {
        const target = event.target as HTMLElement | null;
        if (target?.closest('input, textarea, select, [role="grid"]')) return;
        event.preventDefault();
        void undoAnswer();
        return;
      }
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const actions: Record<string, () => void> = {
        ArrowRight: () => go(nextSection(view.agenda, view.state.currentSectionId)),
        ArrowLeft: () => go(previousSection(view.agenda, view.state.currentSectionId)),
        KeyS: toggleTimer,
        KeyR: reveal,
        KeyE: () => extend(5),
        KeyG: () =>
          document
            .querySelector<HTMLElement>('.capture-grid [tabindex="0"], .evidence__draft input')
            ?.focus(),
      };
      const action = actions[event.code] ?? actions[event.key];
      if (action) {
        event.preventDefault();
        action();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [view, go, toggleTimer, reveal, extend, undoAnswer]);

  const overall = workshopRemainingMs(view.agenda, now);
  const sTitle = section ? sectionTitle(t, section, language) : '';
  const position = section
    ? view.agenda.filter((s) => !s.skipped).findIndex((s) => s.id === section.id) + 1
    : 0;
  const activeCount = view.agenda.filter((s) => !s.skipped).length;

  function openPresenter() {
    const url = `${window.location.pathname}${hrefFor({ name: 'present', id: workshopId })}`;
    window.open(url, `edw-present-${workshopId}`);
    announce(t('run.presenterOpened'));
  }

  return (
    <div className="run">
      <div className="run__bar">
        <div className="run__heading">
          <p className="breadcrumb run__crumb">
            <a href={hrefFor({ name: 'workshop', id: workshopId })}>{workshop.title}</a>
          </p>
          <PageHeading title={`${sTitle} · ${workshop.title}`}>
            <span className="run__position">
              {t('run.position', { n: position, total: activeCount })}
            </span>{' '}
            <span lang={language}>{sTitle}</span>
            {round === 2 ? (
              <span className="badge badge--running run__round">{t('run.round2')}</span>
            ) : null}
          </PageHeading>
        </div>
        {timer ? <SectionTimer timer={timer} now={now} sound={sound} /> : null}
        <div
          className="run__overall"
          aria-label={t('run.overallLabel', { time: formatDuration(overall) })}
        >
          <span className="run__overall-label">{t('run.overall')}</span>
          <span className="run__overall-time">{formatDuration(overall)}</span>
        </div>
      </div>

      <div className="run__controls" role="toolbar" aria-label={t('run.controls')}>
        <button
          type="button"
          className="button"
          onClick={() => go(previousSection(view.agenda, view.state.currentSectionId))}
          title="Alt+←"
        >
          ← {t('run.previous')}
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={() => go(nextSection(view.agenda, view.state.currentSectionId))}
          title="Alt+→"
        >
          {t('run.next')} →
        </button>
        <button type="button" className="button" onClick={toggleTimer} title="Alt+S">
          {running ? t('run.pause') : t('run.start')}
        </button>
        <button type="button" className="button" onClick={() => extend(1)}>
          {t('run.plusMinutes', { count: 1 })}
        </button>
        <button type="button" className="button" onClick={() => extend(5)} title="Alt+E">
          {t('run.plusMinutes', { count: 5 })}
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={view.state.revealed}
          onClick={reveal}
          title={`${t('run.revealFrozen')} (Alt+R)`}
        >
          {view.state.revealed ? t('run.hideResult') : t('run.reveal')}
        </button>
        {section && section.kind === 'statements' && section.round === 1 ? (
          <button
            type="button"
            className="button"
            onClick={() =>
              void act(runCommand('run:revote', { workshopId, sectionId: section.id }))
            }
          >
            {t('run.revote')}
          </button>
        ) : null}
        {section && (capturesStatements(section) || (asksClient && items.length > 0)) ? (
          <button type="button" className="button" onClick={() => setPinDialog(true)}>
            {t('run.privateMode')}
          </button>
        ) : null}
        <button type="button" className="button" onClick={openPresenter}>
          {t('run.openPresenter')}
        </button>
        <label className="run__sound">
          <input
            type="checkbox"
            checked={sound}
            onChange={(event) => {
              setSound(event.target.checked);
              try {
                window.localStorage.setItem(SOUND_KEY, event.target.checked ? 'on' : 'off');
              } catch {
                // Not remembered; it still applies now.
              }
            }}
          />{' '}
          {t('run.sound')}
        </label>
      </div>
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}

      <div className="run__layout">
        <AgendaPanel
          workshopId={workshopId}
          agenda={view.agenda}
          currentId={view.state.currentSectionId}
          now={now}
          language={language}
        />
        <div className="run__main">
          {section ? (
            <>
              {sectionPrompt(t, section, language) ? (
                <p className="run__prompt" lang={language}>
                  {sectionPrompt(t, section, language)}
                </p>
              ) : null}
              {view.state.revealed ? <RevealPreview workshop={workshop} /> : null}
              <SectionBody
                workshop={workshop}
                section={section}
                participants={participants}
                items={items}
                onClose={() => void act(runCommand('run:close', { workshopId }))}
                status={view.status}
              />
              <SidePanels workshopId={workshopId} sectionId={section.id} />
              <RoomPanel workshopId={workshopId} />
            </>
          ) : (
            <p>{t('run.noSection')}</p>
          )}
        </div>
      </div>

      {pinDialog ? (
        <PinDialog
          onCancel={() => setPinDialog(false)}
          // Once locked, the app shows the lock screen in place of this one (App.tsx).
          onLock={async (pin) => {
            await runCommand('run:lock', { workshopId, pin });
          }}
        />
      ) : null}
    </div>
  );
}

function SectionBody({
  workshop,
  section,
  participants,
  items,
  onClose,
  status,
}: {
  workshop: Workshop;
  section: AgendaSection;
  participants: Participant[];
  items: CaptureItem[];
  onClose: () => void;
  status: RunView['status'];
}) {
  const { t } = useTranslation();
  switch (section.kind) {
    case 'statements':
    case 'revote':
      return (
        <CaptureGrid
          key={`${section.id}:${section.round}`}
          workshopId={workshop.id}
          participants={participants}
          items={items}
          round={section.round}
          language={workshop.language}
          label={t('run.grid.label', { round: section.round })}
        />
      );
    case 'client_statements':
      // Kept apart from the instrument's answers and never scored; no section is left empty,
      // but the last statement may be removed while the run is on this one.
      return items.length === 0 ? (
        <p className="notice">{t('clientStatements.noneInSection')}</p>
      ) : (
        <CaptureGrid
          key={`${section.id}:client`}
          workshopId={workshop.id}
          participants={participants}
          items={items}
          round="client"
          language={workshop.language}
          label={t('clientStatements.gridLabel')}
          flagStraightLining={false}
        />
      );
    case 'reality_check':
      return (
        <RealityCheckEditor
          key={section.id}
          workshopId={workshop.id}
          language={workshop.language}
        />
      );
    case 'decision_replay':
      return (
        <DecisionReplayEditor
          key={section.id}
          workshopId={workshop.id}
          language={workshop.language}
        />
      );
    case 'interventions':
      return <InterventionsPanel workshopId={workshop.id} />;
    case 'reveal':
      return <p className="muted">{t('run.revealHint')}</p>;
    case 'close':
      return (
        <div className="run__close">
          {status === 'closed' ? (
            <p className="notice">{t('run.closed')}</p>
          ) : (
            <button type="button" className="button button--primary" onClick={onClose}>
              {t('run.closeWorkshop')}
            </button>
          )}
        </div>
      );
    default:
      return null;
  }
}

/** What the projector shows on reveal, so the facilitator sees it too. */
function RevealPreview({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation();
  const view = useAppStore((state) => state.runViews[workshop.id]);
  const [state, setState] = useState<PresenterState | null>(null);
  useEffect(() => {
    let live = true;
    api.call('presenter:state', { workshopId: workshop.id }).then(
      (next) => live && setState(next),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [workshop.id, view]);
  if (!state?.result) return null;
  return (
    <details className="card run__preview" open>
      <summary>{t('run.preview')}</summary>
      <AggregateView result={state.result} language={workshop.language} t={t} k={state.k} />
    </details>
  );
}

function PinDialog({
  onCancel,
  onLock,
}: {
  onCancel: () => void;
  onLock: (pin: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!/^\d{4,6}$/.test(pin)) {
      setError(t('run.pin.invalid'));
      return;
    }
    try {
      await onLock(pin);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }
  return (
    <div className="run-modal" role="dialog" aria-modal="true" aria-labelledby="pin-title">
      <form className="card run-modal__box" onSubmit={submit}>
        <h2 id="pin-title" className="card__title">
          {t('run.pin.title')}
        </h2>
        <p>{t('run.pin.lead')}</p>
        <label className="field">
          <span className="field__label">{t('run.pin.label')}</span>
          <input
            autoFocus
            className="input input--short"
            type="password"
            inputMode="numeric"
            autoComplete="off"
            value={pin}
            onChange={(event) => setPin(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') onCancel();
            }}
          />
        </label>
        {error ? (
          <p className="field__error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button button--primary">
            {t('run.pin.lock')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('run.pin.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
