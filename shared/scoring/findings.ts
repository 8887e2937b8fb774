import type { WorkshopFile } from '../format/workshop-file';
import { DIMENSION_PREFIX, type Instrument, type Localized } from '../instrument/types';
import {
  EVIDENCE_CONFIDENCE_N,
  EVIDENCE_TRIGGER,
  ROLE_GAP_HIGH_POINTS,
  ROLE_GAP_POINTS,
  SEVERITY_CUTS,
  SURVEY_CONFIDENCE_N,
  SURVEY_TRIGGER,
  UNVERIFIED_TRIGGER,
} from './constants';
import {
  assessedOnly,
  decisionEntryGap,
  ownerGap,
  recordGap,
  replayGap,
  unknownGap,
  verificationGap,
} from './evidence';
import type { Confidence, FactorScore, Finding, ScoreResult, Severity } from './result';
import { compareText, mean, round1 } from './stats';

/** Everything a finding may read: the scored workshop before findings and fingerprint. */
export type ScoredWithoutFindings = Omit<ScoreResult, 'findings' | 'fingerprint'>;

export const FINDING_RULES = [
  'decisions-not-replayable',
  'inconsistent-outcomes',
  'non-local-propagation',
  'ownership-unassignable',
  'controls-not-mapping',
  'factor-level',
  'reported-work-not-verified',
  'progress-perception-mismatch',
  'visibility-perception-mismatch',
  'role-reality-gap',
  'split-room',
  'revote-converged',
  'revote-diverged',
] as const;
export type FindingRule = (typeof FINDING_RULES)[number];

const SEVERITY_RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2, critical: 3 };
const CONFIDENCE_RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };
const CONFIDENCES: readonly Confidence[] = ['low', 'medium', 'high'];

/** Severity from a 0–100 strength: ≥ 80 critical, ≥ 65 high, ≥ 50 medium, else low. */
export function severityOf(strength: number): Severity {
  if (strength >= SEVERITY_CUTS.critical) return 'critical';
  if (strength >= SEVERITY_CUTS.high) return 'high';
  if (strength >= SEVERITY_CUTS.medium) return 'medium';
  return 'low';
}

function surveyConfidence(n: number): Confidence {
  if (n >= SURVEY_CONFIDENCE_N.high) return 'high';
  if (n >= SURVEY_CONFIDENCE_N.medium) return 'medium';
  return 'low';
}

function evidenceConfidence(entries: number): Confidence {
  if (entries >= EVIDENCE_CONFIDENCE_N.high) return 'high';
  if (entries >= EVIDENCE_CONFIDENCE_N.medium) return 'medium';
  return 'low';
}

function step(confidence: Confidence, by: number): Confidence {
  const index = Math.max(0, Math.min(2, CONFIDENCE_RANK[confidence] + by));
  return CONFIDENCES[index] ?? confidence;
}

function lower(a: Confidence, b: Confidence): Confidence {
  return CONFIDENCE_RANK[a] <= CONFIDENCE_RANK[b] ? a : b;
}

/** A factor's survey confidence: by n, one step lower when the room is split on it. */
function factorConfidence(factor: FactorScore): Confidence {
  return step(surveyConfidence(factor.n), factor.agreement === 'split' ? -1 : 0);
}

const fmt = (value: number): string => value.toFixed(1);
/** Spanish writes the decimal with a comma. */
const fmtEs = (value: number): string => fmt(value).replace('.', ',');

interface Context {
  scored: ScoredWithoutFindings;
  file: WorkshopFile;
  instrument: Instrument;
}

function factorLabel(context: Context, id: string): Localized {
  const info = context.instrument.factors.find(
    (factor) => `${DIMENSION_PREFIX[factor.dimension]}.${factor.id}` === id,
  );
  return info === undefined ? { en: id, es: id } : info.label;
}

/** The factor id and the ids of its statements the room answered. */
function factorInputs(context: Context, id: string): string[] {
  return [id, ...context.scored.items.filter((item) => item.factor === id).map((item) => item.id)];
}

interface EvidenceSource {
  /** 0–100 share of failing evidence. */
  share: number;
  entries: number;
  failing: string[];
  detail: Localized;
}

interface SymptomRule {
  rule: FindingRule;
  factors: string[];
  evidence: EvidenceSource | null;
  title: Localized;
}

