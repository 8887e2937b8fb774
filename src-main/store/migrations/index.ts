import { createWorkshops } from './0001-create-workshops';
import { addRunState } from './0002-add-run-state';
import { addActions } from './0003-add-actions';
import { addRoomDevices } from './0004-add-room-devices';
import { addRoomAnswerOwners } from './0005-add-room-answer-owners';
import { evidenceNotAssessed } from './0006-evidence-not-assessed';
import { addDemoFlag } from './0007-add-demo-flag';
import { addNotApplicable } from './0008-add-not-applicable';
import { addActionVotes } from './0009-add-action-votes';
import { addAgendaTemplates } from './0010-add-agenda-templates';
import { addClientStatements } from './0011-add-client-statements';
import { addBranding } from './0012-add-branding';
import { addRoomClientAnswerOwners } from './0013-add-room-client-answer-owners';
import { addAwaitingStatements } from './0014-add-awaiting-statements';
import { addDataRevision } from './0015-add-data-revision';
import type { Migration } from './types';

export { APPLICATION_ID, type Migration } from './types';

/** Every schema step in order; append only, never edit a step that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  createWorkshops,
  addRunState,
  addActions,
  addRoomDevices,
  addRoomAnswerOwners,
  evidenceNotAssessed,
  addDemoFlag,
  addNotApplicable,
  addActionVotes,
  addAgendaTemplates,
  addClientStatements,
  addBranding,
  addRoomClientAnswerOwners,
  addAwaitingStatements,
  addDataRevision,
];
