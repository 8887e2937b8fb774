import type { Language } from '../domain/workshop';
import { DIMENSION_PREFIX, INSTRUMENT, type Instrument } from '../instrument';
import type { ReportIntervention } from '../report/model';
import type { Finding } from '../scoring/result';
import { CATALOGUE, interventionById } from './catalogue';
import type { Recommendation } from './recommend';
import type { Catalogue } from './types';

/** What the report needs of a stored action. */
export interface ActionPlanAction {
  interventionId: string | null;
  title: string;
  description: string;
  owner: string;
  dueDate: string | null;
  successSignal: string;
  targets: readonly string[];
  selected: boolean;
  votes: number;
  position: number;
}

export interface ActionPlanInput {
  language: Language;
  /** `recommendInterventions(result)` for the same workshop. */
  recommendations: readonly Recommendation[];
  /** `result.findings`, for the titles of the findings behind each recommendation. */
  findings: readonly Pick<Finding, 'id' | 'title'>[];
  actions: readonly ActionPlanAction[];
  catalogue?: Catalogue;
  instrument?: Instrument;
}

/** One agreed action, every text in the workshop's language. */
export interface AgreedActionRow {
  title: string;
  /** The room's own description, or the catalogue's "what it is" for a catalogue intervention. */
  description: string;
  /** Mechanism label; '' for the room's own action. */
  mechanism: string;
  owner: string;
  /** YYYY-MM-DD or null when not set. */
  dueDate: string | null;
  successSignal: string;
  votes: number;
  /** Factor labels the follow-up should see fall. */
  targets: string[];
  /** Rank among the recommendations, or null when the room added it itself. */
  recommendedRank: number | null;
  /** Titles of the findings that triggered it (empty for the room's own). */
  because: string[];
}

/** One recommended intervention the room did not choose. */
export interface NotChosenRow {
  rank: number;
  title: string;
  mechanism: string;
  what: string;
  firstStep: string;
  /** The role the catalogue suggests should own it. */
  suggestedOwner: string;
  successSignal: string;
  because: string[];
}

export interface ActionPlan {
  /** Chosen actions, most votes first, then in the room's order. */
  agreed: AgreedActionRow[];
  /** Recommended but not chosen, by rank: for the report's appendix. */
  notChosen: NotChosenRow[];
}

/** The agreed action plan and the recommended-but-not-chosen interventions as plain rows for the report. */
export function actionPlanForReport(input: ActionPlanInput): ActionPlan {
  const { language: lang, recommendations } = input;
  const catalogue = input.catalogue ?? CATALOGUE;
  const instrument = input.instrument ?? INSTRUMENT;
  const findingTitle = new Map(input.findings.map((finding) => [finding.id, finding.title[lang]]));
  const mechanismLabel = (id: string) =>
    catalogue.mechanisms.find((mechanism) => mechanism.id === id)?.label[lang] ?? id;
  const factorLabel = (id: string) =>
    instrument.factors.find((factor) => `${DIMENSION_PREFIX[factor.dimension]}.${factor.id}` === id)
      ?.label[lang] ?? id;
  const because = (recommendation: Recommendation | undefined) =>
    (recommendation?.triggeredBy ?? []).map((id) => findingTitle.get(id) ?? id);
  const byIntervention = new Map(recommendations.map((r) => [r.interventionId, r]));

  const chosen = input.actions
    .filter((action) => action.selected)
    .sort((a, b) => b.votes - a.votes || a.position - b.position);
  const agreed = chosen.map((action): AgreedActionRow => {
    const intervention =
      action.interventionId === null
        ? undefined
        : interventionById(catalogue, action.interventionId);
    const recommendation =
      action.interventionId === null ? undefined : byIntervention.get(action.interventionId);
    return {
      title: action.title || (intervention?.title[lang] ?? ''),
      description: action.description || (intervention?.what[lang] ?? ''),
      mechanism: intervention ? mechanismLabel(intervention.mechanism) : '',
      owner: action.owner,
      dueDate: action.dueDate,
      successSignal: action.successSignal || (intervention?.successSignal[lang] ?? ''),
      votes: action.votes,
      targets: action.targets.map(factorLabel),
      recommendedRank: recommendation?.rank ?? null,
      because: because(recommendation),
    };
  });

  const chosenIds = new Set(chosen.map((action) => action.interventionId));
  const notChosen = recommendations
    .filter((recommendation) => !chosenIds.has(recommendation.interventionId))
    .sort((a, b) => a.rank - b.rank)
    .flatMap((recommendation): NotChosenRow[] => {
      const intervention = interventionById(catalogue, recommendation.interventionId);
      if (!intervention) return [];
      return [
        {
          rank: recommendation.rank,
          title: intervention.title[lang],
          mechanism: mechanismLabel(intervention.mechanism),
          what: intervention.what[lang],
          firstStep: intervention.firstStep[lang],
          suggestedOwner: intervention.owner[lang],
          successSignal: intervention.successSignal[lang],
          because: because(recommendation),
        },
      ];
    });

  return { agreed, notChosen };
}

/**
 * The plan in the report model's intervention shape: the agreed actions in order, with the
 * recommended-but-not-chosen ones for the appendix; while the room has agreed none, the
 * recommendations by rank (so page 1 still says what to do next).
 */
export function reportInterventions(plan: ActionPlan): {
  recommendations: ReportIntervention[];
  alsoRecommended: ReportIntervention[];
} {
  const recommended = plan.notChosen.map((row) => ({
    title: row.title,
    because: row.because,
    firstStep: row.firstStep,
    suggestedOwner: row.suggestedOwner,
    successSignal: row.successSignal,
    priority: row.rank,
    recommended: true,
  }));
  if (plan.agreed.length === 0) return { recommendations: recommended, alsoRecommended: [] };
  return {
    recommendations: plan.agreed.map((row, index) => ({
      title: row.title,
      because: row.because,
      owner: row.owner,
      ...(row.dueDate === null ? {} : { due: row.dueDate }),
      successSignal: row.successSignal,
      priority: index,
    })),
    alsoRecommended: recommended,
  };
}
