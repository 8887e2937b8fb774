import { randomUUID } from 'node:crypto';
import { NEW_WORKSHOP_INSTRUMENT } from '../../shared/instrument';
import { ApiError } from '../../shared/api/errors';
import type { Handlers } from '../../shared/api/contract';
import type { Workshop, WorkshopDraft } from '../../shared/domain/workshop';
import { isoDay, workshopDateProblem } from '../../shared/domain/workshop-date';
import { suffixedTitle } from '../../shared/domain/workshop-title';
import {
  insertParticipant,
  listParticipants,
  rolesInUse,
} from '../store/repositories/participants';
import {
  deleteWorkshop,
  getWorkshop,
  insertWorkshop,
  listWorkshops,
  setWorkshopDemo,
  updateWorkshop,
  workshopInstrumentVersion,
} from '../store/repositories/workshops';
import { listAgenda, saveAgenda } from '../store/repositories/agenda';
import { setFollowsId } from '../store/repositories/followups';
import { nowIso, type Db, type ServiceDeps } from './service-deps';
import { invalidInput, notFound } from './service-errors';

type WorkshopChannel =
  | 'workshop:list'
  | 'workshop:get'
  | 'workshop:create'
  | 'workshop:update'
  | 'workshop:duplicate'
  | 'workshop:planFollowUp'
  | 'workshop:delete';

const COPY_SUFFIX = ' (copy)';
const FOLLOW_UP_SUFFIX = ' (follow-up)';

/** The workshop, or a not_found error the UI can show as is. */
export function requireWorkshop(db: Db, id: string): Workshop {
  const workshop = getWorkshop(db, id);
  if (!workshop) throw notFound('workshop', id);
  return workshop;
}

/** Title for a duplicate, shortened so the suffix still fits the title limit. */
export function copyTitle(title: string): string {
  return suffixedTitle(title, COPY_SUFFIX);
}

function draftOf(workshop: Workshop): WorkshopDraft {
  return {
    title: workshop.title,
    client: workshop.client,
    team: workshop.team,
    date: workshop.date,
    facilitator: workshop.facilitator,
    language: workshop.language,
    anonymityThreshold: workshop.anonymityThreshold,
    notes: workshop.notes,
    roleGroups: [...workshop.roleGroups],
  };
}

/** Refuses a date far from today (a typing slip like 1900); `path` names the field for the form. */
function checkDate(channel: WorkshopChannel, path: string, date: string, now: Date): void {
  const problem = workshopDateProblem(date, isoDay(now));
  if (problem !== null) throw invalidInput(channel, [{ path, message: problem }]);
}

/** Handlers for the `workshop:*` channels. */
export function workshopHandlers(db: Db, deps: ServiceDeps): Pick<Handlers, WorkshopChannel> {
  const { clock } = deps;

  const update = db.transaction((id: string, draft: WorkshopDraft): Workshop => {
    const stored = requireWorkshop(db, id);
    // Only a new date is checked: a workshop imported from years ago keeps its own.
    if (draft.date !== stored.date) checkDate('workshop:update', 'draft.date', draft.date, clock());
    // Dropping a role group people still belong to would orphan them and their breakdowns.
    const orphaned = rolesInUse(db, id).filter((role) => !draft.roleGroups.includes(role));
    if (orphaned.length > 0) {
      const names = orphaned.map((role) => `"${role}"`).join(', ');
      throw invalidInput('workshop:update', [
        {
          path: 'draft.roleGroups',
          message: `must keep ${names}: participants still belong to ${orphaned.length === 1 ? 'it' : 'them'}`,
        },
      ]);
    }
    const updated = updateWorkshop(db, id, draft, nowIso(clock));
    if (!updated) throw notFound('workshop', id);
    return updated;
  });

  /** A new draft with the source's set-up and participants, never its answers or evidence. */
  function copySetUp(source: Workshop, draft: WorkshopDraft): Workshop {
    const copy = insertWorkshop(db, {
      draft,
      status: 'draft',
      instrumentVersion: workshopInstrumentVersion(db, source.id),
      now: nowIso(clock),
    });
    // Set-up only: answers and evidence belong to the session that produced them.
    for (const participant of listParticipants(db, source.id)) {
      insertParticipant(db, {
        workshopId: copy.id,
        alias: participant.alias,
        role: participant.role,
        name: participant.name,
        position: participant.position,
      });
    }
    // A copy of the demo holds the same fictitious people, so it stays marked.
    return source.demo ? setWorkshopDemo(db, copy.id, true) : copy;
  }

  const duplicate = db.transaction((id: string): Workshop => {
    const source = requireWorkshop(db, id);
    const copy = copySetUp(source, { ...draftOf(source), title: copyTitle(source.title) });
    return requireWorkshop(db, copy.id);
  });

  const planFollowUp = db.transaction((id: string, title: string | undefined): Workshop => {
    const source = requireWorkshop(db, id);
    if (source.status !== 'closed') {
      throw new ApiError(
        'conflict',
        `A follow-up can be planned once the workshop is closed; "${source.title}" is a ${source.status === 'draft' ? 'draft' : 'workshop still running'}.`,
      );
    }
    // Dated today, but never before the workshop it follows (the link refuses that order).
    const today = isoDay(clock());
    const followUp = copySetUp(source, {
      ...draftOf(source),
      title: title ?? suffixedTitle(source.title, FOLLOW_UP_SUFFIX),
      date: today > source.date ? today : source.date,
      // The earlier session's notes were about that room.
      notes: '',
    });
    // The agenda as the earlier workshop ran it, so both rooms answer the same sections; its
    // timers, extensions and notes stay with the earlier session.
    saveAgenda(
      db,
      followUp.id,
      listAgenda(db, source.id).map((section) => ({
        ...section,
        id: randomUUID(),
        extraMs: 0,
        timerStartedAt: null,
        timerElapsedMs: 0,
      })),
    );
    setFollowsId(db, followUp.id, source.id);
    return requireWorkshop(db, followUp.id);
  });

  return {
    'workshop:list': ({ query }) => listWorkshops(db, query),
    'workshop:get': ({ id }) => requireWorkshop(db, id),
    'workshop:create': (draft) => {
      checkDate('workshop:create', 'date', draft.date, clock());
      return insertWorkshop(db, {
        draft,
        status: 'draft',
        instrumentVersion: draft.instrumentVersion ?? NEW_WORKSHOP_INSTRUMENT.version,
        now: nowIso(clock),
      });
    },
    'workshop:update': ({ id, draft }) => update(id, draft),
    'workshop:duplicate': ({ id }) => duplicate(id),
    'workshop:planFollowUp': ({ id, title }) => planFollowUp(id, title),
    'workshop:delete': ({ id }) => {
      if (!deleteWorkshop(db, id)) throw notFound('workshop', id);
      return { id };
    },
  };
}
