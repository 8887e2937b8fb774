import type { WorkshopFile } from '../format/workshop-file';
import {
  DIMENSION_PREFIX,
  DIMENSIONS,
  type Dimension,
  type Instrument,
  type InstrumentItem,
} from '../instrument/types';
import {
  BAND_FLOORS,
  CANT_SAY_FLAG_SHARE,
  NOT_APPLICABLE_FLAG_SHARE,
  CONVERGENCE_SD_CHANGE,
  EVIDENCE_WEIGHT,
  MODEL_VERSION,
  CONSENSUS_CUTS,
  CONSENSUS_LABELS,
  RWG_NULL_VARIANCE,
  type Band,
  type ConsensusLevel,
} from './constants';
import {
  meetsThreshold,
  suppressParts,
  type HiddenReason,
  type PartDisclosure,
} from '../disclosure/suppression';
import { withholdSmallRoom } from '../disclosure/room';
import { computeFindings } from './findings';
import { evidenceOf, executionGapOf, unverifiedFloor } from './evidence';
import {
  answeredDimensions,
  collectMatrices,
  columnTally,
  columnVariance,
  countCells,
  factorTotals,
  itemLayout,
  withoutStraightLinedCells,
  type AnswerMatrix,
  type ItemLayout,
} from './answer-matrix';
import { fingerprintOf, rolesById } from './fingerprint';
import { countMarks, notApplicableByColumn, notApplicableCells } from './not-applicable';
import type {
  ConvergenceFactor,
  DimensionScore,
  FactorScore,
  GroupFactorCell,
  GroupScore,
  Indices,
  ItemScore,
  Consensus,
  ResponseStyle,
  RoleGap,
  ScoreResult,
} from './result';
import {
  compareText,
  mean,
  meanInterval,
  populationSd,
  round1,
  round2,
  summarise,
  type Interval,
} from './stats';

export { MODEL_VERSION } from './constants';
export { itemDebtScore } from './answer-matrix';

export interface FactorDef {
  /** `<prefix>.<factor>`, e.g. `dv.replay`. */
  id: string;
  factor: string;
  dimension: Dimension;
  items: InstrumentItem[];
}

/** A factor's statements as columns of the answer matrix, in instrument order. */
interface FactorColumns {
  id: string;
  columns: Int32Array;
}

function factorColumns(factors: readonly FactorDef[], layout: ItemLayout): FactorColumns[] {
  return factors.map((factor) => ({
    id: factor.id,
    columns: Int32Array.from(factor.items.map((item) => layout.column.get(item.id) ?? 0)),
  }));
}

/** One participant's score on one factor in one round. */
interface ParticipantScore {
  participant: string;
  score: number;
}

/** The factor key findings and screens use: `<dimension prefix>.<factor>`. */
export function factorKey(dimension: Dimension, factor: string): string {
  return `${DIMENSION_PREFIX[dimension]}.${factor}`;
}

/**
 * Structural Execution Debt √(H·T) × (½ + ½·V/100): the geometric mean of Human and Technical
 * Debt, amplified by the visibility deficit. Zero when H or T is zero (debts compound, they do not
 * add), strictly rising in V, and halved, not erased, at full visibility (V = 0): visible debts
 * are still debts, only "structurally preventable" ones.
 */
export function structuralExecutionDebt(
  human: number,
  technical: number,
  visibility: number,
): number {
  return Math.sqrt(human * technical) * (0.5 + visibility / 200);
}

/**
 * Headline: the structural index raised by the observed gap (noisy-OR, weight ½); = structural
 * without evidence. `floor` (UNVERIFIED_FLOOR when nothing reported could be verified) is a
 * minimum: evidence that every reported item fails overrules a comfortable survey.
 */
export function headlineIndex(structural: number, gap: number | null, floor = 0): number {
  const raised =
    gap === null ? structural : structural + ((100 - structural) * EVIDENCE_WEIGHT * gap) / 100;
  return Math.max(raised, floor);
}

/** The band a (rounded) headline index falls in. */
export function bandOf(index: number): Band {
  if (index >= BAND_FLOORS.critical) return 'critical';
  if (index >= BAND_FLOORS.compounding) return 'compounding';
  if (index >= BAND_FLOORS.accumulating) return 'accumulating';
  return 'contained';
}

