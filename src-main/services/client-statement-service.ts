import { randomUUID } from 'node:crypto';
import {
  ClientAnswerValue,
  ClientStatementDraft,
  summarizeClientStatement,
  tooManyClientStatements,
  type ClientAnswer,
  type ClientStatement,
  type ClientStatementDraftInput,
  type ClientStatementSummary,
  type ListedClientStatement,
} from '../../shared/client-statements/client-statements';
import {
  clearClientAnswer,
  countClientAnswers,
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
import { syncClientStatementsSection } from './client-statements-agenda';
import { workshopEvents, type EventBus } from './events';
import { nowIso, type Db, type ServiceDeps } from './service-deps';
import { invalidInput, notFound } from './service-errors';

/*
 * The client's own statements: checks every rule before writing, so a refused request changes
 * nothing. Scoring never calls in here (the workshop file it scores holds no client answers).
 * Every capture path (the facilitator's grid, private mode, phones) answers through
 * `answerClientStatement`, so the checks are the same whichever captured the answer.
 */

function workshopOf(db: Db, workshopId: string) {
  const workshop = getWorkshop(db, workshopId);
  if (!workshop) throw notFound('workshop', workshopId);
  return workshop;
}

/** The workshop's statements, each with its count of stored answers. */
export function listedClientStatements(db: Db, workshopId: string): ListedClientStatement[] {
  workshopOf(db, workshopId);
  const counts = countClientAnswers(db, workshopId);
  return listClientStatements(db, workshopId).map((statement) => ({
    ...statement,
    answers: counts.get(statement.id) ?? 0,
  }));
}

/**
 * Adds one statement after the workshop's last; refuses an 11th, an empty or an over-long text.
 * The first one gives a started agenda its client statements section.
 */
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
    const added = insertClientStatement(db, {
      id: randomUUID(),
      workshopId: input.workshopId,
      text: parsed.data.text,
      reversed: parsed.data.reversed,
      now: nowIso(clock),
    });
    syncClientStatementsSection(db, input.workshopId);
    return added;
  })();
}

/**
 * Removes a statement and its answers; with the last one, the agenda's section for them waits,
 * skipped, in its place until statements come again.
 */
export function removeClientStatement(db: Db, input: { id: string }): { workshopId: string } {
  return db.transaction(() => {
    const statement = getClientStatement(db, input.id);
    if (!statement || !deleteClientStatement(db, input.id)) {
      throw notFound('client statement', input.id);
    }
    syncClientStatementsSection(db, statement.workshopId);
    return { workshopId: statement.workshopId };
  })();
}

function requireStatementAndParticipant(
  db: Db,
  input: { workshopId: string; statementId: string; participantId: string },
) {
  workshopOf(db, input.workshopId);
  const statement = getClientStatement(db, input.statementId);
  if (!statement || statement.workshopId !== input.workshopId) {
    throw notFound('client statement', input.statementId);
  }
  const participant = getParticipant(db, input.participantId);
  if (!participant || participant.workshopId !== input.workshopId) {
    throw notFound('participant', input.participantId);
  }
  return { statement, participant };
}

/** Records one participant's answer; the statement and the participant must be this workshop's. */
export function answerClientStatement(
  db: Db,
  clock: () => Date,
  input: { workshopId: string; statementId: string; participantId: string; value: unknown },
): ClientAnswer {
  const { statement, participant } = requireStatementAndParticipant(db, input);
  const value = ClientAnswerValue.safeParse(input.value);
  if (!value.success) {
    const message = value.error.issues[0]?.message ?? 'is not an answer';
    throw invalidInput('clientStatement:answer', [{ path: 'value', message }]);
  }
  const answer = { statementId: statement.id, participantId: participant.id, value: value.data };
  setClientAnswer(db, { ...answer, now: nowIso(clock) });
  return answer;
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
  | 'clientStatement:clear'
  | 'clientStatement:answers'
  | 'clientStatement:results';

/**
 * The client statements' channels of the API contract. Adding or removing a statement may change
 * the agenda (its section), and answers change what the grid and the projector show: each
 * publishes on `events` once committed, like the run service.
 */
export function clientStatementHandlers(
  db: Db,
  deps: ServiceDeps,
  events: EventBus = workshopEvents,
): Pick<Handlers, ClientStatementChannel> {
  return {
    'clientStatement:list': ({ workshopId }) => listedClientStatements(db, workshopId),
    'clientStatement:add': (input) => {
      const added = addClientStatement(db, deps.clock, input);
      events.publish({ type: 'run', workshopId: added.workshopId });
      return added;
    },
    'clientStatement:remove': ({ id }) => {
      const { workshopId } = removeClientStatement(db, { id });
      events.publish({ type: 'run', workshopId });
      return { id };
    },
    'clientStatement:answer': (input) => {
      const answer = answerClientStatement(db, deps.clock, input);
      events.publish({ type: 'response', workshopId: input.workshopId });
      return answer;
    },
    'clientStatement:clear': (input) => {
      const { statement, participant } = requireStatementAndParticipant(db, input);
      if (clearClientAnswer(db, statement.id, participant.id)) {
        events.publish({ type: 'response', workshopId: input.workshopId });
      }
      return { statementId: statement.id, participantId: participant.id };
    },
    'clientStatement:answers': ({ workshopId }) => {
      workshopOf(db, workshopId);
      return listClientAnswers(db, workshopId);
    },
    'clientStatement:results': ({ workshopId }) => clientStatementResults(db, workshopId),
  };
}
