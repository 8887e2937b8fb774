import { useEffect, useRef } from 'react';
import { Announcer } from './components/Announcer';
import { Header } from './components/Header';
import { AboutScreen } from './features/about/AboutScreen';
import { NotFoundScreen } from './features/NotFoundScreen';
import { HomeScreen } from './features/workshops/HomeScreen';
import { EditWorkshopScreen, NewWorkshopScreen } from './features/workshops/WorkshopFormScreen';
import { WorkshopScreen } from './features/workshops/WorkshopScreen';
import { routeKey, type Route } from './router/routes';
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
    case 'about':
      return <AboutScreen />;
    case 'not-found':
      return <NotFoundScreen path={route.path} />;
  }
}

/** The app shell: header, the screen the hash names, and the live region. */
export function App() {
  const route = useRoute();
  const key = routeKey(route);
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