/** Factors in instrument order, each with its statements in instrument order. */
export function factorDefs(instrument: Instrument): FactorDef[] {
  return instrument.factors.map((info) => ({
    id: factorKey(info.dimension, info.id),
    factor: info.id,
    dimension: info.dimension,
    items: instrument.items.filter(
      (item) => item.dimension === info.dimension && item.factor === info.id,
    ),
  }));
}

interface FactorScores {
  scores: ParticipantScore[];
  cantSay: number;
}

/** Each participant's factor score (mean of their answered statements, rounded), in participant-id order. */
function scoreFactors(
  matrix: AnswerMatrix,
  factors: readonly FactorColumns[],
  layout: ItemLayout,
): Map<string, FactorScores> {
  const result = new Map<string, FactorScores>();
  const { participants } = matrix;
  const sums = new Float64Array(participants.length);
  const given = new Int32Array(participants.length);
  const seen = new Uint8Array(participants.length);
  for (const factor of factors) {
    factorTotals(matrix, factor.columns, layout, sums, given, seen);
    const scores: ParticipantScore[] = [];
    let cantSay = 0;
    for (let person = 0; person < participants.length; person++) {
      const count = given[person] ?? 0;
      if (count > 0) {
        const score = round1((sums[person] ?? 0) / count);
        scores.push({ participant: participants[person] ?? '', score });
      } else if (seen[person] === 1) cantSay++;
    }
    result.set(factor.id, { scores, cantSay });
  }
  return result;
}

function bins(values: readonly number[]): [number, number, number, number, number] {
  const counts: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  for (const value of values) {
    const index = Math.min(4, Math.floor(value / 20));
    counts[index as 0 | 1 | 2 | 3 | 4]++;
  }
  return counts;
}

function itemScores(
  instrument: Instrument,
  matrix: AnswerMatrix,
  layout: ItemLayout,
  k: number,
  notApplicable: Uint32Array,
): ItemScore[] {
  const items: ItemScore[] = [];
  instrument.items.forEach((item, column) => {
    const { values, cantSay, debts } = columnTally(matrix, column, layout);
    const na = notApplicable[column] ?? 0;
    if (debts.length === 0 && cantSay === 0 && na === 0) return;
    const withheld = !meetsThreshold(debts.length, k);
    items.push({
      id: item.id,
      dimension: item.dimension,
      factor: factorKey(item.dimension, item.factor),
      keyed: item.keyed,
      ...summarise(debts, k),
      withheld,
      // "Not applicable" is not "can't say": it stays out of this share altogether.
      mostlyCantSay: cantSay > CANT_SAY_FLAG_SHARE * (cantSay + debts.length),
      notApplicable: na,
      mostlyNotApplicable: na > NOT_APPLICABLE_FLAG_SHARE * (na + cantSay + debts.length),
      // Below k even the counts per answer would describe a handful of people.
      distribution: { values: withheld ? [0, 0, 0, 0, 0] : values, cantSay },
    });
  });
  return items;
}

/**
 * Each participant's own score on a dimension: the mean of their scores on its shown factors.
 * Their spread is what the dimension's interval is made of, since one person's factor scores move
 * together and the factor means' own intervals would treat them as independent.
 */
function ownDimensionScores(
  factorIds: readonly string[],
  factorScores: ReadonlyMap<string, FactorScores>,
  participants: readonly string[],
): number[] {
  const own = new Map<string, number[]>();
  for (const id of factorIds) {
    for (const entry of factorScores.get(id)?.scores ?? []) {
      const scores = own.get(entry.participant);
      if (scores === undefined) own.set(entry.participant, [entry.score]);
      else scores.push(entry.score);
    }
  }
  return participants.flatMap((participant) => {
    const scores = own.get(participant);
    return scores === undefined ? [] : [mean(scores)];
  });
}

/**
 * The headline at the low and high ends of Human, Technical and the visibility deficit together:
 * every formula is monotone in each, so these are its lowest and highest values inside the
 * dimensions' intervals (a conservative range: the three are not independent).
 */
function headlineInterval(
  human: Interval | null,
  technical: Interval | null,
  visibility: Interval | null,
  gap: number | null,
  floor: number,
): Interval | null {
  if (human === null || technical === null || visibility === null) return null;
  const at = (h: number, t: number, v: number): number =>
    round1(headlineIndex(round1(structuralExecutionDebt(h, t, v)), gap, floor));
  return {
    low: at(human.low, technical.low, visibility.low),
    high: at(human.high, technical.high, visibility.high),
  };
}

