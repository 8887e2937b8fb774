import type { Language } from '../domain/workshop';
import type { Localized } from '../instrument/types';
import { TOP_FINDINGS } from '../interventions/recommend';
import { RULE_LABELS } from '../interventions/rule-labels';
import { MOVEMENT_POINTS } from '../interventions/trend';
import { ROLE_GAP_POINTS } from '../scoring/constants';
import type { FindingRule } from '../scoring/findings';
import type { FactorScore, Finding, ScoreResult } from '../scoring/result';
import { cardText, type CardTextKey } from './card-texts';
import type { Block, ReportIntervention } from './model-types';
import { formatDate, formatFigure, roleName } from './texts';

// One card per intervention: what, why (its findings grouped and counted), the first step, who,
// when, the success signal as debt falling by a margin this room's answers can show, and how the
// follow-up checks it. Pure: the report model calls it with the scored workshop.

/** How many recommended interventions get a card; the rest are listed in one table after them. */
export const RECOMMENDED_CARDS = 5;
/** Factor names a grouped reason lists before "and N more". */
const GROUP_NAMES = 3;
/** The scale's neutral point: above it a factor is on the debt side. */
const NEUTRAL = 50;
/** Targets a success signal names before it stops; the follow-up shows the rest anyway. */
const SIGNAL_TARGETS = 3;

export interface CardContext {
  lang: Language;
  result: Pick<ScoreResult, 'factors' | 'findings' | 'roleGaps'>;
  factorName: (id: string) => string;
}

/** Rules whose findings are one per factor (`rule:factor`), grouped on a card. */
const PER_FACTOR_RULES: readonly string[] = [
  'factor-level',
  'role-reality-gap',
  'split-room',
  'revote-diverged',
  'revote-converged',
];
/** Findings of these rules rest on the Reality Check or the Decision Replay. */
const REALITY_CHECK_RULES: readonly string[] = [
  'reported-work-not-verified',
  'progress-perception-mismatch',
  'ownership-unassignable',
];
const REPLAY_RULES: readonly string[] = [
  'decisions-not-replayable',
  'inconsistent-outcomes',
  'visibility-perception-mismatch',
];

function localized(value: string | Localized, lang: Language): string {
  return typeof value === 'string' ? value : value[lang];
}

