import type { Handlers } from '../../../shared/api/contract';
import { listAgenda } from '../../store/repositories/agenda';
import { deleteComment, insertComment, listComments } from '../../store/repositories/comments';
import {
  deleteParkingItem,
  insertParkingItem,
  listParkingItems,
  setParkingItemDone,
} from '../../store/repositories/parking-lot';
import { saveSectionNote } from '../../store/repositories/run-state';
import { nowIso } from '../service-deps';
import { notFound } from '../service-errors';
import { requireWorkshop } from '../workshop-service';
import type { RunContext } from './run-context';

export type CommentsNotesChannel =
  | 'note:save'
  | 'comment:add'
  | 'comment:list'
  | 'comment:remove'
  | 'parking:add'
  | 'parking:list'
  | 'parking:update'
  | 'parking:remove';

/** The facilitator's words beside the run: section notes, comments and the parking lot. */
export function commentsNotesHandlers(ctx: RunContext): Pick<Handlers, CommentsNotesChannel> {
  const { db, clock, view, startedAgenda, requireSection, commit } = ctx;

  function requireOwnSection(workshopId: string, sectionId: string | null) {
    if (sectionId === null) return;
    requireSection(listAgenda(db, workshopId), sectionId);
  }

  return {
    'note:save': ({ workshopId, sectionId, text }) =>
      commit('run', workshopId, () => {
        requireSection(startedAgenda(workshopId), sectionId);
        saveSectionNote(db, workshopId, sectionId, text, nowIso(clock));
        return view(workshopId);
      }),

    'comment:add': ({ workshopId, sectionId, text }) =>
      commit('comment', workshopId, () => {
        requireWorkshop(db, workshopId);
        requireOwnSection(workshopId, sectionId);
        return insertComment(db, workshopId, sectionId, text);
      }),

    'comment:list': ({ workshopId }) => {
      requireWorkshop(db, workshopId);
      return listComments(db, workshopId);
    },

    'comment:remove': ({ workshopId, id }) =>
      commit('comment', workshopId, () => {
        if (!deleteComment(db, workshopId, id)) throw notFound('comment', id);
        return { id };
      }),

    'parking:add': ({ workshopId, sectionId, text }) =>
      commit('parking', workshopId, () => {
        requireWorkshop(db, workshopId);
        requireOwnSection(workshopId, sectionId);
        return insertParkingItem(db, workshopId, sectionId, text);
      }),

    'parking:list': ({ workshopId }) => {
      requireWorkshop(db, workshopId);
      return listParkingItems(db, workshopId);
    },

    'parking:update': ({ workshopId, id, done }) =>
      commit('parking', workshopId, () => {
        const item = setParkingItemDone(db, workshopId, id, done);
        if (!item) throw notFound('parking lot topic', id);
        return item;
      }),

    'parking:remove': ({ workshopId, id }) =>
      commit('parking', workshopId, () => {
        if (!deleteParkingItem(db, workshopId, id)) throw notFound('parking lot topic', id);
        return { id };
      }),
  };
}