/**
 * Straight-liners and the room's mean raw agreement (ResponseStyle). A dimension is straight-lined
 * when someone gave the same answer to at least STRAIGHT_LINE_MIN_ITEMS of its statements and
 * those statements are keyed both ways: agreeing that something is healthy and that it is in debt
 * at once is not an opinion. A count between 1 and k − 1 is withheld like any small group.
 */
function responseStyleOf(
  collected: AnswerMatrix,
  straightLiners: number,
  k: number,
): ResponseStyle {
  const { answers, total } = countCells(collected);
  return {
    straightLiners:
      straightLiners === 0 || meetsThreshold(straightLiners, k) ? straightLiners : null,
    meanAgreement: answers === 0 ? null : round2(total / answers),
  };
}

/** Mean of the rounded scored factor means of one dimension, or null when none is scored. */
function dimensionIndex(means: readonly (number | null)[]): number | null {
  const scored = means.filter((value): value is number => value !== null);
  return scored.length === 0 ? null : round1(mean(scored));
}

interface GroupsOutput {
  groups: GroupScore[];
  roleGaps: RoleGap[];
}

/**
 * Role-group figures with anonymity, decided by the one disclosure algorithm (`suppressParts`,
 * docs/anonymity.md): first the groups by their size, then per factor the cells by how many of the
 * group answered it, with the hidden groups' cells counted as already hidden. Whatever is hidden
 * together holds at least k people, so no cell can be worked out by subtracting the shown ones
 * from the room's figure.
 */
function groupScores(
  factors: readonly FactorDef[],
  factorScores: ReadonlyMap<string, FactorScores>,
  roleOf: ReadonlyMap<string, string>,
  respondents: readonly string[],
  k: number,
): GroupsOutput {
  const roles = [...new Set(respondents.map((id) => roleOf.get(id) ?? ''))].sort(compareText);
  const groupSize = new Map<string, number>();
  for (const id of respondents) {
    const role = roleOf.get(id) ?? '';
    groupSize.set(role, (groupSize.get(role) ?? 0) + 1);
  }
  const groupDecision = suppressParts(
    roles.map((role) => ({ key: role, n: groupSize.get(role) ?? 0 })),
    k,
  );
  const groupHidden = (role: string): HiddenReason | undefined => {
    const decision = groupDecision.get(role);
    return decision === undefined || decision.shown ? undefined : decision.reason;
  };

  type Cell = { role: string; scores: number[]; decision: PartDisclosure };
  const cellsByFactor = new Map<string, Cell[]>();
  for (const factor of factors) {
    const scores = factorScores.get(factor.id)?.scores ?? [];
    const own = new Map<string, number[]>(roles.map((role) => [role, []]));
    for (const entry of scores) own.get(roleOf.get(entry.participant) ?? '')?.push(entry.score);
    const decisions = suppressParts(
      roles.map((role) => ({
        key: role,
        n: own.get(role)?.length ?? 0,
        hidden: groupHidden(role),
      })),
      k,
    );
    cellsByFactor.set(
      factor.id,
      roles.map((role) => ({
        role,
        scores: own.get(role) ?? [],
        decision: decisions.get(role) ?? { shown: false, reason: 'below_threshold' },
      })),
    );
  }

  const groups: GroupScore[] = roles.map((role) => {
    const hidden = groupHidden(role);
    if (hidden !== undefined) return { role, suppressed: true, reason: hidden };
    const cells: GroupFactorCell[] = factors.map((factor) => {
      const cell = (cellsByFactor.get(factor.id) ?? []).find((entry) => entry.role === role);
      if (cell === undefined || !cell.decision.shown) {
        const reason =
          cell === undefined || cell.decision.shown ? 'below_threshold' : cell.decision.reason;
        return { id: factor.id, suppressed: true, reason };
      }
      return { id: factor.id, suppressed: false, ...summarise(cell.scores, k) };
    });
    const dimensions = DIMENSIONS.map((dimension) => {
      const shown = cells.filter(
        (cell): cell is Extract<GroupFactorCell, { suppressed: false }> =>
          !cell.suppressed &&
          factors.find((factor) => factor.id === cell.id)?.dimension === dimension,
      );
      return {
        id: dimension,
        index: dimensionIndex(shown.map((cell) => cell.mean)),
        factorsShown: shown.length,
      };
    });
    return { role, suppressed: false, n: groupSize.get(role) ?? 0, dimensions, factors: cells };
  });

  const roleGaps: RoleGap[] = [];
  for (const factor of factors) {
    const shown: { role: string; mean: number; n: number }[] = [];
    for (const group of groups) {
      if (group.suppressed) continue;
      const cell = group.factors.find((entry) => entry.id === factor.id);
      if (cell !== undefined && !cell.suppressed && cell.mean !== null) {
        shown.push({ role: group.role, mean: cell.mean, n: cell.n });
      }
    }
    if (shown.length < 2) continue;
    const sorted = [...shown].sort((a, b) => b.mean - a.mean || compareText(a.role, b.role));
    const high = sorted[0];
    const low = sorted[sorted.length - 1];
    if (high === undefined || low === undefined) continue;
    roleGaps.push({ factor: factor.id, high, low, gap: round1(high.mean - low.mean) });
  }
  return { groups, roleGaps };
}