/**
 * The room is clearly on the debt side of a factor: the whole 95 % interval of its mean lies above
 * the neutral point (50). A mean of 50, or an interval that straddles it, is not a diagnosis: a
 * room answering "neither" everywhere, or a thin and scattered one, gets no finding from it.
 */
export function clearlyDebt(factor: FactorScore): boolean {
  return factor.mean !== null && factor.interval !== null && factor.interval.low > SURVEY_TRIGGER;
}

/** A symptom fires when a factor is clearly on the debt side or its evidence share ≥ 50; the stronger source sets severity. */
function symptomFinding(context: Context, spec: SymptomRule): Finding | null {
  const triggered = spec.factors
    .map((id) => context.scored.factors.find((factor) => factor.id === id))
    .filter((factor): factor is FactorScore => factor !== undefined && clearlyDebt(factor))
    .sort((a, b) => (b.mean ?? 0) - (a.mean ?? 0) || compareText(a.id, b.id));
  const evidence =
    spec.evidence !== null && spec.evidence.entries > 0 && spec.evidence.share >= EVIDENCE_TRIGGER
      ? spec.evidence
      : null;
  const strongest = triggered[0];
  if (strongest === undefined && evidence === null) return null;

  const strengths: number[] = [];
  const confidences: Confidence[] = [];
  const inputs: string[] = [];
  const en: string[] = [];
  const es: string[] = [];
  for (const factor of triggered) {
    const mean = factor.mean ?? 0;
    strengths.push(mean);
    inputs.push(...factorInputs(context, factor.id));
    const label = factorLabel(context, factor.id);
    const low = fmt(factor.interval?.low ?? mean);
    const high = fmt(factor.interval?.high ?? mean);
    en.push(
      `The room rates "${label.en}" at ${fmt(mean)} of 100 (95 % interval ${low}–${high}, n = ${factor.n}, SD ${fmt(factor.sd ?? 0)}).`,
    );
    es.push(
      `La sala sitúa «${label.es}» en ${fmtEs(mean)} de 100 (intervalo del 95 % ${fmtEs(factor.interval?.low ?? mean)}–${fmtEs(factor.interval?.high ?? mean)}, n = ${factor.n}, DE ${fmtEs(factor.sd ?? 0)}).`,
    );
  }
  if (strongest !== undefined) confidences.push(factorConfidence(strongest));
  if (evidence !== null) {
    strengths.push(evidence.share);
    confidences.push(evidenceConfidence(evidence.entries));
    inputs.push(...evidence.failing);
    en.push(evidence.detail.en);
    es.push(evidence.detail.es);
  }
  const best = confidences.reduce(
    (a, b) => (CONFIDENCE_RANK[b] > CONFIDENCE_RANK[a] ? b : a),
    'low',
  );
  // Survey and evidence pointing the same way is worth more than either alone.
  const confidence = confidences.length > 1 ? step(best, 1) : best;
  return {
    id: spec.rule,
    rule: spec.rule,
    severity: severityOf(Math.max(...strengths)),
    confidence,
    title: spec.title,
    detail: { en: en.join(' '), es: es.join(' ') },
    inputs: [...new Set(inputs)],
  };
}

function indexed<T>(list: readonly T[], prefix: string, failing: (entry: T) => boolean): string[] {
  return list.flatMap((entry, index) => (failing(entry) ? [`${prefix}[${index}]`] : []));
}

