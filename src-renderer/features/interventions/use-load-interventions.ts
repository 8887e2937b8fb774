import { useEffect, useState } from 'react';
import { useAppStore } from '../../store';
import { errorMessage } from '../../store/workshops-slice';

/**
 * Loads a workshop's recommendations and actions into the store when a screen shows them, and
 * says why when that failed; a screen left before the answer comes ignores it.
 */
export function useLoadInterventions(workshopId: string): string | null {
  const loadInterventions = useAppStore((state) => state.loadInterventions);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    loadInterventions(workshopId).catch(
      (error: unknown) => current && setLoadError(errorMessage(error)),
    );
    return () => {
      current = false;
    };
  }, [workshopId, loadInterventions]);
  return loadError;
}
