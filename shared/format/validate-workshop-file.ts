import type { FieldIssue } from '../api/errors';
import { fileIssue, fileIssuesFromZod } from './file-issues';
import type { Instrument } from '../instrument/types';
import { WorkshopFile } from './workshop-file';
import { clientStatementIssues } from './client-statement-issues';

export type Validation = { ok: true; file: WorkshopFile } | { ok: false; issues: FieldIssue[] };

/**
 * Checks a workshop file completely: its shape (the zod schema), then what a schema cannot say:
 * every answer names a known participant and a statement of the instrument, no participant
 * answers the same statement twice in a round, ids and aliases are unique.
 */
export function validateWorkshopFile(
  raw: unknown,
  instrumentFor: (version?: string) => Instrument | undefined,
): Validation {
  const parsed = WorkshopFile.safeParse(raw);
  if (!parsed.success) return { ok: false, issues: fileIssuesFromZod(parsed.error, raw) };
  const file = parsed.data;
  const issues: FieldIssue[] = [];

  const instrument = instrumentFor(file.workshop.instrumentVersion);
  if (!instrument) {
    const version = file.workshop.instrumentVersion ?? '';
    issues.push(
      fileIssue(
        'workshop.instrumentVersion',
        `unknown instrument version "${version}"`,
        'unknown_instrument',
        { version },
      ),
    );
    return { ok: false, issues };
  }
  const itemIds = new Set(instrument.items.map((item) => item.id));

  const participantIds = new Set<string>();
  const aliases = new Set<string>();
  file.participants.forEach((participant, index) => {
    if (participantIds.has(participant.id)) {
      issues.push(
        fileIssue(
          `participants[${index}].id`,
          `duplicate participant id "${participant.id}"`,
          'duplicate_id',
          { id: participant.id },
        ),
      );
    }
    participantIds.add(participant.id);
    const alias = participant.alias.toLowerCase();
    if (aliases.has(alias)) {
      issues.push(
        fileIssue(
          `participants[${index}].alias`,
          `duplicate alias "${participant.alias}"`,
          'duplicate_alias',
          {
            alias: participant.alias,
          },
        ),
      );
    }
    aliases.add(alias);
  });

  const answered = new Set<string>();
  file.responses.forEach((response, index) => {
    if (!participantIds.has(response.participant)) {
      issues.push(
        fileIssue(
          `responses[${index}].participant`,
          `unknown participant "${response.participant}"`,
          'unknown_participant',
          { participant: response.participant },
        ),
      );
    }
    if (!itemIds.has(response.item)) {
      issues.push(
        fileIssue(
          `responses[${index}].item`,
          `unknown statement "${response.item}" (instrument ${instrument.version})`,
          'unknown_statement',
          { item: response.item, version: instrument.version },
        ),
      );
    }
    const key = `${response.participant}\u0000${response.item}\u0000${response.round}`;
    if (answered.has(key)) {
      issues.push(
        fileIssue(
          `responses[${index}]`,
          `duplicate answer: participant "${response.participant}" already answered "${response.item}" in round ${response.round}`,
          'duplicate_answer',
          { participant: response.participant, item: response.item, round: response.round },
        ),
      );
    }
    answered.add(key);
  });

  issues.push(...clientStatementIssues(file, participantIds));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, file };
}