/**
 * rwg(j) of one factor: 1 − (mean observed item variance / variance of random answers), adjusted
 * for J items by the Spearman-Brown form J(1 − r) / (J(1 − r) + r), with r = s̄² / σ²E and σ²E = 2
 * (five points answered at random). Item variances use the raw answers 1–5 (keying does not change
 * a variance) of the people who answered the item, sample form (n − 1); an observed variance above
 * the random one counts as no agreement (0), as LeBreton & Senter advise.
 */
function rwgOf(factor: FactorColumns, matrix: AnswerMatrix): number | null {
  const variances: number[] = [];
  for (const column of factor.columns) {
    const variance = columnVariance(matrix, column);
    if (variance !== null) variances.push(variance);
  }
  if (variances.length === 0) return null;
  const ratio = Math.min(1, mean(variances) / RWG_NULL_VARIANCE);
  const j = variances.length;
  return round2((j * (1 - ratio)) / (j * (1 - ratio) + ratio));
}

/** Per dimension: the mean rwg(j) of its shown factors, and the band it falls in. */
function consensusOf(factors: readonly FactorScore[]): Consensus[] {
  return DIMENSIONS.map((dimension) => {
    const rwgs = factors
      .filter((factor) => factor.dimension === dimension && factor.rwg !== null)
      .map((factor) => factor.rwg ?? 0);
    const rwg = rwgs.length === 0 ? null : round2(mean(rwgs));
    const level = consensusLevel(rwg);
    return { dimension, factors: rwgs.length, rwg, level, label: { ...CONSENSUS_LABELS[level] } };
  });
}

export function consensusLevel(rwg: number | null): ConsensusLevel {
  if (rwg === null) return 'insufficient';
  if (rwg >= CONSENSUS_CUTS.very_strong) return 'very_strong';
  if (rwg >= CONSENSUS_CUTS.strong) return 'strong';
  if (rwg >= CONSENSUS_CUTS.moderate) return 'moderate';
  if (rwg >= CONSENSUS_CUTS.weak) return 'weak';
  return 'none';
}

function convergenceOf(
  factors: readonly FactorDef[],
  round1Scores: ReadonlyMap<string, FactorScores>,
  round2Scores: ReadonlyMap<string, FactorScores>,
  k: number,
): ConvergenceFactor[] {
  const result: ConvergenceFactor[] = [];
  for (const factor of factors) {
    const second = round2Scores.get(factor.id)?.scores ?? [];
    if (second.length === 0) continue;
    const a = summarise(
      (round1Scores.get(factor.id)?.scores ?? []).map((entry) => entry.score),
      k,
    );
    const b = summarise(
      second.map((entry) => entry.score),
      k,
    );
    const meanChange = a.mean !== null && b.mean !== null ? round1(b.mean - a.mean) : null;
    const sdChange = a.sd !== null && b.sd !== null ? round1(b.sd - a.sd) : null;
    const direction =
      sdChange === null
        ? 'insufficient'
        : sdChange <= -CONVERGENCE_SD_CHANGE
          ? 'converged'
          : sdChange >= CONVERGENCE_SD_CHANGE
            ? 'diverged'
            : 'stable';
    result.push({
      id: factor.id,
      round1: { n: a.n, mean: a.mean, sd: a.sd },
      round2: { n: b.n, mean: b.mean, sd: b.sd },
      meanChange,
      sdChange,
      direction,
    });
  }
  return result;
}

