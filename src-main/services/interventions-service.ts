import type { Handlers } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { instrumentOf } from '../../shared/instrument';
import type { Language } from '../../shared/domain/workshop';
import {
  actionPlanForReport,
  buildTrend,
  CATALOGUE,
  interventionById,
  recommendInterventions,
  reportInterventions,
  type Action,
  type Recommendation,
  type TrendInputWorkshop,
} from '../../shared/interventions';
import {
  actionForIntervention,
  deleteAction,
  getAction,
  insertAction,
  listActions,
  setVotesPerPerson,
  updateAction,
  type ActionFields,
} from '../store/repositories/actions';
import { anyDotsPlaced, clearActionDots, getVoteReveal } from '../store/repositories/action-votes';
import { followChain, getFollowsId, setFollowsId } from '../store/repositories/followups';
import { foldForSearch } from '../store/repositories/workshops';
import { workshopEvents, type EventBus } from './events';
import { nowIso, type Db, type ServiceDeps } from './service-deps';
import { invalidInput, notFound } from './service-errors';
import { scoreStored } from './results-service';
import { requireWorkshop } from './workshop-service';
import {
  placeDots,
  revealVote,
  VoteRefusal,
  voteApiError,
  voteGridOf,
  voteStateOf,
} from './vote-service';

type InterventionsChannel =
  | 'interventions:recommend'
  | 'actions:list'
  | 'actions:save'
  | 'actions:remove'
  | 'actions:voteGrid'
  | 'actions:vote'
  | 'actions:revealVote'
  | 'actions:configure'
  | 'workshop:linkFollowUp'
  | 'followup:trend';

/** The longest chain of linked workshops a trend shows (the newest ones). */
export const MAX_TREND_WORKSHOPS = 12;

function requireAction(db: Db, id: string): Action {
  const action = getAction(db, id);
  if (!action) throw notFound('action', id);
  return action;
}

/** The workshop's action plan (or, before one is agreed, its recommendations) for the PDF report. */
export function reportInterventionsOf(
  db: Db,
  workshopId: string,
  language: Language,
): ReturnType<typeof reportInterventions> {
  const result = scoreStored(db, workshopId);
  const plan = actionPlanForReport({
    language,
    recommendations: recommendInterventions(result),
    findings: result.findings,
    actions: listActions(db, workshopId),
    instrument: instrumentOf(result.instrumentVersion),
  });
  return reportInterventions(plan);
}

