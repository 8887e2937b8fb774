import type { Handlers, ParsedInput } from '../../shared/api/contract';
import type { FieldIssue } from '../../shared/api/errors';
import type { Participant, ParticipantDraft } from '../../shared/domain/workshop';
import {
  deleteParticipant,
  getParticipant,
  insertParticipant,
  listParticipants,
  nextParticipantPosition,
  updateParticipant,
} from '../store/repositories/participants';
import { touchWorkshop } from '../store/repositories/workshops';
import { drawAliases } from './alias-draw';
import { nowIso, type Db, type ServiceDeps } from './service-deps';
import { invalidInput, notFound } from './service-errors';
import { requireWorkshop } from './workshop-service';

type ParticipantChannel =
  'participant:list' | 'participant:add' | 'participant:update' | 'participant:remove';

function roleIssue(
  path: string,
  role: string,
  roleGroups: readonly string[],
): FieldIssue | undefined {
  if (roleGroups.includes(role)) return undefined;
  return {
    path,
    message: `"${role}" is not one of this workshop's role groups (${roleGroups.join(', ')})`,
  };
}

/** Names are optional; a blank one is stored as no name at all. */
function cleanName(name: string | undefined): string | null {
  const trimmed = name?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

function cleanAlias(alias: string | undefined): string {
  return alias?.trim() ?? '';
}

/** Handlers for the `participant:*` channels. */
export function participantHandlers(db: Db, deps: ServiceDeps): Pick<Handlers, ParticipantChannel> {
  const { clock } = deps;

  const add = db.transaction(
    (workshopId: string, drafts: readonly ParticipantDraft[]): Participant[] => {
      const workshop = requireWorkshop(db, workshopId);
      const existing = new Set(listParticipants(db, workshopId).map((p) => p.alias));
      const inBatch = new Set<string>();
      const issues: FieldIssue[] = [];

      drafts.forEach((draft, index) => {
        const alias = cleanAlias(draft.alias);
        if (alias !== '') {
          if (existing.has(alias)) {
            issues.push({
              path: `participants[${index}].alias`,
              message: `"${alias}" is already used in this workshop`,
            });
          } else if (inBatch.has(alias)) {
            issues.push({
              path: `participants[${index}].alias`,
              message: `"${alias}" appears more than once in this list`,
            });
          }
          inBatch.add(alias);
        }
        const issue = roleIssue(`participants[${index}].role`, draft.role, workshop.roleGroups);
        if (issue) issues.push(issue);
      });
      if (issues.length > 0) throw invalidInput('participant:add', issues);

      // Typed aliases are reserved first so a generated one never takes a name someone chose.
      const taken = new Set([...existing, ...inBatch]);
      const generated = drawAliases(
        taken,
        drafts.filter((draft) => cleanAlias(draft.alias) === '').length,
        deps.randomIndex,
      );
      let position = nextParticipantPosition(db, workshopId);
      const added = drafts.map((draft) => {
        const alias = cleanAlias(draft.alias) || (generated.shift() ?? '');
        return insertParticipant(db, {
          workshopId,
          alias,
          role: draft.role,
          name: cleanName(draft.name),
          position: position++,
        });
      });
      touchWorkshop(db, workshopId, nowIso(clock));
      return added;
    },
  );

  const update = db.transaction((input: ParsedInput<'participant:update'>): Participant => {
    const current = getParticipant(db, input.id);
    if (!current) throw notFound('participant', input.id);
    const workshop = requireWorkshop(db, current.workshopId);
    const issues: FieldIssue[] = [];
    const clash = listParticipants(db, current.workshopId).some(
      (other) => other.id !== current.id && other.alias === input.alias,
    );
    if (clash)
      issues.push({ path: 'alias', message: `"${input.alias}" is already used in this workshop` });
    const issue = roleIssue('role', input.role, workshop.roleGroups);
    if (issue) issues.push(issue);
    if (issues.length > 0) throw invalidInput('participant:update', issues);

    const updated = updateParticipant(db, input.id, {
      alias: input.alias,
      role: input.role,
      // Leaving the name out keeps it; sending an empty one clears it.
      name: input.name === undefined ? current.name : cleanName(input.name),
    });
    if (!updated) throw notFound('participant', input.id);
    touchWorkshop(db, current.workshopId, nowIso(clock));
    return updated;
  });

  const remove = db.transaction((id: string): { id: string } => {
    const current = getParticipant(db, id);
    if (!current || !deleteParticipant(db, id)) throw notFound('participant', id);
    touchWorkshop(db, current.workshopId, nowIso(clock));
    return { id };
  });

  return {
    'participant:list': ({ workshopId }) => {
      requireWorkshop(db, workshopId);
      return listParticipants(db, workshopId);
    },
    'participant:add': ({ workshopId, participants }) => add(workshopId, participants),
    'participant:update': (input) => update(input),
    'participant:remove': ({ id }) => remove(id),
  };
}