function symptomFindings(context: Context): Finding[] {
  const { realityCheck: rc, decisions: ds } = context.file;
  // Unassessed evidence fields (null) neither fail nor pass: each share is over what was assessed.
  const noRecord = (entry: (typeof ds)[number]): number | null => {
    const parts = assessedOnly([recordGap(entry), unknownGap(entry.inputsKnown)]);
    return parts.length === 0 ? null : mean(parts);
  };
  const replayShares = assessedOnly([
    ...ds.map(noRecord),
    ...rc.map((entry) => unknownGap(entry.decisionTraceable)),
  ]);
  const recordAssessed = ds.filter((entry) => noRecord(entry) !== null).length;
  const unrecorded = ds.filter((entry) => (noRecord(entry) ?? 0) > 0).length;
  const traceAssessed = rc.filter((entry) => entry.decisionTraceable !== null).length;
  const untraced = rc.filter((entry) => entry.decisionTraceable === false).length;

  const ownerShares = assessedOnly([
    ...rc.map(ownerGap),
    ...ds.map((entry) => unknownGap(entry.deciderKnown)),
  ]);
  const ownerAssessed = rc.filter((entry) => entry.ownerClear !== null).length;
  const noOwner = rc.filter((entry) => entry.ownerClear === 'no').length;
  const unclearOwner = rc.filter((entry) => entry.ownerClear === 'unclear').length;
  const deciderAssessed = ds.filter((entry) => entry.deciderKnown !== null).length;
  const noDecider = ds.filter((entry) => entry.deciderKnown === false).length;

  const replayAssessed = ds.filter((entry) => entry.replayable !== null).length;
  const notReplayable = ds.filter((entry) => entry.replayable === 'no').length;
  const unsure = ds.filter((entry) => entry.replayable === 'unsure').length;

  const share = (values: readonly number[]): number =>
    values.length === 0 ? 0 : round1(100 * mean(values));

  const specs: SymptomRule[] = [
    {
      rule: 'decisions-not-replayable',
      factors: ['dv.replay'],
      title: {
        en: 'Decisions cannot be replayed or audited',
        es: 'Las decisiones no se pueden reconstruir ni auditar',
      },
      evidence: {
        share: share(replayShares),
        entries: replayShares.length,
        failing: [
          ...indexed(ds, 'decisions', (entry) => (noRecord(entry) ?? 0) > 0),
          ...indexed(rc, 'realityCheck', (entry) => entry.decisionTraceable === false),
        ],
        detail: {
          en: `In the Decision Replay, ${unrecorded} of ${recordAssessed} decisions lack a record or known inputs; in the Reality Check, ${untraced} of ${traceAssessed} reported items cannot be traced to a decision; taken together, ${fmt(share(replayShares))} % of the evidence checked shows a gap.`,
          es: `En el Repaso de decisiones, a ${unrecorded} de ${recordAssessed} decisiones les falta registro o datos conocidos; en la Comprobación de realidad, ${untraced} de ${traceAssessed} elementos informados no se pueden vincular a una decisión; en conjunto, el ${fmtEs(share(replayShares))} % de la evidencia revisada muestra una brecha.`,
        },
      },
    },
    {
      rule: 'inconsistent-outcomes',
      factors: ['dv.consistency'],
      title: {
        en: 'Identical inputs give inconsistent outcomes',
        es: 'Los mismos datos dan resultados distintos',
      },
      evidence: {
        share: share(assessedOnly(ds.map(replayGap))),
        entries: replayAssessed,
        failing: indexed(
          ds,
          'decisions',
          (entry) => entry.replayable !== null && entry.replayable !== 'yes',
        ),
        detail: {
          en: `Decision Replay: on the same inputs today, ${notReplayable} of ${replayAssessed} decisions would come out differently and ${unsure} of ${replayAssessed} are uncertain.`,
          es: `Repaso de decisiones: con los mismos datos hoy, ${notReplayable} de ${replayAssessed} decisiones saldrían distintas y en ${unsure} de ${replayAssessed} hay dudas.`,
        },
      },
    },
    {
      rule: 'non-local-propagation',
      factors: ['er.propagation', 'td.coupling'],
      title: {
        en: 'Changes propagate in non-local, unexpected ways',
        es: 'Los cambios se propagan de forma imprevista y lejos de su origen',
      },
      evidence: null,
    },
    {
      rule: 'ownership-unassignable',
      factors: ['dv.ownership'],
      title: {
        en: 'Ownership cannot be cleanly assigned',
        es: 'No se puede asignar con claridad quién es responsable',
      },
      evidence: {
        share: share(ownerShares),
        entries: ownerShares.length,
        failing: [
          ...indexed(
            rc,
            'realityCheck',
            (entry) => entry.ownerClear !== null && entry.ownerClear !== 'yes',
          ),
          ...indexed(ds, 'decisions', (entry) => entry.deciderKnown === false),
        ],
        detail: {
          en: `In the Reality Check, ${noOwner} of ${ownerAssessed} reported items have no owner and ${unclearOwner} an unclear one; the decider is unknown for ${noDecider} of ${deciderAssessed} replayed decisions.`,
          es: `En la Comprobación de realidad, ${noOwner} de ${ownerAssessed} elementos informados no tienen responsable y ${unclearOwner} lo tienen poco claro; no se sabe quién decidió en ${noDecider} de ${deciderAssessed} decisiones revisadas.`,
        },
      },
    },
    {
      rule: 'controls-not-mapping',
      factors: ['dv.controls'],
      title: {
        en: 'Controls do not reliably map to results',
        es: 'Los controles no se reflejan de forma fiable en los resultados',
      },
      evidence: null,
    },
  ];
  return specs
    .map((spec) => symptomFinding(context, spec))
    .filter((finding): finding is Finding => finding !== null);
}

