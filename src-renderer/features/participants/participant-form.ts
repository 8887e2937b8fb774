import type { TFunction } from 'i18next';
import type { FieldIssue } from '../../../shared/api/errors';
import type { Participant } from '../../../shared/domain/workshop';
import { ApiCallError } from '../../api/client';
import { groupIssues } from '../../forms/field-errors';
import { fieldMessage } from '../../i18n/labels';

export const PARTICIPANT_FIELDS = ['alias', 'role', 'name'] as const;
export type ParticipantField = (typeof PARTICIPANT_FIELDS)[number];

export interface ParticipantErrors {
  fields: Partial<Record<ParticipantField, string>>;
  /** What could not be placed beside a field; shown under the form. */
  general: string[];
}

export const NO_ERRORS: ParticipantErrors = { fields: {}, general: [] };

/** Translates issues onto the participant fields (after `prefix`), keeping the rest as general. */
export function participantErrors(
  t: TFunction,
  issues: readonly FieldIssue[],
  prefix: ReadonlyArray<string | number>,
): ParticipantErrors {
  const grouped = groupIssues(issues, PARTICIPANT_FIELDS, prefix);
  const fields: ParticipantErrors['fields'] = {};
  for (const field of PARTICIPANT_FIELDS) {
    const message = grouped.byField[field];
    if (message !== undefined) fields[field] = fieldMessage(t, message);
  }
  const general = grouped.other.map((issue) => fieldMessage(t, issue.message));
  return { fields, general };
}

/** The errors of a failed participant call; a call without field issues becomes one general line. */
export function errorsFromCall(
  t: TFunction,
  error: unknown,
  prefix: ReadonlyArray<string | number>,
): ParticipantErrors {
  if (error instanceof ApiCallError && (error.body.issues?.length ?? 0) > 0) {
    return participantErrors(t, error.body.issues ?? [], prefix);
  }
  return { fields: {}, general: [error instanceof Error ? error.message : String(error)] };
}

/** Whether another participant already uses this alias (ignoring case, as the paste parser does). */
export function aliasTaken(participants: readonly Participant[], alias: string, exceptId?: string) {
  const key = alias.trim().toLowerCase();
  return participants.some((p) => p.id !== exceptId && p.alias.toLowerCase() === key);
}

/** Moves focus to the first field marked invalid, once the render that marks it has happened. */
export function focusFirstInvalid(container: HTMLElement | null): void {
  requestAnimationFrame(() => {
    container?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });
}
