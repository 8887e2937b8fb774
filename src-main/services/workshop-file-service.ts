import type { FieldIssue } from '../../shared/api/errors';
import { getInstrument, INSTRUMENT } from '../../shared/instrument';
import { validateWorkshopFile } from '../../shared/format/validate-workshop-file';
import { DEFAULT_ROLE_GROUPS, type Workshop } from '../../shared/domain/workshop';
import { FORMAT_NAME, FORMAT_VERSION, type WorkshopFile } from '../../shared/format/workshop-file';
import {
  insertDecisionEntry,
  insertRealityCheckEntry,
  listDecisionEntries,
  listRealityCheckEntries,
} from '../store/repositories/evidence';
import { insertParticipant, listParticipants } from '../store/repositories/participants';
import { clientStatementsFromFile, clientStatementsOfFile } from './client-statements-in-file';
import { agendaFromFile, agendaOfFile } from './agenda-in-file';
import { listGivenResponses, recordResponse } from '../store/repositories/responses';
import { insertWorkshop, workshopInstrumentVersion } from '../store/repositories/workshops';
import { nowIso, type Db } from './service-deps';
import { invalidInput } from './service-errors';
import { requireWorkshop } from './workshop-service';

const MAX_ROLE_GROUPS = 20;
const SOURCE = 'workshop file';

/** What the store needs beyond a valid file: the shared validation, then the role-group limit. */
function fileIssues(file: WorkshopFile): FieldIssue[] {
  const validation = validateWorkshopFile(file, getInstrument);
  if (!validation.ok) return validation.issues;
  const roles = roleGroupsOf(file);
  return roles.length > MAX_ROLE_GROUPS
    ? [
        {
          path: 'participants',
          message: `uses ${roles.length} role groups; a workshop allows at most ${MAX_ROLE_GROUPS}`,
        },
      ]
    : [];
}

function roleGroupsOf(file: WorkshopFile): string[] {
  return [...new Set(file.participants.map((participant) => participant.role))].sort();
}

/**
 * Imports a parsed workshop file as a new workshop in one transaction: set-up, participants
 * (aliases and roles kept), answers and evidence in order. Throws invalid_input on broken references.
 */
export function storeFromWorkshopFile(db: Db, file: WorkshopFile, clock: () => Date): Workshop {
  const issues = fileIssues(file);
  if (issues.length > 0) throw invalidInput(SOURCE, issues);

  return db.transaction((): Workshop => {
    const now = nowIso(clock);
    const roleGroups = roleGroupsOf(file);
    const { instrumentVersion, ...fields } = file.workshop;
    const workshop = insertWorkshop(db, {
      draft: {
        ...fields,
        // The file carries no role-group list; without participants the defaults apply.
        roleGroups: roleGroups.length > 0 ? roleGroups : [...DEFAULT_ROLE_GROUPS],
      },
      status: 'draft',
      instrumentVersion: instrumentVersion ?? INSTRUMENT.version,
      now,
    });

    const newIds = new Map<string, string>();
    file.participants.forEach((participant, position) => {
      const stored = insertParticipant(db, {
        workshopId: workshop.id,
        alias: participant.alias,
        role: participant.role,
        name: null,
        position,
      });
      newIds.set(participant.id, stored.id);
    });

    for (const response of file.responses) {
      const participantId = newIds.get(response.participant);
      // fileIssues has rejected unknown participants, so this only guards against future edits.
      if (participantId === undefined)
        throw new Error(`Unmapped participant ${response.participant}`);
      recordResponse(db, {
        workshopId: workshop.id,
        participantId,
        itemId: response.item,
        round: response.round,
        value: response.value,
        now,
      });
    }
    for (const entry of file.realityCheck) insertRealityCheckEntry(db, workshop.id, entry);
    for (const entry of file.decisions) insertDecisionEntry(db, workshop.id, entry);
    clientStatementsFromFile(db, workshop.id, file, newIds, now);
    agendaFromFile(db, workshop.id, file);

    return requireWorkshop(db, workshop.id);
  })();
}

/**
 * Exports a workshop as a workshop file. Participants get ids "p1", "p2"… by position, so the
 * file never carries store ids or names, and answers come in a stable order.
 */
export function workshopFileFrom(db: Db, workshopId: string): WorkshopFile {
  return db.transaction((): WorkshopFile => {
    const workshop = requireWorkshop(db, workshopId);
    const instrumentVersion = workshopInstrumentVersion(db, workshopId);
    const participants = listParticipants(db, workshopId);
    const fileIds = new Map(
      participants.map((participant, index) => [participant.id, `p${index + 1}`]),
    );
    const fileIdOf = (participantId: string): string => {
      const fileId = fileIds.get(participantId);
      // The composite foreign key keeps every answer inside its participant's workshop.
      if (fileId === undefined) throw new Error(`Answer from unknown participant ${participantId}`);
      return fileId;
    };

    return {
      format: FORMAT_NAME,
      version: FORMAT_VERSION,
      workshop: {
        title: workshop.title,
        client: workshop.client,
        team: workshop.team,
        date: workshop.date,
        facilitator: workshop.facilitator,
        language: workshop.language,
        anonymityThreshold: workshop.anonymityThreshold,
        ...(instrumentVersion === null ? {} : { instrumentVersion }),
        notes: workshop.notes,
      },
      participants: participants.map((participant) => ({
        id: fileIdOf(participant.id),
        alias: participant.alias,
        role: participant.role,
      })),
      responses: listGivenResponses(db, workshopId).map((response) => ({
        participant: fileIdOf(response.participantId),
        item: response.itemId,
        round: response.round,
        value: response.value,
      })),
      realityCheck: listRealityCheckEntries(db, workshopId).map((entry) => ({
        title: entry.title,
        reported: entry.reported,
        verified: entry.verified,
        ownerClear: entry.ownerClear,
        decisionTraceable: entry.decisionTraceable,
      })),
      decisions: listDecisionEntries(db, workshopId).map((entry) => ({
        title: entry.title,
        deciderKnown: entry.deciderKnown,
        inputsKnown: entry.inputsKnown,
        recorded: entry.recorded,
        recordedNote: entry.recordedNote,
        replayable: entry.replayable,
      })),
      ...clientStatementsOfFile(db, workshopId, fileIdOf),
      ...agendaOfFile(db, workshopId),
    };
  })();
}
