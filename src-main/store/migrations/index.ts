import { createWorkshops } from './0001-create-workshops';
import type { Migration } from './types';

export { APPLICATION_ID, type Migration } from './types';

/** Every schema step in order; append only, never edit a step that has shipped. */
export const MIGRATIONS: readonly Migration[] = [createWorkshops];
