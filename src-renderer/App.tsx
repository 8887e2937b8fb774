import { useEffect, useRef } from 'react';
import { Announcer } from './components/Announcer';
import { Header } from './components/Header';
import { AboutScreen } from './features/about/AboutScreen';
import { BackupsScreen } from './features/backups/BackupsScreen';
import { BrandingScreen } from './features/branding/BrandingScreen';
import { TrendScreen } from './features/followup/TrendScreen';
import { ActionsScreen } from './features/interventions/ActionsScreen';
import { PaperScreen } from './features/paper/PaperScreen';
import { InstrumentHealthScreen } from './features/instrument-health/InstrumentHealthScreen';
import { NotFoundScreen } from './features/NotFoundScreen';
import { PortfolioScreen } from './features/portfolio/PortfolioScreen';
import { PresenterScreen } from './features/present/PresenterScreen';
import { ParticipantRoom } from './features/room/ParticipantRoom';
import { isRoomPage } from './features/room/room-client';
import { PrivateMode } from './features/run/PrivateMode';
import { RunScreen } from './features/run/RunScreen';
import { usePrivateModeGate } from './features/run/use-private-mode-gate';
import { ResultsScreen } from './features/results/ResultsScreen';
import { HomeScreen } from './features/workshops/HomeScreen';
import { EditWorkshopScreen, NewWorkshopScreen } from './features/workshops/WorkshopFormScreen';
import { WorkshopScreen } from './features/workshops/WorkshopScreen';
import { parseHash, routeKey, screenKey, type Route } from './router/routes';
import { useRoute } from './router/use-route';

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return <HomeScreen />;
    case 'new-workshop':
      return <NewWorkshopScreen />;
    case 'workshop':
      return <WorkshopScreen id={route.id} />;
    case 'edit-workshop':
      return <EditWorkshopScreen id={route.id} />;
    case 'workshop-results':
      return <ResultsScreen id={route.id} tab={route.tab} />;
    case 'workshop-actions':
      return <ActionsScreen id={route.id} />;
    case 'workshop-trend':
      return <TrendScreen id={route.id} />;
    case 'workshop-paper':
      return <PaperScreen id={route.id} />;
    case 'run-workshop':
      return <RunScreen id={route.id} />;
    case 'present':
      return <PresenterScreen id={route.id} />;
    case 'about':
      return <AboutScreen />;
    case 'instrument-health':
      return <InstrumentHealthScreen />;
    case 'backups':
      return <BackupsScreen />;
    case 'branding':
      return <BrandingScreen />;
    case 'portfolio':
      return <PortfolioScreen />;
    case 'not-found':
      return <NotFoundScreen path={route.path} />;
  }
}

/**
 * A window opened on the presenter view is the projector: it shows aggregates only, so it keeps
 * showing them while private mode is on. Any other window that goes there meets the lock.
 */
const PROJECTOR_WINDOW =
  typeof window !== 'undefined' && parseHash(window.location.hash).name === 'present';

/** The app shell: header, the screen the hash names, and the live region. */
export function App() {
  const route = useRoute();
  // A phone in room mode gets its own page only, whatever the hash says.
  if (isRoomPage()) return <ParticipantRoom />;
  if (PROJECTOR_WINDOW && route.name === 'present') {
    return <PresenterScreen key={routeKey(route)} id={route.id} />;
  }
  return <FacilitatorApp route={route} />;
}

/** The facilitator's windows: every route passes the private-mode lock first. */
function FacilitatorApp({ route: requested }: { route: Route }) {
  const gate = usePrivateModeGate(requested);
  // Nothing else is rendered while locked: no screen behind the lock to focus, click or read.
  if (gate.name === 'locked') return <PrivateMode lock={gate.lock} />;
  return gate.route ? <Shell route={gate.route} /> : null;
}

function Shell({ route }: { route: Route }) {
  const key = screenKey(route);
  const mainRef = useRef<HTMLElement>(null);
  const firstScreen = useRef(true);

  useEffect(() => {
    // A hash change does not move focus by itself; without this, keyboard and screen-reader
    // users would stay on the link they followed. The first screen keeps the browser's default.
    if (firstScreen.current) {
      firstScreen.current = false;
      return;
    }
    const main = mainRef.current;
    (main?.querySelector<HTMLElement>('h1') ?? main)?.focus();
  }, [key]);

  // The projector shows the presenter view alone: no app bar, nothing to click.
  if (route.name === 'present') return <PresenterScreen key={key} id={route.id} />;
  return (
    <>
      <Header route={route} />
      <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
        <Screen key={key} route={route} />
      </main>
      <Announcer />
    </>
  );
}