/** Handlers for recommendations, the action plan, dot votes and follow-up trends. */
export function interventionsHandlers(
  db: Db,
  deps: ServiceDeps,
  events: EventBus = workshopEvents,
): Pick<Handlers, InterventionsChannel> {
  const { clock } = deps;

  const recommendationFor = (workshopId: string, interventionId: string) => {
    const recommendations = recommendInterventions(scoreStored(db, workshopId));
    return recommendations.find((item) => item.interventionId === interventionId);
  };

  const save = db.transaction((draft: Parameters<Handlers['actions:save']>[0]) => {
    const workshop = requireWorkshop(db, draft.workshopId);
    const intervention =
      draft.interventionId === null ? undefined : interventionById(CATALOGUE, draft.interventionId);
    if (draft.interventionId !== null && intervention === undefined) {
      throw invalidInput('actions:save', [
        { path: 'interventionId', message: `"${draft.interventionId}" is not in the catalogue` },
      ]);
    }
    let existing = draft.id === undefined ? undefined : requireAction(db, draft.id);
    if (existing && existing.workshopId !== draft.workshopId) throw notFound('action', existing.id);
    if (existing && existing.interventionId !== draft.interventionId) {
      throw invalidInput('actions:save', [
        { path: 'interventionId', message: 'cannot change on an existing action' },
      ]);
    }
    if (!existing && draft.interventionId !== null) {
      // Saving an intervention twice (two tabs, a retry) updates the one action it has.
      existing = actionForIntervention(db, draft.workshopId, draft.interventionId);
    }
    if (intervention === undefined && draft.title === '') {
      throw invalidInput('actions:save', [{ path: 'title', message: 'is required' }]);
    }
    const lang = workshop.language;
    let targets: readonly string[] | undefined = draft.targets;
    if (targets === undefined) {
      if (existing) targets = existing.targets;
      else if (intervention) {
        // The recommendation knows the factors of its findings (role gaps, splits).
        targets = recommendationFor(workshop.id, intervention.id)?.targets ?? intervention.targets;
      } else targets = [];
    }
    const fields: ActionFields = {
      title: draft.title || (intervention?.title[lang] ?? ''),
      description: draft.description,
      owner: draft.owner,
      dueDate: draft.dueDate,
      successSignal:
        draft.successSignal || (existing ? '' : (intervention?.successSignal[lang] ?? '')),
      targets: [...new Set(targets)],
      selected: draft.selected,
    };
    const now = nowIso(clock);
    // An action unchosen while the vote is secret gives its dots back to whoever placed them.
    if (existing && !fields.selected && !getVoteReveal(db, workshop.id)) {
      clearActionDots(db, existing.id);
    }
    const action = existing
      ? updateAction(db, existing.id, fields, now)
      : insertAction(db, {
          workshopId: workshop.id,
          interventionId: draft.interventionId,
          fields,
          now,
        });
    // The candidates phones and the projector show changed: a new one, one chosen or unchosen, or
    // renamed. Owners, dates and signals change nothing they show.
    const candidatesChanged =
      !existing || existing.selected !== action.selected || existing.title !== action.title;
    return { result: { action, vote: voteStateOf(db, workshop.id) }, candidatesChanged };
  });

  const vote = db.transaction((input: Parameters<Handlers['actions:vote']>[0]) => {
    const action = requireAction(db, input.actionId);
    try {
      placeDots(db, {
        workshopId: action.workshopId,
        actionId: action.id,
        participantId: input.participantId,
        deviceId: null,
        replacesOthers: false,
        dots: input.dots,
      });
    } catch (error) {
      if (error instanceof VoteRefusal) throw voteApiError(error);
      throw error;
    }
    return { workshopId: action.workshopId, grid: voteGridOf(db, action.workshopId) };
  });

  const link = db.transaction((id: string, followsId: string | null) => {
    const workshop = requireWorkshop(db, id);
    if (followsId === null) {
      setFollowsId(db, id, null);
      return { id, followsId: null };
    }
    if (followsId === id) {
      throw invalidInput('workshop:linkFollowUp', [
        { path: 'followsId', message: 'a workshop cannot follow up itself' },
      ]);
    }
    const earlier = requireWorkshop(db, followsId);
    const team = (value: string) => foldForSearch(value.trim());
    if (
      team(workshop.team) !== '' &&
      team(earlier.team) !== '' &&
      team(workshop.team) !== team(earlier.team)
    ) {
      throw invalidInput('workshop:linkFollowUp', [
        {
          path: 'followsId',
          message: `belongs to team "${earlier.team}", not "${workshop.team}"`,
        },
      ]);
    }
    if (earlier.date > workshop.date) {
      throw invalidInput('workshop:linkFollowUp', [
        {
          path: 'followsId',
          message: `is dated ${earlier.date}, after this workshop (${workshop.date})`,
        },
      ]);
    }
    if (followChain(db, followsId, Number.MAX_SAFE_INTEGER).includes(id)) {
      throw invalidInput('workshop:linkFollowUp', [
        {
          path: 'followsId',
          message: 'already follows this workshop; linking back would make a loop',
        },
      ]);
    }
    setFollowsId(db, id, followsId);
    return { id, followsId };
  });

  return {
    'interventions:recommend': ({ workshopId }) => {
      const workshop = requireWorkshop(db, workshopId);
      const result = scoreStored(db, workshopId);
      const findings = new Map(result.findings.map((finding) => [finding.id, finding]));
      const view = (recommendation: Recommendation) => {
        const intervention = interventionById(CATALOGUE, recommendation.interventionId);
        if (!intervention) throw new Error(`Unknown intervention ${recommendation.interventionId}`);
        return {
          ...recommendation,
          intervention,
          findings: recommendation.triggeredBy.flatMap((id) => {
            const finding = findings.get(id);
            return finding
              ? [
                  {
                    id: finding.id,
                    title: finding.title,
                    severity: finding.severity,
                    confidence: finding.confidence,
                  },
                ]
              : [];
          }),
        };
      };
      return {
        workshopId,
        catalogueVersion: CATALOGUE.version,
        language: workshop.language,
        recommendations: recommendInterventions(result).map(view),
      };
    },

    'actions:list': ({ workshopId }) =>
      db.transaction(() => {
        const vote = voteStateOf(db, workshopId);
        return { actions: listActions(db, workshopId), vote };
      })(),

    'actions:save': (draft) => {
      const { result, candidatesChanged } = save(draft);
      if (candidatesChanged) events.publish({ type: 'candidates', workshopId: draft.workshopId });
      return result;
    },

    'actions:remove': ({ id }) => {
      const removed = db.transaction(() => {
        const action = requireAction(db, id);
        deleteAction(db, id);
        return { id, vote: voteStateOf(db, action.workshopId), workshopId: action.workshopId };
      })();
      events.publish({ type: 'candidates', workshopId: removed.workshopId });
      return { id: removed.id, vote: removed.vote };
    },

    'actions:voteGrid': ({ workshopId }) => db.transaction(() => voteGridOf(db, workshopId))(),

    'actions:vote': (input) => {
      const { workshopId, grid } = vote(input);
      // Screens refetch the count of voters; phones are not told (each vote would wake them all).
      events.publish({ type: 'vote', workshopId });
      return grid;
    },

    'actions:revealVote': ({ workshopId }) => {
      const state = db.transaction(() => revealVote(db, workshopId, nowIso(clock)))();
      // A 'run' event: the phones must look again too, as their vote has closed.
      events.publish({ type: 'run', workshopId });
      return state;
    },

    'actions:configure': ({ workshopId, votesPerPerson }) =>
      db.transaction(() => {
        requireWorkshop(db, workshopId);
        // Changing N once dots are placed would strand some ballots over budget, and refusing
        // "someone has more than N" would tell how someone voted: N is fixed at the first dot.
        if (getVoteReveal(db, workshopId) || anyDotsPlaced(db, workshopId)) {
          throw new ApiError(
            'conflict',
            'Dots are already placed: the dots per person can change only before the vote starts.',
          );
        }
        setVotesPerPerson(db, workshopId, votesPerPerson);
        return voteStateOf(db, workshopId);
      })(),

    'workshop:linkFollowUp': ({ id, followsId }) => link(id, followsId),

    'followup:trend': ({ workshopId }) => {
      const { chain, previousActions } = db.transaction(() => {
        requireWorkshop(db, workshopId);
        const ids = followChain(db, workshopId, MAX_TREND_WORKSHOPS).reverse();
        const chain: TrendInputWorkshop[] = ids.map((id) => {
          const workshop = requireWorkshop(db, id);
          return {
            id,
            title: workshop.title,
            date: workshop.date,
            team: workshop.team,
            result: scoreStored(db, id),
          };
        });
        const previousId = getFollowsId(db, workshopId);
        const previousActions =
          previousId === null
            ? []
            : listActions(db, previousId)
                .filter((action) => action.selected)
                .sort((a, b) => b.votes - a.votes || a.position - b.position);
        return { chain, previousActions };
      })();
      return buildTrend(chain, previousActions);
    },
  };
}
