import type { ApiErrorBody } from '../../shared/api/errors';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/api/contract';

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** What the Electron preload exposes as `window.edw`; absent in browser mode. */
export interface DesktopBridge {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    edw?: DesktopBridge;
  }
}

/** A failed call, carrying the contract's error body (code, message, field issues). */
export class ApiCallError extends Error {
  constructor(readonly body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiCallError';
  }

  /** Field-level messages keyed by path (`title`, `participants[2].alias`). */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const issue of this.body.issues ?? []) out[issue.path] ??= issue.message;
    return out;
  }
}

export type Transport = (channel: string, input: unknown) => Promise<Result<unknown>>;

const httpTransport: Transport = async (channel, input) => {
  let response: Response;
  try {
    response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return {
      ok: false,
      error: {
        code: 'internal',
        message: 'The local app host is not reachable. Is it still running?',
      },
    };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, value: body };
  const error = body as Partial<ApiErrorBody> | null;
  return {
    ok: false,
    error: {
      code: error?.code ?? 'internal',
      message: error?.message ?? `The host answered ${response.status}.`,
      ...(error?.issues ? { issues: error.issues } : {}),
    },
  };
};

function pickTransport(): Transport {
  const bridge = typeof window !== 'undefined' ? window.edw : undefined;
  return bridge ? (channel, input) => bridge.invoke(channel, input) : httpTransport;
}

/** The renderer's one API client; it does not know whether IPC or HTTP carries the call. */
export function createApi(transport: Transport = pickTransport()) {
  const privateModeListeners = new Set<() => void>();
  return {
    async call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
      const result = await transport(channel, input);
      if (!result.ok) {
        if (result.error.code === 'private_mode')
          for (const listener of privateModeListeners) listener();
        throw new ApiCallError(result.error);
      }
      return result.value as ChannelOutput<C>;
    },
    /**
     * Calls `listener` whenever the host refuses a call because a workshop is in private mode,
     * so a screen that did not know (another tab, a stale view) gives way to the lock at once.
     */
    onPrivateMode(listener: () => void): () => void {
      privateModeListeners.add(listener);
      return () => privateModeListeners.delete(listener);
    },
    /** Calls `onChange` whenever the host commits a change to that workshop; returns the unsubscribe. */
    subscribe(workshopId: string, onChange: () => void): () => void {
      return subscribeToWorkshop(workshopId, onChange);
    },
  };
}

function subscribeToWorkshop(workshopId: string, onChange: () => void): () => void {
  if (typeof window === 'undefined') return () => undefined;
  const bridge = window.edw;
  if (bridge) {
    return bridge.on('run:changed', (payload) => {
      const event = payload as { workshopId?: unknown } | null;
      if (event?.workshopId === workshopId) onChange();
    });
  }
  if (typeof EventSource === 'undefined') return () => undefined;
  // EventSource reconnects by itself (the host asks for 2 s); a reconnect may have missed
  // events, so it counts as a change too.
  const source = new EventSource(`/api/events?workshop=${encodeURIComponent(workshopId)}`);
  source.onmessage = () => onChange();
  source.onopen = () => onChange();
  return () => source.close();
}

export type Api = ReturnType<typeof createApi>;
export const api: Api = createApi();