/** Factors a symptom rule reads: their level speaks through that symptom, not on its own. */
const SYMPTOM_FACTORS = new Set([
  'dv.replay',
  'dv.consistency',
  'er.propagation',
  'td.coupling',
  'dv.ownership',
  'dv.controls',
]);

/**
 * Every other factor the room places clearly on the debt side (its whole interval above 50)
 * is a finding of its own, so no dimension is left without a way to say "this is where it hurts".
 * Severity from the mean; confidence from n, one step lower when the room is split.
 */
function levelFindings(context: Context): Finding[] {
  return context.scored.factors
    .filter((factor) => !SYMPTOM_FACTORS.has(factor.id) && clearlyDebt(factor))
    .map((factor) => {
      const label = factorLabel(context, factor.id);
      const mean = factor.mean ?? 0;
      const low = fmt(factor.interval?.low ?? mean);
      const high = fmt(factor.interval?.high ?? mean);
      return {
        id: `factor-level:${factor.id}`,
        rule: 'factor-level',
        severity: severityOf(mean),
        confidence: factorConfidence(factor),
        title: {
          en: `Clear debt: ${label.en}`,
          es: `Deuda clara: ${label.es}`,
        },
        detail: {
          en: `The room places "${label.en}" on the debt side: ${fmt(mean)} of 100, and even the low end of its 95 % interval (${low}–${high}, n = ${factor.n}, SD ${fmt(factor.sd ?? 0)}) is above the neutral 50.`,
          es: `La sala sitúa «${label.es}» del lado de la deuda: ${fmtEs(mean)} de 100, e incluso el extremo bajo de su intervalo del 95 % (${fmtEs(factor.interval?.low ?? mean)}–${fmtEs(factor.interval?.high ?? mean)}, n = ${factor.n}, DE ${fmtEs(factor.sd ?? 0)}) supera el 50 neutral.`,
        },
        inputs: factorInputs(context, factor.id),
      } satisfies Finding;
    });
}

/** Reality Check items whose verification was assessed: what `unverifiedShare` is made of. */
function verificationsChecked(evidence: ScoredWithoutFindings['evidence']): number {
  const rc = evidence.realityCheck;
  return rc.verified + rc.partly + rc.notVerified + rc.unknown;
}

function unverifiedFinding(context: Context): Finding | null {
  const rc = context.scored.evidence.realityCheck;
  if (rc.unverifiedShare === null || rc.unverifiedShare < UNVERIFIED_TRIGGER) return null;
  const failing = indexed(
    context.file.realityCheck,
    'realityCheck',
    (entry) => (verificationGap(entry) ?? 0) > 0,
  );
  const checked = verificationsChecked(context.scored.evidence);
  return {
    id: 'reported-work-not-verified',
    rule: 'reported-work-not-verified',
    severity: severityOf(rc.unverifiedShare),
    confidence: evidenceConfidence(checked),
    title: {
      en: 'Reported work cannot be verified',
      es: 'El trabajo informado no se puede verificar',
    },
    detail: {
      en: `Reality Check of ${checked} items reported as done or on track: verified ${rc.verified}, partly ${rc.partly}, not verified ${rc.notVerified}, unknown ${rc.unknown}; ${fmt(rc.unverifiedShare)} of 100 unverified.`,
      es: `Comprobación de realidad de ${checked} elementos informados como terminados o en plazo: verificados ${rc.verified}, en parte ${rc.partly}, no verificados ${rc.notVerified}, desconocidos ${rc.unknown}; ${fmtEs(rc.unverifiedShare)} de 100 sin verificar.`,
    },
    inputs: failing,
  };
}

