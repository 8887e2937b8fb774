import type { Language } from '../domain/workshop';
import { DIMENSION_PREFIX, INSTRUMENT, type Instrument, type Localized } from '../instrument';
import type { ReportIntervention } from '../report/model';
import type { Finding } from '../scoring/result';
import { CATALOGUE, interventionById } from './catalogue';
import type { Recommendation } from './recommend';
import type { Catalogue, Horizon } from './types';

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
  /** The catalogue intervention, or null for the room's own action. */
  interventionId: string | null;
  /** The catalogue's why, first step and suggested owner role; '' for the room's own action. */
  why: string;
  firstStep: string;
  suggestedOwner: string;
  horizon: Horizon | null;
  /** Ids of the findings that triggered it, strongest first (empty for the room's own). */
  findings: string[];
  /** Factor ids the follow-up should see fall. */
  targetIds: string[];
  /** The room's own success signal when it wrote one other than the catalogue's, else ''. */
  roomSignal: string;
}

/** One recommended intervention the room did not choose. */
export interface NotChosenRow {
  rank: number;
  title: string;
  mechanism: string;
  what: string;
  /** Why it helps: its link to the framework. */
  why: string;
  firstStep: string;
  /** The role the catalogue suggests should own it. */
  suggestedOwner: string;
  successSignal: string;
  because: string[];
  interventionId: string;
  horizon: Horizon;
  /** Ids of the findings that triggered it, strongest first. */
  findings: string[];
  /** Factor ids the follow-up should see fall. */
  targetIds: string[];
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
    const signal = action.successSignal.trim();
    const catalogueSignal =
      intervention === undefined
        ? false
        : Object.values(intervention.successSignal).some((text) => text.trim() === signal);
    // A catalogue text the action still carries as saved (in the workshop's language) is printed
    // in the report's language; only what the room wrote itself stays as written.
    const inReportLanguage = (stored: string, text: Localized | undefined): string =>
      text !== undefined && (stored.trim() === '' || Object.values(text).includes(stored.trim()))
        ? text[lang]
        : stored;
    return {
      title: inReportLanguage(action.title, intervention?.title),
      description: inReportLanguage(action.description, intervention?.what),
      mechanism: intervention ? mechanismLabel(intervention.mechanism) : '',
      owner: action.owner,
      dueDate: action.dueDate,
      successSignal: inReportLanguage(action.successSignal, intervention?.successSignal),
      votes: action.votes,
      targets: action.targets.map(factorLabel),
      recommendedRank: recommendation?.rank ?? null,
      because: because(recommendation),
      interventionId: intervention?.id ?? null,
      why: intervention?.why[lang] ?? '',
      firstStep: intervention?.firstStep[lang] ?? '',
      suggestedOwner: intervention?.owner[lang] ?? '',
      horizon: intervention?.horizon ?? null,
      findings: [...(recommendation?.triggeredBy ?? [])],
      targetIds: [...action.targets],
      roomSignal: signal === '' || catalogueSignal ? '' : signal,
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
          why: intervention.why[lang],
          firstStep: intervention.firstStep[lang],
          suggestedOwner: intervention.owner[lang],
          successSignal: intervention.successSignal[lang],
          because: because(recommendation),
          interventionId: intervention.id,
          horizon: intervention.horizon,
          findings: [...recommendation.triggeredBy],
          targetIds: [...recommendation.targets],
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
  const recommended = plan.notChosen.map((row): ReportIntervention => ({
    title: row.title,
    because: row.because,
    firstStep: row.firstStep,
    suggestedOwner: row.suggestedOwner,
    successSignal: row.successSignal,
    priority: row.rank,
    recommended: true,
    interventionId: row.interventionId,
    what: row.what,
    why: row.why,
    horizon: row.horizon,
    findings: row.findings,
    targets: row.targetIds,
  }));
  if (plan.agreed.length === 0) return { recommendations: recommended, alsoRecommended: [] };
  return {
    recommendations: plan.agreed.map((row, index): ReportIntervention => ({
      title: row.title,
      because: row.because,
      owner: row.owner,
      ...(row.dueDate === null ? {} : { due: row.dueDate }),
      successSignal: row.successSignal,
      priority: index,
      ...(row.interventionId === null ? {} : { interventionId: row.interventionId }),
      what: row.description,
      ...(row.why === '' ? {} : { why: row.why }),
      ...(row.firstStep === '' ? {} : { firstStep: row.firstStep }),
      ...(row.suggestedOwner === '' ? {} : { suggestedOwner: row.suggestedOwner }),
      ...(row.horizon === null ? {} : { horizon: row.horizon }),
      findings: row.findings,
      targets: row.targetIds,
      votes: row.votes,
      ...(row.roomSignal === '' ? {} : { roomSignal: row.roomSignal }),
    })),
    alsoRecommended: recommended,
  };
}
