import { useSyncExternalStore } from 'react';
import { hrefFor, parseHash, type Route } from './routes';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = () => window.location.hash;

/** The route named by the current hash; re-renders on every hash change. */
export function useRoute(): Route {
  return parseHash(useSyncExternalStore(subscribe, currentHash));
}

/** Goes to a route, adding a history entry so Back works as people expect. */
export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}