function mismatchFindings(context: Context): Finding[] {
  const { evidence, factors } = context.scored;
  const findings: Finding[] = [];
  const progress = evidence.progressMismatch;
  const progressFactor = factors.find((factor) => factor.id === 'er.progress');
  if (progress !== null && progress.flagged && progressFactor !== undefined) {
    const optimistic = progress.difference < 0;
    findings.push({
      id: 'progress-perception-mismatch',
      rule: 'progress-perception-mismatch',
      severity: optimistic ? 'high' : 'medium',
      confidence: lower(
        factorConfidence(progressFactor),
        evidenceConfidence(verificationsChecked(evidence)),
      ),
      title: optimistic
        ? {
            en: 'The room believes more is done than can be shown',
            es: 'La sala cree que hay más hecho de lo que se puede demostrar',
          }
        : {
            en: 'The room doubts progress the evidence supports',
            es: 'La sala duda de un avance que la evidencia respalda',
          },
      detail: {
        en: `Perceived debt on reported versus actual progress is ${fmt(progress.perceived)} of 100 (n = ${progressFactor.n}); the Reality Check finds ${fmt(progress.observed)} of 100 unverified, a difference of ${fmt(Math.abs(progress.difference))} points.`,
        es: `La deuda percibida entre avance informado y real es ${fmtEs(progress.perceived)} de 100 (n = ${progressFactor.n}); la Comprobación de realidad encuentra ${fmtEs(progress.observed)} de 100 sin verificar, una diferencia de ${fmtEs(Math.abs(progress.difference))} puntos.`,
      },
      inputs: [
        ...factorInputs(context, 'er.progress'),
        ...indexed(context.file.realityCheck, 'realityCheck', (entry) => entry.verified !== null),
      ],
    });
  }
  const visibility = evidence.visibilityMismatch;
  const visibilityDimension = context.scored.dimensions.find(
    (dimension) => dimension.id === 'visibility',
  );
  if (visibility !== null && visibility.flagged && visibilityDimension !== undefined) {
    const optimistic = visibility.difference < 0;
    const scored = factors.filter(
      (factor) => factor.dimension === 'visibility' && factor.mean !== null,
    );
    findings.push({
      id: 'visibility-perception-mismatch',
      rule: 'visibility-perception-mismatch',
      severity: optimistic ? 'high' : 'medium',
      confidence: lower(
        surveyConfidence(visibilityDimension.n),
        evidenceConfidence(evidence.decisions.assessed),
      ),
      title: optimistic
        ? {
            en: 'Decisions are less visible than the room thinks',
            es: 'Las decisiones son menos visibles de lo que la sala cree',
          }
        : {
            en: 'Decisions are more visible than the room thinks',
            es: 'Las decisiones son más visibles de lo que la sala cree',
          },
      detail: {
        en: `The perceived visibility deficit is ${fmt(visibility.perceived)} of 100 (n = ${visibilityDimension.n}); the Decision Replay finds a gap of ${fmt(visibility.observed)} of 100 over ${evidence.decisions.assessed} decisions, a difference of ${fmt(Math.abs(visibility.difference))} points.`,
        es: `El déficit de visibilidad percibido es ${fmtEs(visibility.perceived)} de 100 (n = ${visibilityDimension.n}); el Repaso de decisiones encuentra una brecha de ${fmtEs(visibility.observed)} de 100 en ${evidence.decisions.assessed} decisiones, una diferencia de ${fmtEs(Math.abs(visibility.difference))} puntos.`,
      },
      inputs: [
        ...scored.map((factor) => factor.id),
        ...indexed(
          context.file.decisions,
          'decisions',
          (entry) => decisionEntryGap(entry) !== null,
        ),
      ],
    });
  }
  return findings;
}

/**
 * Role groups are the facilitator's own strings, in whatever language they were typed: each is
 * quoted as a name (`the "engineering" group`, `el grupo «engineering»`) so it never reads as a
 * word of the sentence's own grammar.
 */