/**
 * The room's spread on the Debt Interaction Map: the mean and SD of participants' own Human and
 * Technical Debt (each the mean of their factor scores in the dimension) and the correlation of
 * the two. Aggregates only, so no mark stands for one person (DESIGN property 8), and only when at
 * least k people have both scores.
 */
function mapSpread(
  factors: readonly FactorDef[],
  factorScores: ReadonlyMap<string, FactorScores>,
  respondents: readonly string[],
  k: number,
): ScoreResult['spread'] {
  // Each factor's scores by participant, looked up once rather than searched per participant.
  const byParticipant = factors.map((factor) => ({
    dimension: factor.dimension,
    scores: new Map(
      (factorScores.get(factor.id)?.scores ?? []).map((entry) => [entry.participant, entry.score]),
    ),
  }));
  const perDimension = (participant: string, dimension: Dimension): number | null => {
    const own: number[] = [];
    for (const factor of byParticipant) {
      if (factor.dimension !== dimension) continue;
      const score = factor.scores.get(participant);
      if (score !== undefined) own.push(score);
    }
    return own.length === 0 ? null : mean(own);
  };
  const positions: [number, number][] = [];
  for (const participant of respondents) {
    const humanDebt = perDimension(participant, 'human');
    const technicalDebt = perDimension(participant, 'technical');
    if (humanDebt !== null && technicalDebt !== null) positions.push([humanDebt, technicalDebt]);
  }
  if (!meetsThreshold(positions.length, k)) return { suppressed: true, reason: 'below_threshold' };
  // Summed in value order, never participant order, so the figures are byte-identical however
  // the room is listed.
  positions.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const human = positions.map(([h]) => h);
  const technical = positions.map(([, t]) => t);
  const meanHuman = mean(human);
  const meanTechnical = mean(technical);
  const sdHuman = populationSd(human);
  const sdTechnical = populationSd(technical);
  let covariance = 0;
  for (const [h, t] of positions) covariance += (h - meanHuman) * (t - meanTechnical);
  covariance /= positions.length;
  const correlation =
    sdHuman === 0 || sdTechnical === 0
      ? 0
      : Math.max(-1, Math.min(1, covariance / (sdHuman * sdTechnical)));
  return {
    suppressed: false,
    n: positions.length,
    humanDebt: { mean: round1(meanHuman), sd: round1(sdHuman) },
    technicalDebt: { mean: round1(meanTechnical), sd: round1(sdTechnical) },
    correlation: round2(correlation),
  };
}

