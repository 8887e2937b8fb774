/** The results screen's tabs: the short summary first, then each part of the detail. */
export const RESULTS_TABS = [
  'summary',
  'maps',
  'web',
  'dimensions',
  'evidence',
  'groups',
  'convergence',
  'findings',
] as const;
export type ResultsTab = (typeof RESULTS_TABS)[number];

function isResultsTab(value: string | undefined): value is ResultsTab {
  return (RESULTS_TABS as readonly (string | undefined)[]).includes(value);
}

/** The screens the app can show; the URL hash is the single source of truth for which one. */
export type Route =
  | { name: 'home' }
  | { name: 'new-workshop' }
  | { name: 'workshop'; id: string }
  | { name: 'edit-workshop'; id: string }
  | { name: 'workshop-results'; id: string; tab?: ResultsTab }
  | { name: 'workshop-actions'; id: string }
  | { name: 'workshop-trend'; id: string }
  | { name: 'workshop-paper'; id: string }
  | { name: 'run-workshop'; id: string }
  | { name: 'present'; id: string }
  | { name: 'about' }
  | { name: 'instrument-health' }
  | { name: 'backups' }
  | { name: 'branding' }
  | { name: 'portfolio' }
  | { name: 'not-found'; path: string };

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** Reads a location hash (`#/workshops/abc/edit`) into a route. */
export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/^\/+|\/+$/g, '');
  if (path === '') return { name: 'home' };
  const parts = path.split('/');
  if (parts.length === 1 && parts[0] === 'about') return { name: 'about' };
  if (parts.length === 1 && parts[0] === 'instrument-health') return { name: 'instrument-health' };
  if (parts.length === 1 && parts[0] === 'backups') return { name: 'backups' };
  if (parts.length === 1 && parts[0] === 'branding') return { name: 'branding' };
  if (parts.length === 1 && parts[0] === 'portfolio') return { name: 'portfolio' };
  if (parts[0] === 'present' && parts.length === 2 && parts[1] !== undefined) {
    const id = decode(parts[1]);
    if (id) return { name: 'present', id };
  }
  if (parts[0] === 'workshops') {
    if (parts.length === 2 && parts[1] === 'new') return { name: 'new-workshop' };
    const id = parts[1] === undefined ? null : decode(parts[1]);
    if (id) {
      if (parts.length === 2) return { name: 'workshop', id };
      if (parts.length === 3 && parts[2] === 'run') return { name: 'run-workshop', id };
      if (parts.length === 3 && parts[2] === 'edit') return { name: 'edit-workshop', id };
      if (parts.length === 3 && parts[2] === 'results') return { name: 'workshop-results', id };
      // The summary has no segment of its own: `#/workshops/<id>/results` is where it lives.
      if (parts.length === 4 && parts[2] === 'results' && isResultsTab(parts[3])) {
        return parts[3] === 'summary'
          ? { name: 'workshop-results', id }
          : { name: 'workshop-results', id, tab: parts[3] };
      }
      if (parts.length === 3 && parts[2] === 'actions') return { name: 'workshop-actions', id };
      if (parts.length === 3 && parts[2] === 'trend') return { name: 'workshop-trend', id };
      if (parts.length === 3 && parts[2] === 'paper') return { name: 'workshop-paper', id };
    }
  }
  return { name: 'not-found', path: `/${path}` };
}

/** The hash link for a route, for `href` attributes and `navigate`. */
export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'new-workshop':
      return '#/workshops/new';
    case 'workshop':
      return `#/workshops/${encodeURIComponent(route.id)}`;
    case 'edit-workshop':
      return `#/workshops/${encodeURIComponent(route.id)}/edit`;
    case 'workshop-results':
      return route.tab === undefined || route.tab === 'summary'
        ? `#/workshops/${encodeURIComponent(route.id)}/results`
        : `#/workshops/${encodeURIComponent(route.id)}/results/${route.tab}`;
    case 'workshop-actions':
      return `#/workshops/${encodeURIComponent(route.id)}/actions`;
    case 'workshop-trend':
      return `#/workshops/${encodeURIComponent(route.id)}/trend`;
    case 'workshop-paper':
      return `#/workshops/${encodeURIComponent(route.id)}/paper`;
    case 'run-workshop':
      return `#/workshops/${encodeURIComponent(route.id)}/run`;
    case 'present':
      return `#/present/${encodeURIComponent(route.id)}`;
    case 'about':
      return '#/about';
    case 'instrument-health':
      return '#/instrument-health';
    case 'backups':
      return '#/backups';
    case 'branding':
      return '#/branding';
    case 'portfolio':
      return '#/portfolio';
    case 'not-found':
      return `#${route.path}`;
  }
}

/** A stable key for a route, so screens remount (and focus moves) when it changes. */
export function routeKey(route: Route): string {
  return hrefFor(route);
}

/**
 * The key a screen remounts (and the focus moves to its heading) on: the route, except that
 * switching results tabs keeps the screen, its loaded data and the focus on the tab moved to.
 */
export function screenKey(route: Route): string {
  if (route.name === 'workshop-results') return hrefFor({ name: route.name, id: route.id });
  return routeKey(route);
}
