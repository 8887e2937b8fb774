import { openStore } from '../store/open-store';
import { InvalidInputError } from './io';

/** The store a command works on; a damaged, foreign or newer file is the user's input error. */
export function openCliStore(dataFile: string): ReturnType<typeof openStore> {
  try {
    return openStore(dataFile);
  } catch (error) {
    throw new InvalidInputError((error as Error).message);
  }
}