/** Scores a workshop file with an instrument: pure, deterministic and independent of answer order. */
export function scoreWorkshop(file: WorkshopFile, instrument: Instrument): ScoreResult {
  const k = file.workshop.anonymityThreshold;
  const factors = factorDefs(instrument);
  const roleOf = rolesById(file);
  const participantIds = [...roleOf.keys()].sort(compareText);
  const layout = itemLayout(instrument);
  const columns = factorColumns(factors, layout);

  const collected = collectMatrices(file, layout, participantIds);
  const notApplicable = notApplicableCells(file, layout, collected);
  // Straight-lined dimensions are left out of every figure; responseStyle counts them and the
  // fingerprint still hashes every answer given.
  const counted1 = withoutStraightLinedCells(collected[1], layout);
  const table1 = counted1.matrix;
  const table2 = withoutStraightLinedCells(collected[2], layout).matrix;
  const counts1 = countCells(table1);
  const counts2 = countCells(table2);
  // Per participant, a bit per dimension with at least one answer 1–5 in round 1.
  const answered = answeredDimensions(table1, layout);
  const respondents = participantIds.filter((_, person) => (answered[person] ?? 0) !== 0);
  const scores1 = scoreFactors(table1, columns, layout);
  const scores2 = scoreFactors(table2, columns, layout);

  const factorResults: FactorScore[] = factors.map((factor, index) => {
    const entry = scores1.get(factor.id) ?? { scores: [], cantSay: 0 };
    const values = entry.scores.map((score) => score.score);
    const withheld = !meetsThreshold(values.length, k);
    const summary = summarise(values, k);
    return {
      id: factor.id,
      factor: factor.factor,
      dimension: factor.dimension,
      ...summary,
      withheld,
      interval: summary.mean === null ? null : meanInterval(values, summary.mean),
      rwg:
        summary.mean === null
          ? null
          : rwgOf(columns[index] ?? { id: factor.id, columns: new Int32Array() }, table1),
      cantSay: entry.cantSay,
      bins: withheld ? [0, 0, 0, 0, 0] : bins(values),
    };
  });

  const dimensions: DimensionScore[] = DIMENSIONS.map((dimension, position) => {
    const own = factorResults.filter((factor) => factor.dimension === dimension);
    let n = 0;
    for (const bits of answered) if ((bits >> position) & 1) n += 1;
    const index = dimensionIndex(own.map((factor) => factor.mean));
    return {
      id: dimension,
      index,
      interval:
        index === null
          ? null
          : meanInterval(
              ownDimensionScores(
                own.filter((factor) => factor.mean !== null).map((factor) => factor.id),
                scores1,
                participantIds,
              ),
              index,
            ),
      n,
      factorsScored: own.filter((factor) => factor.mean !== null).length,
      factorsTotal: own.length,
    };
  });
  const indexOf = (dimension: Dimension): number | null =>
    dimensions.find((entry) => entry.id === dimension)?.index ?? null;
  const humanDebt = indexOf('human');
  const technicalDebt = indexOf('technical');
  const visibilityDeficit = indexOf('visibility');
  const executionReality = indexOf('execution');

  const progress = factorResults.find((factor) => factor.id === factorKey('execution', 'progress'));
  const evidence = evidenceOf(file, progress?.mean ?? null, visibilityDeficit);
  const executionGap = executionGapOf(evidence);
  const executionDebt =
    humanDebt === null || technicalDebt === null || visibilityDeficit === null
      ? null
      : round1(structuralExecutionDebt(humanDebt, technicalDebt, visibilityDeficit));
  const floor = unverifiedFloor(file.realityCheck);
  const executionDebtIndex =
    executionDebt === null ? null : round1(headlineIndex(executionDebt, executionGap, floor));
  const intervalOf = (dimension: Dimension): Interval | null =>
    dimensions.find((entry) => entry.id === dimension)?.interval ?? null;
  const executionDebtIndexInterval = headlineInterval(
    intervalOf('human'),
    intervalOf('technical'),
    intervalOf('visibility'),
    executionGap,
    floor,
  );
  const indices: Indices = {
    humanDebt,
    technicalDebt,
    visibilityDeficit,
    executionReality,
    executionDebt,
    executionGap,
    executionDebtIndex,
    band: executionDebtIndex === null ? null : bandOf(executionDebtIndex),
    executionDebtIndexInterval,
    bandStable:
      executionDebtIndexInterval === null
        ? null
        : bandOf(executionDebtIndexInterval.low) === bandOf(executionDebtIndexInterval.high),
  };

  const { groups, roleGaps } = groupScores(factors, scores1, roleOf, respondents, k);
  // Every figure leaves the model through the disclosure step (docs/anonymity.md).
  const partial: Omit<ScoreResult, 'findings' | 'fingerprint'> = withholdSmallRoom({
    modelVersion: MODEL_VERSION,
    instrumentVersion: instrument.version,
    anonymityThreshold: k,
    n: {
      participants: participantIds.length,
      respondents: respondents.length,
      responses: counts1.answers,
      cantSay: counts1.cantSay,
      notApplicable: countMarks(notApplicable[1]),
      round2: counts2.answers + counts2.cantSay,
    },
    indices,
    dimensions,
    factors: factorResults,
    items: itemScores(
      instrument,
      table1,
      layout,
      k,
      notApplicableByColumn(notApplicable[1], layout.dimension.length),
    ),
    evidence,
    groups,
    roleGaps,
    convergence: {
      hasRound2: counts2.answers + counts2.cantSay > 0,
      factors: convergenceOf(factors, scores1, scores2, k),
    },
    consensus: consensusOf(factorResults),
    responseStyle: responseStyleOf(collected[1], counted1.straightLiners, k),
    spread: mapSpread(factors, scores1, respondents, k),
  });
  return {
    ...partial,
    findings: partial.roomWithheld ? [] : computeFindings(partial, file, instrument),
    fingerprint: fingerprintOf({
      file,
      instrument,
      roleOf,
      round1: collected[1],
      round2: collected[2],
      notApplicable,
    }),
  };
}