function roleGapFindings(context: Context): Finding[] {
  return context.scored.roleGaps
    .filter((gap) => gap.gap >= ROLE_GAP_POINTS)
    .map((gap) => {
      const label = factorLabel(context, gap.factor);
      return {
        id: `role-reality-gap:${gap.factor}`,
        rule: 'role-reality-gap',
        severity: gap.gap >= ROLE_GAP_HIGH_POINTS ? 'high' : 'medium',
        confidence: surveyConfidence(Math.min(gap.high.n, gap.low.n)),
        title: {
          en: `Role groups see a different reality: ${label.en}`,
          es: `Los grupos de rol ven otra realidad: ${label.es}`,
        },
        detail: {
          en: `On "${label.en}", the "${gap.high.role}" group rates ${fmt(gap.high.mean)} (n = ${gap.high.n}) and the "${gap.low.role}" group ${fmt(gap.low.mean)} (n = ${gap.low.n}): ${fmt(gap.gap)} points apart.`,
          es: `En «${label.es}», el grupo «${gap.high.role}» puntúa ${fmtEs(gap.high.mean)} (n = ${gap.high.n}) y el grupo «${gap.low.role}», ${fmtEs(gap.low.mean)} (n = ${gap.low.n}): ${fmtEs(gap.gap)} puntos de diferencia.`,
        },
        inputs: [gap.factor, `role:${gap.high.role}`, `role:${gap.low.role}`],
      } satisfies Finding;
    });
}

function splitFindings(context: Context): Finding[] {
  return context.scored.factors
    .filter((factor) => factor.agreement === 'split')
    .map((factor) => {
      const label = factorLabel(context, factor.id);
      return {
        id: `split-room:${factor.id}`,
        rule: 'split-room',
        severity: 'medium',
        confidence: surveyConfidence(factor.n),
        title: { en: `Split room: ${label.en}`, es: `Sala dividida: ${label.es}` },
        detail: {
          en: `Answers on "${label.en}" spread widely (SD ${fmt(factor.sd ?? 0)} around a mean of ${fmt(factor.mean ?? 0)}, n = ${factor.n}): people are describing different experiences, worth discussing before re-voting.`,
          es: `Las respuestas sobre «${label.es}» están muy dispersas (DE ${fmtEs(factor.sd ?? 0)} en torno a una media de ${fmtEs(factor.mean ?? 0)}, n = ${factor.n}): la gente describe experiencias distintas; conviene hablarlo antes de volver a votar.`,
        },
        inputs: factorInputs(context, factor.id),
      } satisfies Finding;
    });
}

function convergenceFindings(context: Context): Finding[] {
  return context.scored.convergence.factors
    .filter((factor) => factor.direction === 'converged' || factor.direction === 'diverged')
    .map((factor) => {
      const label = factorLabel(context, factor.id);
      const converged = factor.direction === 'converged';
      const sd1 = factor.round1.sd ?? 0;
      const sd2 = factor.round2.sd ?? 0;
      return {
        id: `revote-${factor.direction}:${factor.id}`,
        rule: converged ? 'revote-converged' : 'revote-diverged',
        severity: converged ? 'low' : 'medium',
        confidence: surveyConfidence(Math.min(factor.round1.n, factor.round2.n)),
        title: converged
          ? {
              en: `The room converged on re-vote: ${label.en}`,
              es: `La sala se acercó al volver a votar: ${label.es}`,
            }
          : {
              en: `The room drifted apart on re-vote: ${label.en}`,
              es: `La sala se alejó al volver a votar: ${label.es}`,
            },
        detail: {
          en: `SD went from ${fmt(sd1)} (n = ${factor.round1.n}) to ${fmt(sd2)} (n = ${factor.round2.n}) on "${label.en}".`,
          es: `La DE pasó de ${fmtEs(sd1)} (n = ${factor.round1.n}) a ${fmtEs(sd2)} (n = ${factor.round2.n}) en «${label.es}».`,
        },
        inputs: [factor.id],
      } satisfies Finding;
    });
}

/** Every finding the rules produce, most severe and most certain first, then by id. */
export function computeFindings(
  scored: ScoredWithoutFindings,
  file: WorkshopFile,
  instrument: Instrument,
): Finding[] {
  const context: Context = { scored, file, instrument };
  const findings: Finding[] = [
    ...symptomFindings(context),
    ...levelFindings(context),
    ...[unverifiedFinding(context)].filter((finding): finding is Finding => finding !== null),
    ...mismatchFindings(context),
    ...roleGapFindings(context),
    ...splitFindings(context),
    ...convergenceFindings(context),
  ];
  return findings.sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      CONFIDENCE_RANK[b.confidence] - CONFIDENCE_RANK[a.confidence] ||
      compareText(a.id, b.id),
  );
}
