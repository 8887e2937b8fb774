import {
  RoomAliases,
  RoomAnswerSaved,
  RoomError,
  RoomJoined,
  RoomView,
  RoomVote,
  type RoomErrorCode,
} from '../../../shared/room/schemas';
import { z } from 'zod';
import type { Language } from '../../../shared/domain/workshop';
import { Branding } from '../../../shared/branding/branding';

/** How a call to the room host ended: a value, a refusal the phone can explain, or no network. */
export type RoomResult<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      kind: 'refused';
      status: number;
      code: RoomErrorCode;
      message: string;
      /** Seconds the room asks this phone to wait before trying again (429 only). */
      retryAfterS?: number;
    }
  | { ok: false; kind: 'offline' };

async function call<S extends z.ZodType>(
  schema: S,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<RoomResult<z.output<S>>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      // The device cookie is same-origin, HttpOnly: the browser sends it, scripts never see it.
      credentials: 'same-origin',
      cache: 'no-store',
      ...(body === undefined
        ? {}
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
  } catch {
    return { ok: false, kind: 'offline' };
  }
  const json: unknown = await response.json().catch(() => null);
  if (response.ok) {
    const parsed = schema.safeParse(json);
    if (parsed.success) return { ok: true, value: parsed.data };
    return { ok: false, kind: 'refused', status: 502, code: 'internal', message: 'Bad reply' };
  }
  // A proxy or a restarting host can answer 502/503 without our body: treat it as unreachable.
  if (response.status >= 500) return { ok: false, kind: 'offline' };
  const error = RoomError.safeParse(json);
  const retryAfter = Number(response.headers.get('retry-after'));
  return {
    ok: false,
    kind: 'refused',
    status: response.status,
    code: error.success ? error.data.code : 'invalid_input',
    message: error.success ? error.data.message : `HTTP ${response.status}`,
    ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfterS: retryAfter } : {}),
  };
}

/** The phone's calls to the room host; nothing here reaches a facilitator channel. */
export const roomClient = {
  aliases: (code: string) => call(RoomAliases, 'POST', '/room/code', { code }),
  join: (code: string, alias?: string) =>
    call(RoomJoined, 'POST', '/room/join', alias ? { code, alias } : { code }),
  /** The room as this phone sees it, its texts in `language` (else the workshop's). */
  state: (language?: Language) =>
    call(RoomView, 'GET', language ? `/room/state?lang=${language}` : '/room/state'),
  brand: () => call(z.object({ branding: Branding.nullable() }), 'GET', '/room/brand'),
  answer: (input: {
    itemId: string;
    round: 1 | 2;
    value: number | null | 'na';
    clientId: string;
  }) => call(RoomAnswerSaved, 'POST', '/room/answer', input),
  comment: (text: string, clientId: string) =>
    call(z.object({ saved: z.literal(true) }), 'POST', '/room/comment', { text, clientId }),
  /** Places this phone's dots on one candidate action (replacing its own there). */
  vote: (actionId: string, dots: number) =>
    call(z.object({ mine: RoomVote.shape.mine }), 'POST', '/room/vote', { actionId, dots }),
};

export type RoomClient = typeof roomClient;

/** 128 random bits as hex; `crypto.randomUUID` needs a secure context, which plain http is not. */
export function randomId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** True when this page was opened from the room host (the phone's page). */
export function isRoomPage(): boolean {
  return typeof window !== 'undefined' && window.location.pathname === '/room';
}
