/** Why a data file was refused; each has its own advice for the facilitator. */
export type StoreOpenReason = 'not_sqlite' | 'damaged' | 'newer_version' | 'unreadable';

/** Thrown when a data file cannot be used; the file is left exactly as it was found. */
export class StoreOpenError extends Error {
  constructor(
    readonly file: string,
    readonly reason: StoreOpenReason,
    message: string,
  ) {
    super(message);
    this.name = 'StoreOpenError';
  }
}
