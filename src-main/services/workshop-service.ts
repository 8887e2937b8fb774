import { INSTRUMENT } from '../../shared/instrument';
import type { Handlers } from '../../shared/api/contract';
import type { Workshop, WorkshopDraft } from '../../shared/domain/workshop';
import { isoDay, workshopDateProblem } from '../../shared/domain/workshop-date';
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
  updateWorkshop,
  workshopInstrumentVersion,
} from '../store/repositories/workshops';
import { nowIso, type Db, type ServiceDeps } from './service-deps';
import { invalidInput, notFound } from './service-errors';

type WorkshopChannel =
  | 'workshop:list'
  | 'workshop:get'
  | 'workshop:create'
  | 'workshop:update'
  | 'workshop:duplicate'
  | 'workshop:delete';

const TITLE_MAX = 200;
const COPY_SUFFIX = ' (copy)';

/** The workshop, or a not_found error the UI can show as is. */
export function requireWorkshop(db: Db, id: string): Workshop {
  const workshop = getWorkshop(db, id);
  if (!workshop) throw notFound('workshop', id);
  return workshop;
}

/** Title for a duplicate, shortened so the suffix still fits the title limit. */
export function copyTitle(title: string): string {
  const room = TITLE_MAX - COPY_SUFFIX.length;
  const chars = Array.from(title);
  const base = chars.length > room ? chars.slice(0, room).join('').trimEnd() : title;
  return `${base}${COPY_SUFFIX}`;
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

  const duplicate = db.transaction((id: string): Workshop => {
    const source = requireWorkshop(db, id);
    const copy = insertWorkshop(db, {
      draft: { ...draftOf(source), title: copyTitle(source.title) },
      status: 'draft',
      instrumentVersion: workshopInstrumentVersion(db, id),
      now: nowIso(clock),
    });
    // Set-up only: answers and evidence belong to the session that produced them.
    for (const participant of listParticipants(db, id)) {
      insertParticipant(db, {
        workshopId: copy.id,
        alias: participant.alias,
        role: participant.role,
        name: participant.name,
        position: participant.position,
      });
    }
    return requireWorkshop(db, copy.id);
  });

  return {
    'workshop:list': ({ query }) => listWorkshops(db, query),
    'workshop:get': ({ id }) => requireWorkshop(db, id),
    'workshop:create': (draft) => {
      checkDate('workshop:create', 'date', draft.date, clock());
      return insertWorkshop(db, {
        draft,
        status: 'draft',
        instrumentVersion: draft.instrumentVersion ?? INSTRUMENT.version,
        now: nowIso(clock),
      });
    },
    'workshop:update': ({ id, draft }) => update(id, draft),
    'workshop:duplicate': ({ id }) => duplicate(id),
    'workshop:delete': ({ id }) => {
      if (!deleteWorkshop(db, id)) throw notFound('workshop', id);
      return { id };
    },
  };
}
