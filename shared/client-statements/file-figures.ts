import type { WorkshopFile } from '../format/workshop-file';
import {
  summarizeClientStatement,
  type ClientAnswer,
  type ClientStatementSummary,
} from './client-statements';

/** One client statement of a workshop file with its figures (withheld below k). */
export interface ClientStatementFigures {
  statement: NonNullable<WorkshopFile['clientStatements']>[number];
  summary: ClientStatementSummary;
}

/**
 * The client's own statements of a workshop file, in order, each with its figures by the one rule
 * (`summarizeClientStatement`). The report and the CSV exports read them from here, from the same
 * file they score, so the app, `edw report` and `edw verify` print the same figures.
 */
export function clientStatementFigures(file: WorkshopFile, k: number): ClientStatementFigures[] {
  return (file.clientStatements ?? []).map((statement) => {
    const answers: ClientAnswer[] = statement.answers.map((answer) => ({
      statementId: statement.id,
      participantId: answer.participant,
      value: answer.value,
    }));
    return { statement, summary: summarizeClientStatement(statement.id, answers, k) };
  });
}
