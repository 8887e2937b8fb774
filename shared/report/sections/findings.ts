import type { Finding } from '../../scoring/result';
import { consequenceOf } from '../consequences';
import { CONFIDENCE_TEXT, SEVERITY_TEXT, roleName } from '../texts';
import type { Ctx } from './context';

/** A finding's inputs in words: factor names, then how many statements and evidence entries. */
function inputsInWords(ctx: Ctx, finding: Finding): string {
  const factors = finding.inputs.filter((input) => /^[a-z]{2}\.[a-z]+$/.test(input));
  const statements = finding.inputs.filter((input) => /^[a-z]{2}\.[a-z]+\.\d+$/.test(input)).length;
  const rc = finding.inputs.filter((input) => input.startsWith('realityCheck[')).length;
  const dr = finding.inputs.filter((input) => input.startsWith('decisions[')).length;
  const roles = finding.inputs
    .filter((input) => input.startsWith('role:'))
    .map((input) => roleName(input.slice(5), ctx.lang));
  const parts = [
    ...factors.map((id) => ctx.factorName(id)),
    ...(statements > 0 ? [ctx.t('inputsStatements', { count: statements })] : []),
    ...(rc > 0 ? [ctx.t('inputsRealityCheck', { count: rc })] : []),
    ...(dr > 0 ? [ctx.t('inputsReplayed', { count: dr })] : []),
    ...roles,
  ];
  return parts.join(', ');
}

/** Findings as the report lists them; `withConsequence` (page one) says what each costs delivery in place of its figures. */
export function findingItems(ctx: Ctx, findings: readonly Finding[], withConsequence = false) {
  return findings.map((finding) => ({
    title: finding.title[ctx.lang],
    // Page one says what each finding costs delivery; its figures are in the dimension's section.
    ...(withConsequence ? { consequence: consequenceOf(finding)?.[ctx.lang] ?? '' } : {}),
    detail: withConsequence ? '' : finding.detail[ctx.lang],
    meta: ctx.t('findingMeta', {
      severity: SEVERITY_TEXT[finding.severity][ctx.lang],
      confidence: CONFIDENCE_TEXT[finding.confidence][ctx.lang],
      inputs: inputsInWords(ctx, finding),
    }),
    severity: finding.severity,
  }));
}
