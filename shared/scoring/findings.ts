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
/** Spanish, German and French write the decimal with a comma. */
const fmtComma = (value: number): string => fmt(value).replace('.', ',');

interface Context {
  scored: ScoredWithoutFindings;
  file: WorkshopFile;
  instrument: Instrument;
}

function factorLabel(context: Context, id: string): Localized {
  const info = context.instrument.factors.find(
    (factor) => `${DIMENSION_PREFIX[factor.dimension]}.${factor.id}` === id,
  );
  return info === undefined ? { en: id, es: id, de: id, fr: id } : info.label;
}

/**
 * The factor id and the ids of its statements the room answered ("can't say" included). A
 * statement listed only because it was marked "not applicable" is no input of anything.
 */
function factorInputs(context: Context, id: string): string[] {
  const answered = context.scored.items.filter(
    (item) => item.factor === id && (item.n > 0 || item.distribution.cantSay > 0),
  );
  return [id, ...answered.map((item) => item.id)];
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
  const de: string[] = [];
  const fr: string[] = [];
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
      `La sala sitúa «${label.es}» en ${fmtComma(mean)} de 100 (intervalo del 95 % ${fmtComma(factor.interval?.low ?? mean)}–${fmtComma(factor.interval?.high ?? mean)}, n = ${factor.n}, DE ${fmtComma(factor.sd ?? 0)}).`,
    );
    de.push(
      `Die Gruppe bewertet „${label.de}“ mit ${fmtComma(mean)} von 100 (95-%-Intervall ${fmtComma(factor.interval?.low ?? mean)}–${fmtComma(factor.interval?.high ?? mean)}, n = ${factor.n}, SA ${fmtComma(factor.sd ?? 0)}).`,
    );
    fr.push(
      `La salle note «\u202f${label.fr}\u202f» à ${fmtComma(mean)} sur 100 (intervalle à 95\u00a0% ${fmtComma(factor.interval?.low ?? mean)}–${fmtComma(factor.interval?.high ?? mean)}, n = ${factor.n}, ET ${fmtComma(factor.sd ?? 0)}).`,
    );
  }
  if (strongest !== undefined) confidences.push(factorConfidence(strongest));
  if (evidence !== null) {
    strengths.push(evidence.share);
    confidences.push(evidenceConfidence(evidence.entries));
    inputs.push(...evidence.failing);
    en.push(evidence.detail.en);
    es.push(evidence.detail.es);
    de.push(evidence.detail.de);
    fr.push(evidence.detail.fr);
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
    detail: { en: en.join(' '), es: es.join(' '), de: de.join(' '), fr: fr.join(' ') },
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
        de: 'Entscheidungen lassen sich weder nachvollziehen noch prüfen',
        fr: 'Les décisions ne peuvent être ni retracées ni auditées',
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
          es: `En el Repaso de decisiones, a ${unrecorded} de ${recordAssessed} decisiones les falta registro o datos conocidos; en la Comprobación de realidad, ${untraced} de ${traceAssessed} elementos informados no se pueden vincular a una decisión; en conjunto, el ${fmtComma(share(replayShares))} % de la evidencia revisada muestra una brecha.`,
          de: `Im Entscheidungsrückblick fehlt bei ${unrecorded} von ${recordAssessed} Entscheidungen eine Aufzeichnung oder die Kenntnis der Grundlagen; im Realitätscheck lassen sich ${untraced} von ${traceAssessed} gemeldeten Arbeitspaketen auf keine Entscheidung zurückführen; insgesamt zeigen ${fmtComma(share(replayShares))}\u00a0% der geprüften Belege eine Lücke.`,
          fr: `Dans la Relecture des décisions, ${unrecorded} décisions sur ${recordAssessed} n’ont ni trace ni données connues\u202f; dans la Vérification de la réalité, ${untraced} éléments annoncés sur ${traceAssessed} ne peuvent être rattachés à aucune décision\u202f; au total, ${fmtComma(share(replayShares))}\u00a0% des preuves examinées montrent un écart.`,
        },
      },
    },
    {
      rule: 'inconsistent-outcomes',
      factors: ['dv.consistency'],
      title: {
        en: 'Identical inputs give inconsistent outcomes',
        es: 'Los mismos datos dan resultados distintos',
        de: 'Gleiche Eingaben führen zu unterschiedlichen Ergebnissen',
        fr: 'Des données identiques donnent des résultats incohérents',
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
          de: `Entscheidungsrückblick: Mit denselben Grundlagen würden heute ${notReplayable} von ${replayAssessed} Entscheidungen anders ausfallen, bei ${unsure} von ${replayAssessed} ist es ungewiss.`,
          fr: `Relecture des décisions\u00a0: avec les mêmes données aujourd’hui, ${notReplayable} décisions sur ${replayAssessed} seraient prises différemment et ${unsure} sur ${replayAssessed} sont incertaines.`,
        },
      },
    },
    {
      rule: 'non-local-propagation',
      factors: ['er.propagation', 'td.coupling'],
      title: {
        en: 'Changes propagate in non-local, unexpected ways',
        es: 'Los cambios se propagan de forma imprevista y lejos de su origen',
        de: 'Änderungen wirken unerwartet und weit entfernt von ihrem Ursprung',
        fr: 'Les changements se propagent de façon imprévue, loin de leur origine',
      },
      evidence: null,
    },
    {
      rule: 'ownership-unassignable',
      factors: ['dv.ownership'],
      title: {
        en: 'Ownership cannot be cleanly assigned',
        es: 'No se puede asignar con claridad quién es responsable',
        de: 'Verantwortung lässt sich nicht eindeutig zuordnen',
        fr: 'Les responsabilités ne peuvent pas être clairement attribuées',
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
          de: `Im Realitätscheck haben ${noOwner} von ${ownerAssessed} gemeldeten Arbeitspaketen keine verantwortliche Person und ${unclearOwner} eine unklare; bei ${noDecider} von ${deciderAssessed} nachvollzogenen Entscheidungen ist unbekannt, wer entschieden hat.`,
          fr: `Dans la Vérification de la réalité, ${noOwner} éléments annoncés sur ${ownerAssessed} n’ont pas de responsable et ${unclearOwner} un responsable flou\u202f; le décideur est inconnu pour ${noDecider} décisions retracées sur ${deciderAssessed}.`,
        },
      },
    },
    {
      rule: 'controls-not-mapping',
      factors: ['dv.controls'],
      title: {
        en: 'Controls do not reliably map to results',
        es: 'Los controles no se reflejan de forma fiable en los resultados',
        de: 'Kontrollen wirken sich nicht verlässlich auf Ergebnisse aus',
        fr: 'Les contrôles ne se reflètent pas de façon fiable dans les résultats',
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
          de: `Deutliche Schulden: ${label.de}`,
          fr: `Dette nette\u00a0: ${label.fr}`,
        },
        detail: {
          en: `The room places "${label.en}" on the debt side: ${fmt(mean)} of 100, and even the low end of its 95 % interval (${low}–${high}, n = ${factor.n}, SD ${fmt(factor.sd ?? 0)}) is above the neutral 50.`,
          es: `La sala sitúa «${label.es}» del lado de la deuda: ${fmtComma(mean)} de 100, e incluso el extremo bajo de su intervalo del 95 % (${fmtComma(factor.interval?.low ?? mean)}–${fmtComma(factor.interval?.high ?? mean)}, n = ${factor.n}, DE ${fmtComma(factor.sd ?? 0)}) supera el 50 neutral.`,
          de: `Die Gruppe verortet „${label.de}“ auf der Schuldenseite: ${fmtComma(mean)} von 100, und selbst das untere Ende des 95-%-Intervalls (${fmtComma(factor.interval?.low ?? mean)}–${fmtComma(factor.interval?.high ?? mean)}, n = ${factor.n}, SA ${fmtComma(factor.sd ?? 0)}) liegt über dem neutralen Wert 50.`,
          fr: `La salle place «\u202f${label.fr}\u202f» du côté de la dette\u00a0: ${fmtComma(mean)} sur 100, et même la borne basse de son intervalle à 95\u00a0% (${fmtComma(factor.interval?.low ?? mean)}–${fmtComma(factor.interval?.high ?? mean)}, n = ${factor.n}, ET ${fmtComma(factor.sd ?? 0)}) dépasse le point neutre de 50.`,
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
      de: 'Gemeldete Arbeit lässt sich nicht prüfen',
      fr: 'Le travail annoncé ne peut pas être vérifié',
    },
    detail: {
      en: `Reality Check of ${checked} items reported as done or on track: verified ${rc.verified}, partly ${rc.partly}, not verified ${rc.notVerified}, unknown ${rc.unknown}; ${fmt(rc.unverifiedShare)} of 100 unverified.`,
      es: `Comprobación de realidad de ${checked} elementos informados como terminados o en plazo: verificados ${rc.verified}, en parte ${rc.partly}, no verificados ${rc.notVerified}, desconocidos ${rc.unknown}; ${fmtComma(rc.unverifiedShare)} de 100 sin verificar.`,
      de: `Realitätscheck von ${checked} als erledigt oder im Plan gemeldeten Arbeitspaketen: geprüft ${rc.verified}, teilweise ${rc.partly}, nicht geprüft ${rc.notVerified}, unbekannt ${rc.unknown}; ${fmtComma(rc.unverifiedShare)} von 100 ungeprüft.`,
      fr: `Vérification de la réalité de ${checked} éléments annoncés comme terminés ou dans les temps\u00a0: vérifiés ${rc.verified}, en partie ${rc.partly}, non vérifiés ${rc.notVerified}, inconnus ${rc.unknown}\u202f; ${fmtComma(rc.unverifiedShare)} sur 100 non vérifiés.`,
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
            de: 'Die Gruppe hält mehr für erledigt, als sich zeigen lässt',
            fr: 'La salle croit plus de travail terminé qu’on ne peut le montrer',
          }
        : {
            en: 'The room doubts progress the evidence supports',
            es: 'La sala duda de un avance que la evidencia respalda',
            de: 'Die Gruppe zweifelt an Fortschritt, den die Belege stützen',
            fr: 'La salle doute d’un avancement que les preuves confirment',
          },
      detail: {
        en: `Perceived debt on reported versus actual progress is ${fmt(progress.perceived)} of 100 (n = ${progressFactor.n}); the Reality Check finds ${fmt(progress.observed)} of 100 unverified, a difference of ${fmt(Math.abs(progress.difference))} points.`,
        es: `La deuda percibida entre avance informado y real es ${fmtComma(progress.perceived)} de 100 (n = ${progressFactor.n}); la Comprobación de realidad encuentra ${fmtComma(progress.observed)} de 100 sin verificar, una diferencia de ${fmtComma(Math.abs(progress.difference))} puntos.`,
        de: `Die wahrgenommenen Schulden bei gemeldetem gegenüber tatsächlichem Fortschritt liegen bei ${fmtComma(progress.perceived)} von 100 (n = ${progressFactor.n}); der Realitätscheck findet ${fmtComma(progress.observed)} von 100 ungeprüft, ein Unterschied von ${fmtComma(Math.abs(progress.difference))} Punkten.`,
        fr: `La dette perçue sur l’écart entre avancement annoncé et réel est de ${fmtComma(progress.perceived)} sur 100 (n = ${progressFactor.n})\u202f; la Vérification de la réalité trouve ${fmtComma(progress.observed)} sur 100 non vérifiés, soit une différence de ${fmtComma(Math.abs(progress.difference))} points.`,
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
            de: 'Entscheidungen sind weniger transparent, als die Gruppe denkt',
            fr: 'Les décisions sont moins visibles que la salle ne le pense',
          }
        : {
            en: 'Decisions are more visible than the room thinks',
            es: 'Las decisiones son más visibles de lo que la sala cree',
            de: 'Entscheidungen sind transparenter, als die Gruppe denkt',
            fr: 'Les décisions sont plus visibles que la salle ne le pense',
          },
      detail: {
        en: `The perceived visibility deficit is ${fmt(visibility.perceived)} of 100 (n = ${visibilityDimension.n}); the Decision Replay finds a gap of ${fmt(visibility.observed)} of 100 over ${evidence.decisions.assessed} decisions, a difference of ${fmt(Math.abs(visibility.difference))} points.`,
        es: `El déficit de visibilidad percibido es ${fmtComma(visibility.perceived)} de 100 (n = ${visibilityDimension.n}); el Repaso de decisiones encuentra una brecha de ${fmtComma(visibility.observed)} de 100 en ${evidence.decisions.assessed} decisiones, una diferencia de ${fmtComma(Math.abs(visibility.difference))} puntos.`,
        de: `Das wahrgenommene Sichtbarkeitsdefizit liegt bei ${fmtComma(visibility.perceived)} von 100 (n = ${visibilityDimension.n}); der Entscheidungsrückblick findet über ${evidence.decisions.assessed} Entscheidungen eine Lücke von ${fmtComma(visibility.observed)} von 100, ein Unterschied von ${fmtComma(Math.abs(visibility.difference))} Punkten.`,
        fr: `Le déficit de visibilité perçu est de ${fmtComma(visibility.perceived)} sur 100 (n = ${visibilityDimension.n})\u202f; la Relecture des décisions trouve un écart de ${fmtComma(visibility.observed)} sur 100 sur ${evidence.decisions.assessed} décisions, soit une différence de ${fmtComma(Math.abs(visibility.difference))} points.`,
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
          de: `Rollengruppen sehen eine andere Realität: ${label.de}`,
          fr: `Les groupes de rôles voient une autre réalité\u00a0: ${label.fr}`,
        },
        detail: {
          en: `On "${label.en}", the "${gap.high.role}" group rates ${fmt(gap.high.mean)} (n = ${gap.high.n}) and the "${gap.low.role}" group ${fmt(gap.low.mean)} (n = ${gap.low.n}): ${fmt(gap.gap)} points apart.`,
          es: `En «${label.es}», el grupo «${gap.high.role}» puntúa ${fmtComma(gap.high.mean)} (n = ${gap.high.n}) y el grupo «${gap.low.role}», ${fmtComma(gap.low.mean)} (n = ${gap.low.n}): ${fmtComma(gap.gap)} puntos de diferencia.`,
          de: `Bei „${label.de}“ bewertet die Gruppe „${gap.high.role}“ mit ${fmtComma(gap.high.mean)} (n = ${gap.high.n}) und die Gruppe „${gap.low.role}“ mit ${fmtComma(gap.low.mean)} (n = ${gap.low.n}): ${fmtComma(gap.gap)} Punkte Abstand.`,
          fr: `Sur «\u202f${label.fr}\u202f», le groupe «\u202f${gap.high.role}\u202f» note ${fmtComma(gap.high.mean)} (n = ${gap.high.n}) et le groupe «\u202f${gap.low.role}\u202f» ${fmtComma(gap.low.mean)} (n = ${gap.low.n})\u00a0: ${fmtComma(gap.gap)} points d’écart.`,
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
        title: {
          en: `Split room: ${label.en}`,
          es: `Sala dividida: ${label.es}`,
          de: `Gespaltene Gruppe: ${label.de}`,
          fr: `Salle divisée\u00a0: ${label.fr}`,
        },
        detail: {
          en: `Answers on "${label.en}" spread widely (SD ${fmt(factor.sd ?? 0)} around a mean of ${fmt(factor.mean ?? 0)}, n = ${factor.n}): people are describing different experiences, worth discussing before re-voting.`,
          es: `Las respuestas sobre «${label.es}» están muy dispersas (DE ${fmtComma(factor.sd ?? 0)} en torno a una media de ${fmtComma(factor.mean ?? 0)}, n = ${factor.n}): la gente describe experiencias distintas; conviene hablarlo antes de volver a votar.`,
          de: `Die Antworten zu „${label.de}“ streuen stark (SA ${fmtComma(factor.sd ?? 0)} um einen Mittelwert von ${fmtComma(factor.mean ?? 0)}, n = ${factor.n}): Die Menschen beschreiben unterschiedliche Erfahrungen; das sollte vor einer zweiten Abstimmung besprochen werden.`,
          fr: `Les réponses sur «\u202f${label.fr}\u202f» sont très dispersées (ET ${fmtComma(factor.sd ?? 0)} autour d’une moyenne de ${fmtComma(factor.mean ?? 0)}, n = ${factor.n})\u00a0: les personnes décrivent des expériences différentes, à discuter avant de revoter.`,
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
              de: `Die Gruppe hat sich in der zweiten Abstimmung angenähert: ${label.de}`,
              fr: `La salle s’est rapprochée au second vote\u00a0: ${label.fr}`,
            }
          : {
              en: `The room drifted apart on re-vote: ${label.en}`,
              es: `La sala se alejó al volver a votar: ${label.es}`,
              de: `Die Gruppe ist in der zweiten Abstimmung auseinandergegangen: ${label.de}`,
              fr: `La salle s’est divisée au second vote\u00a0: ${label.fr}`,
            },
        detail: {
          en: `SD went from ${fmt(sd1)} (n = ${factor.round1.n}) to ${fmt(sd2)} (n = ${factor.round2.n}) on "${label.en}".`,
          es: `La DE pasó de ${fmtComma(sd1)} (n = ${factor.round1.n}) a ${fmtComma(sd2)} (n = ${factor.round2.n}) en «${label.es}».`,
          de: `Die SA ging bei „${label.de}“ von ${fmtComma(sd1)} (n = ${factor.round1.n}) auf ${fmtComma(sd2)} (n = ${factor.round2.n}).`,
          fr: `L’ET est passé de ${fmtComma(sd1)} (n = ${factor.round1.n}) à ${fmtComma(sd2)} (n = ${factor.round2.n}) sur «\u202f${label.fr}\u202f».`,
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
