import { useEffect, useState } from 'react';
import type { PrivateLock } from '../../../shared/run/api';
import { api } from '../../api/client';
import { hrefFor, parseHash, routeKey, type Route } from '../../router/routes';
import { useAppStore } from '../../store';

export type Gate =
  | { name: 'locked'; lock: PrivateLock }
  /** The screen to show: the route once checked, the previous screen while the check runs. */
  | { name: 'open'; route: Route | null };

/**
 * Private mode holds on every route: the lock state lives in the host, per workshop, and this
 * asks for it on each route change (typed URL, Back, a link), on load (reload, a new tab), when
 * the window regains focus, and when the host refuses a call because of it. A new route is shown
 * only once the host has said no workshop is locked, so no screen renders behind a lock even
 * for a frame; while that check runs the previous screen stays, having been seen already.
 */
export function usePrivateModeGate(route: Route): Gate {
  const lock = useAppStore((state) => state.privateLock);
  const checkPrivateMode = useAppStore((state) => state.checkPrivateMode);
  const key = routeKey(route);
  // The last route the host was asked about: the screen on show.
  const [shown, setShown] = useState<Route | null>(null);

  useEffect(() => {
    let live = true;
    // A host that cannot answer still refuses every closed channel itself; the screen then
    // shows its own "host not reachable" error rather than a blank window.
    const settle = () => live && setShown(parseHash(key));
    checkPrivateMode().then(settle, settle);
    return () => {
      live = false;
    };
  }, [key, checkPrivateMode]);

  useEffect(() => {
    const check = () => void checkPrivateMode().catch(() => undefined);
    const onVisible = () => {
      if (document.visibilityState === 'visible') check();
    };
    window.addEventListener('focus', check);
    document.addEventListener('visibilitychange', onVisible);
    const stop = api.onPrivateMode(check);
    return () => {
      window.removeEventListener('focus', check);
      document.removeEventListener('visibilitychange', onVisible);
      stop();
    };
  }, [checkPrivateMode]);

  // The address follows the lock to its workshop's run screen, so that once the PIN is given
  // the facilitator is back where private mode started, whatever was typed meanwhile.
  const lockedWorkshop = lock?.workshopId;
  useEffect(() => {
    if (lockedWorkshop === undefined) return;
    const home = hrefFor({ name: 'run-workshop', id: lockedWorkshop });
    if (window.location.hash !== home) window.location.replace(home);
  }, [lockedWorkshop, key]);

  if (lock) return { name: 'locked', lock };
  return { name: 'open', route: shown };
}
