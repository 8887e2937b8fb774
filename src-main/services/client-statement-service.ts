import { randomUUID } from 'node:crypto';
import {
  ClientAnswerValue,
  ClientStatementDraft,
  summarizeClientStatement,
  tooManyClientStatements,
  type ClientStatement,
  type ClientStatementDraftInput,
  type ClientStatementSummary,
} from '../../shared/client-statements/client-statements';
import {
  deleteClientStatement,
  getClientStatement,
  insertClientStatement,
  listClientAnswers,
  listClientStatements,
  setClientAnswer,
} from '../store/repositories/client-statements';
import { getParticipant } from '../store/repositories/participants';
import { getWorkshop } from '../store/repositories/workshops';
import type { Handlers } from '../../shared/api/contract';
import { nowIso, type Db, type ServiceDeps } from './service-deps';
import { invalidInput, notFound } from './service-errors';

/*
 * The client's own statements: checks every rule before writing, so a refused request changes
 * nothing. Scoring never calls in here (the workshop file it scores holds no client answers).
 */

function workshopOf(db: Db, workshopId: string) {
  const workshop = getWorkshop(db, workshopId);
  if (!workshop) throw notFound('workshop', workshopId);
  return workshop;
}

/** Adds one statement after the workshop's last; refuses an 11th, an empty or an over-long text. */
export function addClientStatement(
  db: Db,
  clock: () => Date,
  input: { workshopId: string; statement: ClientStatementDraftInput },
): ClientStatement {
  workshopOf(db, input.workshopId);
  const parsed = ClientStatementDraft.safeParse(input.statement);
  if (!parsed.success) {
    throw invalidInput(
      'clientStatement:add',
      parsed.error.issues.map((issue) => ({
        path: ['statement', ...issue.path].join('.'),
        message: issue.message,
      })),
    );
  }
  return db.transaction(() => {
    const full = tooManyClientStatements(listClientStatements(db, input.workshopId).length);
    if (full) throw invalidInput('clientStatement:add', [{ path: 'statement', message: full }]);
    return insertClientStatement(db, {
      id: randomUUID(),
      workshopId: input.workshopId,
      text: parsed.data.text,
      reversed: parsed.data.reversed,
      now: nowIso(clock),
    });
  })();
}

export function removeClientStatement(db: Db, input: { id: string }): void {
  if (!deleteClientStatement(db, input.id)) throw notFound('client statement', input.id);
}

/** Records one participant's answer; the statement and the participant must be this workshop's. */
export function answerClientStatement(
  db: Db,
  clock: () => Date,
  input: { workshopId: string; statementId: string; participantId: string; value: unknown },
): void {
  workshopOf(db, input.workshopId);
  const statement = getClientStatement(db, input.statementId);
  if (!statement || statement.workshopId !== input.workshopId) {
    throw notFound('client statement', input.statementId);
  }
  const participant = getParticipant(db, input.participantId);
  if (!participant || participant.workshopId !== input.workshopId) {
    throw notFound('participant', input.participantId);
  }
  const value = ClientAnswerValue.safeParse(input.value);
  if (!value.success) {
    const message = value.error.issues[0]?.message ?? 'is not an answer';
    throw invalidInput('clientStatement:answer', [{ path: 'value', message }]);
  }
  setClientAnswer(db, {
    statementId: statement.id,
    participantId: participant.id,
    value: value.data,
    now: nowIso(clock),
  });
}

/** The statements with their figures, each withheld below the workshop's k. */
export function clientStatementResults(
  db: Db,
  workshopId: string,
): { statement: ClientStatement; summary: ClientStatementSummary }[] {
  const workshop = workshopOf(db, workshopId);
  const answers = listClientAnswers(db, workshopId);
  return listClientStatements(db, workshopId).map((statement) => ({
    statement,
    summary: summarizeClientStatement(statement.id, answers, workshop.anonymityThreshold),
  }));
}

type ClientStatementChannel =
  | 'clientStatement:list'
  | 'clientStatement:add'
  | 'clientStatement:remove'
  | 'clientStatement:answer'
  | 'clientStatement:results';

/** The client statements' channels of the API contract. */
export function clientStatementHandlers(
  db: Db,
  deps: ServiceDeps,
): Pick<Handlers, ClientStatementChannel> {
  return {
    'clientStatement:list': ({ workshopId }) => {
      workshopOf(db, workshopId);
      return listClientStatements(db, workshopId);
    },
    'clientStatement:add': (input) => addClientStatement(db, deps.clock, input),
    'clientStatement:remove': ({ id }) => {
      removeClientStatement(db, { id });
      return { id };
    },
    'clientStatement:answer': (input) => {
      answerClientStatement(db, deps.clock, input);
      return {
        statementId: input.statementId,
        participantId: input.participantId,
        value: input.value,
      };
    },
    'clientStatement:results': ({ workshopId }) => clientStatementResults(db, workshopId),
  };
}
