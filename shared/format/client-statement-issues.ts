import type { FieldIssue } from '../api/errors';
import { fileIssue } from './file-issues';
import type { WorkshopFile } from './workshop-file';

/**
 * What the schema cannot check in a file's client statements: unique statement ids, answers from
 * known participants, one answer per participant and statement.
 */
export function clientStatementIssues(
  file: WorkshopFile,
  participantIds: ReadonlySet<string>,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const statementIds = new Set<string>();
  (file.clientStatements ?? []).forEach((statement, s) => {
    if (statementIds.has(statement.id)) {
      issues.push(
        fileIssue(
          `clientStatements[${s}].id`,
          `duplicate client statement id "${statement.id}"`,
          'duplicate_id',
          { id: statement.id },
        ),
      );
    }
    statementIds.add(statement.id);
    const answered = new Set<string>();
    statement.answers.forEach((answer, a) => {
      const path = `clientStatements[${s}].answers[${a}]`;
      if (!participantIds.has(answer.participant)) {
        issues.push(
          fileIssue(
            `${path}.participant`,
            `unknown participant "${answer.participant}"`,
            'unknown_participant',
            { participant: answer.participant },
          ),
        );
      }
      if (answered.has(answer.participant)) {
        issues.push(
          fileIssue(
            path,
            `duplicate answer: participant "${answer.participant}" already answered "${statement.id}" in round 1`,
            'duplicate_answer',
            { participant: answer.participant, item: statement.id, round: 1 },
          ),
        );
      }
      answered.add(answer.participant);
    });
  });
  return issues;
}
