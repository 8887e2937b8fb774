import { describe, expect, it } from 'vitest';
import { hrefFor, parseHash, type Route } from '../../src-renderer/router/routes';

describe('hash routes', () => {
  it('reads every screen the app links to', () => {
    expect(parseHash('')).toEqual({ name: 'home' });
    expect(parseHash('#/')).toEqual({ name: 'home' });
    expect(parseHash('#/workshops/new')).toEqual({ name: 'new-workshop' });
    expect(parseHash('#/workshops/w_42')).toEqual({ name: 'workshop', id: 'w_42' });
    expect(parseHash('#/workshops/w_42/edit')).toEqual({ name: 'edit-workshop', id: 'w_42' });
    expect(parseHash('#/about/')).toEqual({ name: 'about' });
    expect(parseHash('#/portfolio')).toEqual({ name: 'portfolio' });
  });

  it('round-trips ids that need escaping', () => {
    const routes: Route[] = [
      { name: 'workshop', id: 'a b/ñ?#' },
      { name: 'edit-workshop', id: '100%' },
      { name: 'new-workshop' },
      { name: 'about' },
      { name: 'portfolio' },
      { name: 'home' },
    ];
    for (const route of routes) expect(parseHash(hrefFor(route))).toEqual(route);
  });

  it('sends unknown or malformed paths to the not-found screen', () => {
    expect(parseHash('#/nowhere')).toEqual({ name: 'not-found', path: '/nowhere' });
    expect(parseHash('#/workshops/abc/delete')).toMatchObject({ name: 'not-found' });
    expect(parseHash('#/workshops/%E0%A4%A')).toMatchObject({ name: 'not-found' });
    expect(parseHash('#/workshops')).toMatchObject({ name: 'not-found' });
  });
});