function capitalised(text: string): string {
  return text.length > 0 ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** "a, b, c" or "a, b, c and 2 more": a group never prints a wall of names. */
function listed(ctx: CardContext, names: readonly string[]): string {
  if (names.length <= GROUP_NAMES + 1) return names.join(', ');
  return cardText('andMore', ctx.lang, {
    list: names.slice(0, GROUP_NAMES).join(', '),
    count: names.length - GROUP_NAMES,
  });
}

function factorOf(findingId: string): string {
  const colon = findingId.indexOf(':');
  return colon < 0 ? '' : findingId.slice(colon + 1);
}

/**
 * The findings behind a card, each rule once: a rule that fires once per factor is counted with
 * its factors named; a finding page one shows says so with its number there.
 */
export function groupedReasons(ctx: CardContext, findingIds: readonly string[]): string {
  const byId = new Map(ctx.result.findings.map((finding) => [finding.id, finding]));
  const topRank = new Map(
    ctx.result.findings.slice(0, TOP_FINDINGS).map((finding, i) => [finding.id, i + 1]),
  );
  const findings = findingIds
    .map((id) => byId.get(id))
    .filter((finding): finding is Finding => finding !== undefined);
  const parts: string[] = [];
  const grouped = new Map<string, Finding[]>();
  for (const finding of findings) {
    const perFactor = PER_FACTOR_RULES.includes(finding.rule) && factorOf(finding.id) !== '';
    const top = topRank.get(finding.id);
    if (!perFactor || top !== undefined) {
      // A finding page one shows, or a rule that fires once, stands on its own.
      const title = finding.title[ctx.lang];
      parts.push(
        top === undefined ? title : `${title} (${cardText('topFinding', ctx.lang, { rank: top })})`,
      );
      continue;
    }
    const list = grouped.get(finding.rule) ?? [];
    list.push(finding);
    grouped.set(finding.rule, list);
  }
  for (const [rule, list] of grouped) {
    const first = list[0];
    if (list.length === 1 && first !== undefined) {
      parts.push(first.title[ctx.lang]);
      continue;
    }
    const label =
      rule === 'factor-level'
        ? cardText('clearDebt', ctx.lang)
        : (RULE_LABELS[rule as FindingRule]?.[ctx.lang] ?? rule);
    parts.push(
      cardText('group', ctx.lang, {
        label,
        count: list.length,
        list: listed(
          ctx,
          list.map((finding) => ctx.factorName(factorOf(finding.id))),
        ),
      }),
    );
  }
  if (parts.length === 0) return '';
  return cardText(findings.length === 1 ? 'calledForOne' : 'calledForMany', ctx.lang, {
    count: findings.length,
    list: parts.join('; '),
  });
}

/** "answers findings 1 and 3": which of page one's numbered findings it answers, or ''. */
export function answeredTop(ctx: CardContext, findingIds: readonly string[]): string {
  const ids = new Set(findingIds);
  const ranks = ctx.result.findings
    .slice(0, TOP_FINDINGS)
    .flatMap((finding, index) => (ids.has(finding.id) ? [index + 1] : []));
  if (ranks.length === 0) return '';
  const last = ranks.pop();
  const list =
    ranks.length === 0 ? String(last) : `${ranks.join(', ')} ${cardText('and', ctx.lang)} ${last}`;
  return cardText(ranks.length === 0 ? 'answersTop' : 'answersTopMany', ctx.lang, { list });
}

/**
 * The smallest fall of a factor's mean this room's answers can tell apart from noise: half the
 * width of its 95 % interval, rounded up, and never less than the trend's own "moved" threshold.
 */
export function detectableFall(factor: Pick<FactorScore, 'interval'>): number {
  const half =
    factor.interval === null ? 0 : Math.ceil((factor.interval.high - factor.interval.low) / 2);
  return Math.max(MOVEMENT_POINTS, half);
}

/** "Debt on Ownership from 67 to 57 or lower by the follow-up", per target with a figure. */
function debtSignals(ctx: CardContext, targets: readonly string[]): string[] {
  const byId = new Map(ctx.result.factors.map((factor) => [factor.id, factor]));
  const factors = targets
    .map((id) => byId.get(id))
    .filter((factor): factor is FactorScore => factor !== undefined)
    .sort((a, b) => (b.mean ?? -1) - (a.mean ?? -1) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // A target the room already places on the health side has no debt to lose, and one without a
  // figure has nothing to fall from: when no target has debt to lose, the card keeps the
  // catalogue's own signal rather than invent a fall.
  const figured = factors.filter(
    (factor) => factor.mean !== null && !factor.withheld && factor.mean >= NEUTRAL,
  );
  if (figured.length === 0) return [];
  const unknown = factors.filter((factor) => factor.mean === null || factor.withheld);
  return [
    ...figured.map((factor) => {
      const from = Math.round(factor.mean ?? 0);
      return cardText('debtFalls', ctx.lang, {
        factor: ctx.factorName(factor.id),
        from,
        to: Math.max(0, from - detectableFall(factor)),
      });
    }),
    ...unknown.map((factor) =>
      cardText('debtNoFigure', ctx.lang, { factor: ctx.factorName(factor.id) }),
    ),
  ].slice(0, SIGNAL_TARGETS);
}

/**
 * For the perspective swap, whose targets are the factors groups disagreed on: the gaps narrow
 * under the point where a gap counts, and split rooms stop splitting.
 */
function gapSignals(ctx: CardContext, findingIds: readonly string[]): string[] {
  const signals: string[] = [];
  for (const id of findingIds) {
    const factorId = factorOf(id);
    if (id.startsWith('role-reality-gap:')) {
      const gap = ctx.result.roleGaps.find((entry) => entry.factor === factorId);
      if (gap === undefined) continue;
      signals.push(
        cardText('gapNarrows', ctx.lang, {
          high: roleName(gap.high.role, ctx.lang),
          low: roleName(gap.low.role, ctx.lang),
          factor: ctx.factorName(factorId),
          // One decimal, as the role-gap table prints it: a gap of 25.0 is just over the line.
          from: formatFigure(gap.gap, ctx.lang),
          to: ROLE_GAP_POINTS,
        }),
      );
    } else if (id.startsWith('split-room:')) {
      const factor = ctx.result.factors.find((entry) => entry.id === factorId);
      if (factor?.sd === null || factor?.sd === undefined) continue;
      signals.push(
        cardText('splitCloses', ctx.lang, {
          factor: ctx.factorName(factorId),
          sd: formatFigure(factor.sd, ctx.lang),
        }),
      );
    }
  }
  return signals.slice(0, SIGNAL_TARGETS);
}

/** The card's success signal: debt falling on its targets, gaps narrowing, or the room's own. */
export function successSignal(ctx: CardContext, entry: ReportIntervention): string {
  const findings = entry.findings ?? [];
  const gapsOnly =
    findings.length > 0 &&
    findings.every((id) => id.startsWith('role-reality-gap:') || id.startsWith('split-room:'));
  const signals =
    entry.interventionId === 'perception-swap' || gapsOnly
      ? gapSignals(ctx, findings)
      : debtSignals(ctx, entry.targets ?? []);
  const sentences = signals.length > 0 ? [`${capitalised(signals.join('; '))}.`] : [];
  if (entry.roomSignal !== undefined && entry.roomSignal.trim() !== '') {
    sentences.push(cardText('roomSignal', ctx.lang, { signal: entry.roomSignal.trim() }));
  }
  if (sentences.length === 0 && entry.successSignal !== undefined) {
    sentences.push(localized(entry.successSignal, ctx.lang));
  }
  return sentences.join(' ');
}

function followUpCheck(ctx: CardContext, entry: ReportIntervention): string {
  const byId = new Map(ctx.result.findings.map((finding) => [finding.id, finding]));
  const rules = new Set((entry.findings ?? []).map((id) => byId.get(id)?.rule ?? ''));
  const targets = (entry.targets ?? []).slice(0, SIGNAL_TARGETS + 2).map(ctx.factorName);
  const parts: string[] = [];
  if (targets.length > 0) {
    parts.push(cardText('checkSurvey', ctx.lang, { factors: listed(ctx, targets) }));
  }
  if (REALITY_CHECK_RULES.some((rule) => rules.has(rule))) {
    parts.push(cardText('checkRealityCheck', ctx.lang));
  }
  if (REPLAY_RULES.some((rule) => rules.has(rule))) parts.push(cardText('checkReplay', ctx.lang));
  if (parts.length === 0) return cardText('checkOwnOnly', ctx.lang) + '.';
  return `${capitalised(parts.join('; '))}.`;
}

/** Reasons handed over as finding ids or sentences (an action plan without finding ids). */
function becauseText(ctx: CardContext, because: readonly (string | Localized)[]): string {
  const titles = new Map(ctx.result.findings.map((finding) => [finding.id, finding.title]));
  return [
    ...new Set(
      because.map((reason) =>
        typeof reason === 'string'
          ? (titles.get(reason)?.[ctx.lang] ?? reason)
          : localized(reason, ctx.lang),
      ),
    ),
  ].join('; ');
}

function ownerText(ctx: CardContext, entry: ReportIntervention): string {
  const role =
    entry.suggestedOwner === undefined ? '' : localized(entry.suggestedOwner, ctx.lang).trim();
  const name = (entry.owner ?? '').trim();
  if (entry.recommended === true) {
    return role === ''
      ? cardText('ownerUnset', ctx.lang)
      : cardText('ownerSuggested', ctx.lang, { role });
  }
  if (name !== '' && role !== '') return cardText('ownerNamed', ctx.lang, { name, role });
  if (name !== '') return name;
  return role === ''
    ? cardText('ownerUnset', ctx.lang)
    : `${cardText('ownerUnset', ctx.lang)} · ${cardText('ownerSuggested', ctx.lang, { role })}`;
}

function timescaleText(ctx: CardContext, entry: ReportIntervention): string {
  const horizon: CardTextKey | null =
    entry.horizon === 'two-weeks'
      ? 'horizonTwoWeeks'
      : entry.horizon === 'quarter'
        ? 'horizonQuarter'
        : null;
  return [
    entry.due === undefined
      ? ''
      : cardText('due', ctx.lang, { date: formatDate(entry.due, ctx.lang) }),
    horizon === null ? '' : cardText(horizon, ctx.lang),
  ]
    .filter(Boolean)
    .join(' ');
}

function badgeOf(ctx: CardContext, entry: ReportIntervention): string {
  if (entry.recommended === true) return cardText('badgeRecommended', ctx.lang);
  const votes = entry.votes ?? 0;
  if (votes === 0) return cardText('badgeAgreed', ctx.lang);
  return votes === 1
    ? cardText('badgeAgreedVote', ctx.lang)
    : cardText('badgeAgreedVotes', ctx.lang, { votes });
}

/** One intervention's card: every row it has something to say in, none empty. */
export function interventionCard(
  ctx: CardContext,
  entry: ReportIntervention,
  number: number,
): Extract<Block, { kind: 'card' }> {
  const findings = entry.findings ?? [];
  const catalogueWhy = entry.why === undefined ? '' : localized(entry.why, ctx.lang);
  const why =
    findings.length > 0
      ? [groupedReasons(ctx, findings), catalogueWhy].filter(Boolean).join(' ')
      : (entry.because ?? []).length > 0
        ? becauseText(ctx, entry.because ?? [])
        : entry.interventionId === undefined
          ? cardText('roomsOwn', ctx.lang)
          : catalogueWhy;
  const rows: { label: string; text: string }[] = [
    {
      label: cardText('what', ctx.lang),
      text: entry.what === undefined ? '' : localized(entry.what, ctx.lang),
    },
    { label: cardText('why', ctx.lang), text: why },
    {
      label: cardText('firstStep', ctx.lang),
      text: entry.firstStep === undefined ? '' : localized(entry.firstStep, ctx.lang),
    },
    { label: cardText('owner', ctx.lang), text: ownerText(ctx, entry) },
    { label: cardText('timescale', ctx.lang), text: timescaleText(ctx, entry) },
    { label: cardText('success', ctx.lang), text: successSignal(ctx, entry) },
    { label: cardText('check', ctx.lang), text: followUpCheck(ctx, entry) },
  ];
  return {
    kind: 'card',
    title: `${number}. ${localized(entry.title, ctx.lang)}`,
    badge: badgeOf(ctx, entry),
    rows: rows.filter((row) => row.text.trim() !== ''),
  };
}

/**
 * The interventions section's blocks: an intro, then a card per agreed action, or per recommended
 * intervention up to `RECOMMENDED_CARDS` with the rest in one short table.
 */
export function interventionBlocks(ctx: CardContext, list: readonly ReportIntervention[]): Block[] {
  const ordered = [...list]
    .map((entry, index) => ({ entry, index }))
    .sort(
      (a, b) => (a.entry.priority ?? a.index) - (b.entry.priority ?? b.index) || a.index - b.index,
    )
    .map(({ entry }) => entry);
  const recommended = ordered.length > 0 && ordered.every((entry) => entry.recommended === true);
  const carded = recommended ? ordered.slice(0, RECOMMENDED_CARDS) : ordered;
  const rest = recommended ? ordered.slice(RECOMMENDED_CARDS) : [];
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: cardText(recommended ? 'introRecommended' : 'introAgreed', ctx.lang, {
        points: MOVEMENT_POINTS,
      }),
      tone: 'lead',
    },
    ...carded.map((entry, index) => interventionCard(ctx, entry, index + 1)),
  ];
  if (rest.length > 0) {
    blocks.push({
      kind: 'table',
      title: cardText('alsoTitle', ctx.lang),
      columns: [
        { header: cardText('alsoIntervention', ctx.lang), align: 'left', width: 3.2 },
        { header: cardText('alsoFindings', ctx.lang), align: 'left', width: 5.4 },
        { header: cardText('alsoOwner', ctx.lang), align: 'left', width: 2.4 },
      ],
      rows: rest.map((entry, index) => ({
        cells: [
          `${carded.length + index + 1}. ${localized(entry.title, ctx.lang)}`,
          groupedReasons(ctx, entry.findings ?? []),
          entry.suggestedOwner === undefined ? '' : localized(entry.suggestedOwner, ctx.lang),
        ],
      })),
    });
  }
  return blocks;
}
