/** What changed, published after the change was committed; listeners refetch what they show. */
export interface WorkshopEvent {
  /**
   * `vote`: a dot placed or taken back (the count of voters changed, nothing else is told);
   * `candidates`: an action added, removed, chosen, unchosen or renamed.
   */
  type: 'run' | 'response' | 'evidence' | 'comment' | 'parking' | 'vote' | 'candidates';
  workshopId: string;
}

export type WorkshopEventListener = (event: WorkshopEvent) => void;

export interface EventBus {
  publish(event: WorkshopEvent): void;
  /** Listens to every event; returns the unsubscribe function. */
  subscribe(listener: WorkshopEventListener): () => void;
}

/** A tiny synchronous bus; a failing listener is dropped from this delivery, never the others. */
export function createEventBus(): EventBus {
  const listeners = new Set<WorkshopEventListener>();
  return {
    publish(event) {
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch {
          // A broken connection must not stop the write that published, nor other listeners.
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * The process's one bus: services publish to it, the HTTP host's event stream and the Electron
 * windows listen. Events carry only a workshop id, so sharing it between hosts is harmless.
 */
export const workshopEvents: EventBus = createEventBus();
