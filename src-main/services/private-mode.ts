import type { Channel, ChannelOutput, Handlers, ParsedInput } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { getInstrument, INSTRUMENT } from '../../shared/instrument';
import { capturesClientStatements, sectionItems } from '../../shared/run/agenda';
import type { PrivateLock } from '../../shared/run/api';
import { listAgenda } from '../store/repositories/agenda';
import { listClientStatements } from '../store/repositories/client-statements';
import { listParticipants } from '../store/repositories/participants';
import { getRunState, listLockedWorkshopIds } from '../store/repositories/run-state';
import { workshopInstrumentVersion } from '../store/repositories/workshops';
import type { Db } from './service-deps';
import { requireWorkshop } from './workshop-service';

/**
 * Pass-the-laptop private mode, on the service side. While a workshop is locked the person at
 * the facilitator's keyboard is a participant, and every facilitator screen is behind the lock,
 * so the facilitator's channels have no legitimate caller: all of them are refused except what
 * the lock screen and the projector need. Refusing them all, rather than only those that read
 * the locked workshop's answers and names, also closes the ones that could undo the lock from
 * outside it (restoring an earlier backup, deleting or re-importing the workshop).
 * In-room phones do not come through here: the room host calls the run service directly.
 */

const aliasOrder = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** What the lock screen of a locked workshop shows: aliases only, and the section's statements. */
export function privateLockOf(db: Db, workshopId: string): PrivateLock {
  const workshop = requireWorkshop(db, workshopId);
  const state = getRunState(db, workshopId);
  const section = listAgenda(db, workshopId).find((item) => item.id === state?.currentSectionId);
  const instrument =
    getInstrument(workshopInstrumentVersion(db, workshopId) ?? undefined) ?? INSTRUMENT;
  const client = section !== undefined && capturesClientStatements(section);
  // The client's own statements are in the workshop's language already: typed so.
  const statements = client
    ? listClientStatements(db, workshopId).map(({ id, text }) => ({ id, text }))
    : (section ? sectionItems(instrument, section) : []).map((item) => ({
        id: item.id,
        text: item.text[workshop.language],
      }));
  return {
    workshopId,
    language: workshop.language,
    sectionId: section?.id ?? null,
    round: section?.round ?? 1,
    source: client ? 'client' : 'instrument',
    statements,
    // Sorted by alias, so the order people were added in (often grouped by role) does not show.
    participants: listParticipants(db, workshopId)
      .map(({ id, alias }) => ({ id, alias }))
      .sort((a, b) => aliasOrder.compare(a.alias, b.alias)),
  };
}

/** `run:privateMode`: the locked workshop, if any; the renderer asks on every route. */
export function privateModeHandlers(db: Db): Pick<Handlers, 'run:privateMode'> {
  return {
    'run:privateMode': () => {
      const [workshopId] = listLockedWorkshopIds(db);
      return { lock: workshopId === undefined ? null : privateLockOf(db, workshopId) };
    },
  };
}

/** Why a call is refused while `locked` workshops are in private mode, or null to serve it. */
type Rule<C extends Channel> = (
  input: ParsedInput<C>,
  locked: readonly string[],
  db: Db,
) => string | null;

const serve = () => null;

/** The only channels served while a workshop is locked; any other one is refused. */
const SERVED_WHILE_LOCKED: { readonly [C in Channel]?: Rule<C> } = {
  'app:info': serve,
  // The projector: prompts, time, counts and aggregates only (docs/architecture.md).
  'presenter:state': serve,
  // The projector's brand strip: the consultant's name, logo and colour, nothing of the room.
  'branding:workshop': serve,
  'run:privateMode': serve,
  // Unlocking another workshop would hand back its whole run view, notes included.
  'run:unlock': ({ workshopId }, locked) =>
    locked.includes(workshopId) ? null : 'only the workshop in private mode can be unlocked',
  // What the lock screen offers, and nothing else: the current section's statements and round.
  'response:record': ({ workshopId, itemId, round }, locked, db) => {
    if (!locked.includes(workshopId)) return 'answers go to the workshop in private mode only';
    const lock = privateLockOf(db, workshopId);
    if (lock.source !== 'instrument') return 'the current section asks the client statements';
    if (lock.round !== round) return `private mode records round ${lock.round} only`;
    if (!lock.statements.some((statement) => statement.id === itemId)) {
      return 'private mode records statements of the current section only';
    }
    return null;
  },
  // The same guarantee for the client's own statements: the locked workshop, its current section,
  // that section's statements. It answers with what it stored, never with another answer.
  'clientStatement:answer': ({ workshopId, statementId }, locked, db) => {
    if (!locked.includes(workshopId)) return 'answers go to the workshop in private mode only';
    const lock = privateLockOf(db, workshopId);
    if (lock.source !== 'client') return 'the current section asks no client statements';
    if (!lock.statements.some((statement) => statement.id === statementId)) {
      return 'private mode records statements of the current section only';
    }
    return null;
  },
};

/** The error every refused channel gets: specific, so the renderer can show the lock. */
export function privateModeError(channel: string, reason?: string): ApiError {
  return new ApiError(
    'private_mode',
    `Private mode is on: ${channel} is closed until the facilitator's PIN ends it` +
      (reason ? ` (${reason}).` : '.'),
  );
}

function setHandler<C extends Channel>(target: Handlers, channel: C, handler: Handlers[C]): void {
  target[channel] = handler;
}

/**
 * Throws the private-mode refusal when a workshop is locked and `channel` is closed for `input`.
 * Exported for handlers served beside `guardPrivateMode` (heavy work answered from a worker).
 */
export function refuseInPrivateMode<C extends Channel>(
  db: Db,
  channel: C,
  input: ParsedInput<C>,
  rule = SERVED_WHILE_LOCKED[channel] as Rule<C> | undefined,
): void {
  const locked = listLockedWorkshopIds(db);
  if (locked.length === 0) return;
  if (!rule) throw privateModeError(channel);
  const reason = rule(input, locked, db);
  if (reason !== null) throw privateModeError(channel, reason);
}

/** Every handler of `handlers`, refusing what private mode closes while a workshop is locked. */
export function guardPrivateMode(db: Db, handlers: Handlers): Handlers {
  const guarded = { ...handlers };
  const wrap = <C extends Channel>(channel: C, handler: Handlers[C]): Handlers[C] => {
    const rule = SERVED_WHILE_LOCKED[channel] as Rule<C> | undefined;
    const call: (input: ParsedInput<C>) => ChannelOutput<C> = handler;
    const wrapped = (input: ParsedInput<C>): ChannelOutput<C> => {
      refuseInPrivateMode(db, channel, input, rule);
      return call(input);
    };
    return wrapped as Handlers[C];
  };
  for (const channel of Object.keys(handlers) as Channel[]) {
    setHandler(guarded, channel, wrap(channel, handlers[channel]));
  }
  return guarded;
}
