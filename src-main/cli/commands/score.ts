import { getInstrument } from '../../../shared/instrument';
import { scoreWorkshop } from '../../../shared/scoring/model';
import type { ScoreResult } from '../../../shared/scoring/result';
import { BAND_LABELS } from '../../../shared/scoring/constants';
import {
  CATALOGUE,
  interventionById,
  recommendInterventions,
  type Recommendation,
} from '../../../shared/interventions';
import { onePositional, type ParsedCommand } from '../args';
import { EXIT_OK, InvalidInputError, type CliIo } from '../io';
import { readWorkshopFile } from '../read-workshop-file';

const showFigure = (value: number | null): string =>
  value === null ? 'insufficient data' : value.toFixed(1);

/** Why a factor has no figure: too few to score, or too few to show (k). */
const showFactor = (factor: ScoreResult['factors'][number], k: number): string =>
  factor.withheld ? `hidden (n<${k})` : showFigure(factor.mean);

/** A plain-text summary an analyst can read in a terminal. */
export function formatScoreSummary(
  title: string,
  result: ScoreResult,
  recommendations: readonly Recommendation[] = recommendInterventions(result),
): string {
  const { indices } = result;
  const show = (value: number | null): string =>
    result.roomWithheld ? `hidden (n<${result.anonymityThreshold})` : showFigure(value);
  const lines = [
    `${title}`,
    `model ${result.modelVersion} · instrument ${result.instrumentVersion} · ${result.n.respondents} of ${result.n.participants} participants answered · k = ${result.anonymityThreshold}`,
    ...(result.roomWithheld
      ? [
          '',
          `Fewer than k = ${result.anonymityThreshold} people answered: no index, factor figure or finding is given (docs/anonymity.md).`,
          'Have more participants answer, or agree a lower k (3–10) with the room before it answers.',
        ]
      : []),
    '',
    `Execution Debt Index   ${show(indices.executionDebtIndex)}${indices.band ? `  (${BAND_LABELS[indices.band].en})` : ''}`,
    `  structural           ${show(indices.executionDebt)}`,
    `  observed gap         ${show(indices.executionGap)}`,
    `Human Debt             ${show(indices.humanDebt)}`,
    `Technical Debt         ${show(indices.technicalDebt)}`,
    `Visibility Deficit     ${show(indices.visibilityDeficit)}`,
    `Execution Reality      ${show(indices.executionReality)}`,
    '',
    'Factors (0–100, higher = more debt)',
  ];
  for (const factor of result.factors) {
    lines.push(
      `  ${factor.id.padEnd(18)} ${showFactor(factor, result.anonymityThreshold).padStart(17)}  n=${String(factor.n).padEnd(3)} sd=${factor.sd === null ? '–' : factor.sd.toFixed(1)}  ${factor.agreement}`,
    );
  }
  lines.push('', `Findings (${result.findings.length})`);
  for (const finding of result.findings) {
    lines.push(`  [${finding.severity}, ${finding.confidence} confidence] ${finding.title.en}`);
    lines.push(`      ${finding.detail.en}`);
    lines.push(`      from: ${finding.inputs.join(', ')}`);
  }
  lines.push('', `Recommended interventions (${recommendations.length})`);
  for (const recommendation of recommendations) {
    const title = interventionById(CATALOGUE, recommendation.interventionId)?.title.en;
    lines.push(
      `  ${recommendation.rank}. ${title ?? recommendation.interventionId}  score ${recommendation.score}`,
    );
    lines.push(`      from: ${recommendation.triggeredBy.join(', ')}`);
  }
  lines.push('', `Fingerprint ${result.fingerprint.value}`);
  return lines.join('\n');
}

/**
 * `edw score`: the result as text, or the full documented JSON with `--json`. Both are the
 * shareable summary: the scores have been through the disclosure step (docs/anonymity.md).
 */
export function scoreCommand(args: ParsedCommand, io: CliIo): number {
  const path = onePositional(args, 'workshop file');
  const file = readWorkshopFile(path, io.cwd);
  const instrument = getInstrument(file.workshop.instrumentVersion);
  if (!instrument) throw new InvalidInputError(`${path}: unknown instrument version`);
  const result = scoreWorkshop(file, instrument);
  const recommendations = recommendInterventions(result);
  io.out(
    args.json
      ? JSON.stringify({ ...result, recommendations }, null, 2)
      : formatScoreSummary(file.workshop.title, result, recommendations),
  );
  return EXIT_OK;
}
