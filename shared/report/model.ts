import type { DebtMapInput } from '../charts/debt-map';
import { factorWebNames } from '../charts/factor-names';
import { factorWebLayout } from '../charts/factor-web';
import type { FunnelEntry } from '../charts/reality-funnel';
import type { StripsOptions } from '../charts/distribution';
import type { Language } from '../domain/workshop';
import type { Horizon } from '../interventions/types';
import type { RecordPlace, WorkshopFile } from '../format/workshop-file';
import { DIMENSIONS, type Dimension, type Instrument, type Localized } from '../instrument/types';
import {
  AGREEMENT_LABELS,
  BAND_FLOORS,
  BAND_LABELS,
  BANDS,
  ROLE_GAP_POINTS,
} from '../scoring/constants';
import type { Evidence, Finding, ScoreResult } from '../scoring/result';
import { cardText } from './card-texts';
import { consequenceOf } from './consequences';
import { embeddedReportOf, type EmbeddedReport } from './figures';
import {
  answeredTop,
  groupedReasons,
  interventionBlocks,
  successSignal,
} from './intervention-cards';
import {
  CONFIDENCE_TEXT,
  DIRECTION_TEXT,
  FACTOR_SHORT,
  REPORT_TEXTS,
  SEVERITY_TEXT,
  formatDate,
  formatFigure,
  formatTimestamp,
  reportText,
  roleName,
  type ReportTextKey,
} from './texts';

export type ReportFlavour = 'brief' | 'full';

/**
 * An agreed or recommended intervention, as the interventions feature hands it over. Texts may
 * come already in the workshop's language or as {en, es}.
 */
export interface ReportIntervention {
  title: string | Localized;
  /** Why it is recommended: finding ids or plain sentences. */
  because?: readonly (string | Localized)[];
  owner?: string;
  due?: string;
  /** For a recommended intervention the room has not agreed yet: what to do this week, and who. */
  firstStep?: string | Localized;
  suggestedOwner?: string | Localized;
  recommended?: boolean;
  successSignal?: string | Localized;
  /** Dot votes or priority rank; lower rank or more votes comes first when given. */
  priority?: number;
  /** For its card (./intervention-cards.ts): the catalogue intervention, when it is one. */
  interventionId?: string;
  /** What it is: the catalogue's text or the room's own description. */
  what?: string | Localized;
  /** Why it helps: the catalogue's link to the framework. */
  why?: string | Localized;
  horizon?: Horizon;
  /** Ids of the findings behind it, strongest first. */
  findings?: readonly string[];
  /** Factor ids the follow-up should see fall. */
  targets?: readonly string[];
  votes?: number;
  /** A success signal the room wrote itself, beside the one the figures give. */
  roomSignal?: string;
}

export interface ReportInput {
  file: WorkshopFile;
  result: ScoreResult;
  instrument: Instrument;
  language: Language;
  flavour: ReportFlavour;
  /** ISO timestamp printed on the cover and embedded; passed in so the model stays pure. */
  generatedAt: string;
  recommendations?: readonly ReportIntervention[];
  /** Recommended but not chosen by the room: listed in the appendix, after the agreed plan. */
  alsoRecommended?: readonly ReportIntervention[];
  /** Demonstration data (the demo workshop): marked on the cover and in every page's footer. */
  demo?: boolean;
}

export type Align = 'left' | 'right' | 'center';

export interface TableColumn {
  header: string;
  align: Align;
  /** Relative width; the renderer shares the text width in these proportions. */
  width: number;
}

export interface TableRow {
  cells: string[];
  /** A row that heads a group (a dimension in a long table). */
  group?: boolean;
  /** Suppressed or insufficient: printed muted. */
  muted?: boolean;
}

/** Which shared/charts layout to draw, with its input and every label it needs, already localized. */
export type FigureSpec =
  | {
      chart: 'debtMap';
      input: DebtMapInput;
      labels: {
        axisHuman: string;
        axisTechnical: string;
        team: string;
        /** Role → its label on the map, for the groups the map draws. */
        groups: Record<string, string>;
        boundaries: Record<string, string>;
        insufficient: string;
      };
    }
  | {
      chart: 'factorWeb';
      input: Pick<ScoreResult, 'factors'>;
      labels: {
        /** Full factor names from the instrument: the layout wraps them inside its boxes. */
        factors: Record<string, string>;
        dimensions: Record<string, string>;
        /** Said in place of the picture when no link joins two factors at 50 or more. */
        empty: string;
      };
    }
  | {
      chart: 'heatmap';
      input: Pick<ScoreResult, 'factors' | 'groups' | 'anonymityThreshold'>;
      labels: {
        factors: Record<string, string>;
        dimensions: Record<string, string>;
        columns: Record<string, string>;
        hidden: string;
        insufficient: string;
      };
    }
  | {
      chart: 'strips';
      input: Pick<ScoreResult, 'items' | 'factors' | 'convergence'>;
      options: StripsOptions;
      labels: {
        rows: Record<string, string>;
        slots: Record<string, string>;
        directions: Record<string, string>;
        revote: string;
        split: string;
        sd: string;
      };
    }
  | {
      chart: 'funnel';
      input: Evidence['realityCheck'];
      entries: readonly FunnelEntry[];
      labels: { stages: Record<string, string>; stage: string; partly: string; empty: string };
    };

export type Block =
  | {
      kind: 'cover';
      title: string;
      subtitle: string;
      details: { label: string; value: string }[];
      note: string;
    }
  | { kind: 'toc' }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; tone?: 'lead' | 'body' | 'note' }
  | {
      kind: 'headline';
      label: string;
      value: string;
      band: string;
      /** Band id for the shade; null when insufficient. */
      bandId: string | null;
      scale: string;
      reading: string;
      figures: { label: string; value: string; note: string }[];
    }
  | {
      kind: 'findings';
      items: {
        title: string;
        /** What it costs delivery, in plain words: page one only (./consequences.ts). */
        consequence?: string;
        detail: string;
        meta: string;
        severity: string;
      }[];
    }
  | { kind: 'bullets'; items: string[] }
  /** One intervention, kept on one page (./intervention-cards.ts). */
  | { kind: 'card'; title: string; badge: string; rows: { label: string; text: string }[] }
  | { kind: 'table'; title?: string; columns: TableColumn[]; rows: TableRow[] }
  | { kind: 'figure'; figure: FigureSpec; caption: string; maxHeightMm: number }
  | { kind: 'keyValues'; items: { label: string; value: string }[] };

export type SectionId =
  | 'cover'
  | 'contents'
  | 'summary'
  | 'map'
  | 'web'
  | `dimension-${Dimension}`
  | 'evidence'
  | 'roles'
  | 'interventions'
  | 'method'
  | 'appendix';

export interface ReportSection {
  id: SectionId;
  /** Title in the running text and the table of contents; empty for the cover. */
  title: string;
  inToc: boolean;
  /** Every section starts on a new page; brief reports have at most three. */
  blocks: Block[];
}

export interface ReportModel {
  language: Language;
  flavour: ReportFlavour;
  meta: { title: string; subject: string; keywords: string[]; author: string; creator: string };
  /** Workshop title and client, printed at the top of every page but the cover. */
  runningHeader: string;
  /** "Page {page} of {pages}" in the report's language. */
  pageLabel: string;
  /** Set for demonstration data: the line on the cover and the words in every footer. */
  /** Demonstration data: the mark printed beside page one's title and in every footer. */
  demoMark?: { footer: string };
  contentsTitle: string;
  sections: ReportSection[];
  embedded: EmbeddedReport;
}

interface Ctx {
  input: ReportInput;
  lang: Language;
  t: (key: ReportTextKey, values?: Record<string, string | number>) => string;
  num: (value: number | null) => string;
  factorName: (id: string) => string;
  factorShort: (id: string) => string;
  dimensionName: (dimension: Dimension) => string;
  k: number;
}

function contextOf(input: ReportInput): Ctx {
  const lang = input.language;
  const factorName = (id: string): string => {
    const [, factor] = id.split('.');
    return (
      input.instrument.factors.find(
        (info) => info.id === factor && id.startsWith(prefixOf(info.dimension)),
      )?.label[lang] ?? id
    );
  };
  return {
    input,
    lang,
    t: (key, values) => reportText(key, lang, values),
    num: (value) => formatFigure(value, lang),
    factorName,
    factorShort: (id) => FACTOR_SHORT[id]?.[lang] ?? factorName(id),
    dimensionName: (dimension) =>
      input.instrument.dimensions.find((info) => info.id === dimension)?.label[lang] ?? dimension,
    k: input.result.anonymityThreshold,
  };
}

const PREFIX: Record<Dimension, string> = {
  human: 'hd.',
  technical: 'td.',
  visibility: 'dv.',
  execution: 'er.',
};
function prefixOf(dimension: Dimension): string {
  return PREFIX[dimension];
}

function localized(value: string | Localized, lang: Language): string {
  return typeof value === 'string' ? value : value[lang];
}

function bandName(ctx: Ctx, band: string | null): string {
  if (band === null) return ctx.t('insufficientShort');
  return BAND_LABELS[band as keyof typeof BAND_LABELS][ctx.lang];
}

/** A finding's inputs in words: factor names, then how many statements and evidence entries. */
function inputsInWords(ctx: Ctx, finding: Finding): string {
  const factors = finding.inputs.filter((input) => /^[a-z]{2}\.[a-z]+$/.test(input));
  const statements = finding.inputs.filter((input) => /^[a-z]{2}\.[a-z]+\.\d+$/.test(input)).length;
  const rc = finding.inputs.filter((input) => input.startsWith('realityCheck[')).length;
  const dr = finding.inputs.filter((input) => input.startsWith('decisions[')).length;
  const roles = finding.inputs
    .filter((input) => input.startsWith('role:'))
    .map((input) => roleName(input.slice(5), ctx.lang));
  const es = ctx.lang === 'es';
  const parts = [
    ...factors.map((id) => ctx.factorName(id)),
    ...(statements > 0 ? [es ? `${statements} afirmaciones` : `${statements} statements`] : []),
    ...(rc > 0
      ? [es ? `${rc} elementos de la Comprobación de realidad` : `${rc} Reality Check items`]
      : []),
    ...(dr > 0 ? [es ? `${dr} decisiones reconstruidas` : `${dr} replayed decisions`] : []),
    ...roles,
  ];
  return parts.join(', ');
}

/** The masthead of page one: what the report is about, who made it, and on what terms. */
function coverSection(ctx: Ctx): Block {
  const { workshop } = ctx.input.file;
  const value = (text: string) => (text.trim() === '' ? ctx.t('notSet') : text);
  return {
    kind: 'cover',
    title: workshop.title,
    subtitle: ctx.t(ctx.input.flavour === 'brief' ? 'briefTitle' : 'reportTitle'),
    details: [
      { label: ctx.t('coverClient'), value: value(workshop.client) },
      { label: ctx.t('coverTeam'), value: value(workshop.team) },
      { label: ctx.t('coverDate'), value: formatDate(workshop.date, ctx.lang) },
      { label: ctx.t('coverFacilitator'), value: value(workshop.facilitator) },
      // How many took part is in "how sure we are", and when the report was made in the method.
    ],
    note: ctx.t('coverConfidential', { k: ctx.k, model: ctx.input.result.modelVersion }),
  };
}

function confidenceOf(ctx: Ctx): { level: 'low' | 'medium' | 'high'; sentences: string[] } {
  const { result } = ctx.input;
  // How far the room agrees (rwg(j)), not internal consistency: a room that agrees is surer.
  const scored = result.consensus.filter((entry) => entry.level !== 'insufficient');
  const good = scored.filter(
    (entry) =>
      entry.level === 'very_strong' || entry.level === 'strong' || entry.level === 'moderate',
  );
  const weak = scored
    .filter((entry) => !good.includes(entry))
    .map((entry) => ctx.dimensionName(entry.dimension));
  const evidence = result.evidence.realityCheck.entries + result.evidence.decisions.entries;
  let points = 0;
  if (result.n.respondents >= 8) points += 2;
  else if (result.n.respondents >= 5) points += 1;
  if (scored.length > 0 && good.length === scored.length) points += 2;
  else if (good.length * 2 >= scored.length && scored.length > 0) points += 1;
  if (evidence >= 6) points += 2;
  else if (evidence >= 3) points += 1;
  const level = points >= 5 ? 'high' : points >= 3 ? 'medium' : 'low';
  const sentences = [
    ctx.t('confidenceLevel', { level: CONFIDENCE_TEXT[level][ctx.lang] }),
    ctx.t('confidenceRespondents', {
      respondents: result.n.respondents,
      participants: result.n.participants,
      responses: result.n.responses,
      cantSay: result.n.cantSay,
    }),
  ];
  if (scored.length > 0) {
    sentences.push(
      ctx.t('confidenceReliability', {
        good: good.length,
        scored: scored.length,
        weak: weak.length > 0 ? ctx.t('confidenceWeak', { list: weak.join(', ') }) : '',
      }),
    );
  }
  sentences.push(
    evidence > 0
      ? ctx.t('confidenceEvidence', {
          rc: result.evidence.realityCheck.entries,
          dr: result.evidence.decisions.entries,
        })
      : ctx.t('confidenceNoEvidence'),
  );
  return { level, sentences };
}

function headlineBlock(ctx: Ctx): Block {
  const { indices, dimensions } = ctx.input.result;
  const band = bandName(ctx, indices.band);
  const reading =
    indices.executionDebtIndex === null
      ? ctx.t('headlineInsufficient')
      : indices.executionGap === null
        ? ctx.t('headlineReadingNoGap', {
            band: band.toLowerCase(),
            structural: ctx.num(indices.executionDebt),
          })
        : ctx.t('headlineReading', {
            band: band.toLowerCase(),
            structural: ctx.num(indices.executionDebt),
            gap: ctx.num(indices.executionGap),
          });
  const byId = new Map(dimensions.map((dimension) => [dimension.id, dimension]));
  return {
    kind: 'headline',
    label: ctx.t('headlineLabel'),
    value: ctx.num(indices.executionDebtIndex),
    band,
    bandId: indices.band,
    scale:
      ctx.t('headlineScale', { band }) +
      (indices.executionDebtIndexInterval === null
        ? ''
        : ctx.t('headlineInterval', {
            low: ctx.num(indices.executionDebtIndexInterval.low),
            high: ctx.num(indices.executionDebtIndexInterval.high),
          }) + (indices.bandStable === false ? ctx.t('headlineBandUnsure') : '')),
    reading,
    figures: DIMENSIONS.map((dimension) => {
      const score = byId.get(dimension);
      return {
        // The visibility figure is a deficit (higher = less visible): named so, it cannot be read
        // as "63 % visible".
        label:
          dimension === 'visibility'
            ? ctx.t('tileVisibilityDeficit')
            : ctx.dimensionName(dimension),
        value: ctx.num(score?.index ?? null),
        note: `n = ${score?.n ?? 0}`,
      };
    }),
  };
}

function findingItems(ctx: Ctx, findings: readonly Finding[], withConsequence = false) {
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

function interventionLines(ctx: Ctx, limit: number): string[] {
  const list = [...(ctx.input.recommendations ?? [])]
    .map((entry, index) => ({ entry, index }))
    .sort(
      (a, b) => (a.entry.priority ?? a.index) - (b.entry.priority ?? b.index) || a.index - b.index,
    )
    .slice(0, limit);
  return list.map(({ entry }) => {
    const extras = [
      entry.owner ? `${ctx.t('interventionOwner')}: ${entry.owner}` : '',
      entry.due ? `${ctx.t('interventionDue')}: ${formatDate(entry.due, ctx.lang)}` : '',
    ].filter(Boolean);
    const title = localized(entry.title, ctx.lang);
    // Which of the findings above it answers, so page one reads as one argument; the first step,
    // timescale and success signal are on its card in the full report's interventions section.
    const answers = answeredTop(
      { lang: ctx.lang, result: ctx.input.result, factorName: ctx.factorName },
      entry.findings ?? [],
    );
    if (entry.recommended && entry.suggestedOwner !== undefined) {
      const owner = `${ctx.t('interventionSuggestedOwner')}: ${localized(entry.suggestedOwner, ctx.lang)}`;
      return answers === '' ? `${title} (${owner})` : `${title} — ${answers} · ${owner}`;
    }
    const named = extras.length > 0 ? `${title} (${extras.join(' · ')})` : title;
    return answers === '' ? named : `${named} — ${answers}`;
  });
}

/** Page one of a room below k: why there is no figure, and how to get one. */
function withheldSummarySection(ctx: Ctx): ReportSection {
  const { result } = ctx.input;
  const blocks: Block[] = [coverSection(ctx)];
  blocks.push(
    { kind: 'heading', text: ctx.t('withheldTitle', { k: ctx.k }) },
    { kind: 'paragraph', text: ctx.t('withheldText', { k: ctx.k, n: result.n.respondents }) },
    { kind: 'paragraph', text: ctx.t('withheldNext', { k: ctx.k }), tone: 'note' },
  );
  return { id: 'summary', title: ctx.t('summaryTitle'), inToc: true, blocks };
}

function summarySection(ctx: Ctx): ReportSection {
  const { result } = ctx.input;
  const top = result.findings.slice(0, 3);
  const confidence = confidenceOf(ctx);
  const interventions = interventionLines(ctx, 3);
  // Page one is the decision page in both flavours: the cover details sit on it as a slim
  // masthead, so a reader who opens the report sees how bad, why, what first and how sure.
  // What Execution Reality is is said in its own section, where it is read; page one needs the room.
  const blocks: Block[] = [coverSection(ctx)];
  blocks.push(
    headlineBlock(ctx),
    { kind: 'heading', text: ctx.t('findingsTitle') },
    top.length > 0
      ? {
          kind: 'findings',
          // Numbered: what to do first below says which of them each intervention answers.
          items: findingItems(ctx, top, true).map((item, index) => ({
            ...item,
            title: `${index + 1}. ${item.title}`,
          })),
        }
      : { kind: 'paragraph', text: ctx.t('noFindings') },
    { kind: 'heading', text: ctx.t('confidenceTitle') },
    { kind: 'paragraph', text: confidence.sentences.join(' ') },
    {
      kind: 'heading',
      text: ctx.t(
        (ctx.input.recommendations ?? []).some((entry) => entry.recommended)
          ? 'interventionsRecommendedTitle'
          : 'interventionsTopTitle',
      ),
    },
    interventions.length > 0
      ? { kind: 'bullets', items: interventions }
      : { kind: 'paragraph', text: ctx.t('interventionsNone'), tone: 'note' },
  );
  return { id: 'summary', title: ctx.t('summaryTitle'), inToc: true, blocks };
}

function mapFigure(ctx: Ctx): FigureSpec {
  const boundaries: Record<string, string> = {};
  for (const band of BANDS) {
    boundaries[band] = ctx.t('mapBoundary', {
      band: BAND_LABELS[band][ctx.lang],
      floor: BAND_FLOORS[band],
    });
  }
  const { indices, spread, anonymityThreshold } = ctx.input.result;
  // Only what the map draws: a shown group's dimension indices, never its factor cells.
  const groups = ctx.input.result.groups.map((group) =>
    group.suppressed
      ? { role: group.role, suppressed: true as const }
      : { role: group.role, suppressed: false as const, n: group.n, dimensions: group.dimensions },
  );
  const groupLabels: Record<string, string> = {};
  for (const group of groups) {
    if (!group.suppressed)
      groupLabels[group.role] = ctx.t('mapGroup', {
        role: roleName(group.role, ctx.lang),
        n: group.n,
      });
  }
  return {
    chart: 'debtMap',
    input: { indices, spread, groups, anonymityThreshold },
    labels: {
      axisHuman: ctx.t('mapAxisHuman'),
      axisTechnical: ctx.t('mapAxisTechnical'),
      team: ctx.t('mapTeam'),
      groups: groupLabels,
      boundaries,
      insufficient: ctx.t('mapInsufficient'),
    },
  };
}

function factorLabels(ctx: Ctx, short: boolean): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const factor of ctx.input.result.factors) {
    labels[factor.id] = short ? ctx.factorShort(factor.id) : ctx.factorName(factor.id);
  }
  return labels;
}

function dimensionLabels(ctx: Ctx): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const dimension of DIMENSIONS) labels[dimension] = ctx.dimensionName(dimension);
  return labels;
}

function mapSection(ctx: Ctx, brief: boolean): ReportSection {
  const { indices, spread, groups } = ctx.input.result;
  const placed = (group: (typeof groups)[number]) =>
    !group.suppressed &&
    group.dimensions.some((d) => d.id === 'human' && d.index !== null) &&
    group.dimensions.some((d) => d.id === 'technical' && d.index !== null);
  const anyGroup = groups.some(placed);
  const caption =
    indices.humanDebt === null || indices.technicalDebt === null
      ? ctx.t('mapInsufficient')
      : [
          ctx.t('mapCaption', {
            human: ctx.num(indices.humanDebt),
            technical: ctx.num(indices.technicalDebt),
          }),
          spread.suppressed
            ? ctx.t('mapSpreadHidden', { k: ctx.k })
            : ctx.t('mapSpread', {
                n: spread.n,
                sdHuman: ctx.num(spread.humanDebt.sd),
                sdTechnical: ctx.num(spread.technicalDebt.sd),
              }),
          anyGroup ? ctx.t('mapGroups', { k: ctx.k }) : '',
          groups.some((group) => group.suppressed) ? ctx.t('mapGroupsHidden', { k: ctx.k }) : '',
          ctx.t('mapNoPerson'),
        ]
          .filter(Boolean)
          .join(' ');
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: ctx.t('mapIntro', { visibility: ctx.num(indices.visibilityDeficit) }),
      tone: 'lead',
    },
    { kind: 'figure', figure: mapFigure(ctx), caption, maxHeightMm: brief ? 122 : 165 },
  ];
  if (brief) {
    blocks.push({ kind: 'table', columns: factorColumns(ctx), rows: topFactorRows(ctx, 5) });
    blocks.push({ kind: 'paragraph', text: ctx.t('briefMore'), tone: 'note' });
  }
  return { id: 'map', title: ctx.t('mapTitle'), inToc: true, blocks };
}

function webSection(ctx: Ctx): ReportSection {
  const layoutInput = { factors: ctx.input.result.factors };
  // The instrument's names, as on every other page and on screen, so the layout wraps them too.
  const names = factorWebNames(ctx.input.instrument, ctx.lang);
  const layout = factorWebLayout(layoutInput, {
    names: names.factors,
    dimensionNames: names.dimensions,
  });
  const name = (id: string) => names.factors[id] ?? ctx.factorName(id);
  const chain = (factors: readonly string[], loop: boolean) =>
    loop
      ? `${[...factors, factors[0] ?? ''].map(name).join(' → ')} (${ctx.t('webLoop')})`
      : factors.map(name).join(' → ');
  const lettered = layout.links
    .filter((link) => link.label !== null)
    .sort((p, q) => ((p.label?.text ?? '') < (q.label?.text ?? '') ? -1 : 1));
  const blocks: Block[] = [{ kind: 'paragraph', text: ctx.t('webIntro'), tone: 'lead' }];
  if (layout.nodes.length === 0) {
    blocks.push({ kind: 'paragraph', text: ctx.t('webEmpty'), tone: 'note' });
  } else {
    blocks.push({
      kind: 'figure',
      figure: {
        chart: 'factorWeb',
        input: layoutInput,
        labels: { factors: names.factors, dimensions: names.dimensions, empty: ctx.t('webEmpty') },
      },
      caption: '',
      maxHeightMm: 120,
    });
  }
  blocks.push({ kind: 'heading', text: ctx.t('webPaths') });
  blocks.push(
    layout.chains.length > 0
      ? { kind: 'bullets', items: layout.chains.map((entry) => chain(entry.factors, entry.loop)) }
      : { kind: 'paragraph', text: ctx.t('webNoPaths'), tone: 'note' },
  );
  if (lettered.length > 0) {
    blocks.push({ kind: 'heading', text: ctx.t('webReasons') });
    blocks.push({
      kind: 'bullets',
      items: lettered.map(
        (link) =>
          `${link.label?.text ?? ''}: ${name(link.from)} → ${name(link.to)}. ${link.why[ctx.lang]}`,
      ),
    });
  }
  if (layout.unlinked.length > 0)
    blocks.push({
      kind: 'paragraph',
      text: ctx.t('webUnlinked', { list: layout.unlinked.map(name).join('; ') }),
      tone: 'note',
    });
  return { id: 'web', title: ctx.t('webTitle'), inToc: true, blocks };
}

function factorColumns(ctx: Ctx): TableColumn[] {
  return [
    { header: ctx.t('colFactor'), align: 'left', width: 5 },
    { header: ctx.t('colMean'), align: 'right', width: 1.1 },
    { header: ctx.t('colN'), align: 'right', width: 0.8 },
    { header: ctx.t('colSd'), align: 'right', width: 0.9 },
    { header: ctx.t('colAgreement'), align: 'left', width: 2.4 },
  ];
}

function factorRow(ctx: Ctx, factor: ScoreResult['factors'][number]): TableRow {
  return {
    cells: [
      ctx.factorName(factor.id),
      ctx.num(factor.mean),
      String(factor.n),
      ctx.num(factor.sd),
      AGREEMENT_LABELS[factor.agreement][ctx.lang],
    ],
    muted: factor.mean === null,
  };
}

function topFactorRows(ctx: Ctx, limit: number): TableRow[] {
  return [...ctx.input.result.factors]
    .filter((factor) => factor.mean !== null)
    .sort((a, b) => (b.mean ?? 0) - (a.mean ?? 0) || (a.id < b.id ? -1 : 1))
    .slice(0, limit)
    .map((factor) => factorRow(ctx, factor));
}

function dimensionSection(ctx: Ctx, dimension: Dimension): ReportSection {
  const { result } = ctx.input;
  const score = result.dimensions.find((entry) => entry.id === dimension);
  const consensus = result.consensus.find((entry) => entry.dimension === dimension);
  const label = ctx.dimensionName(dimension);
  const intro =
    score === undefined || score.index === null
      ? ctx.t('dimensionInsufficient', { label })
      : ctx.t('dimensionIntro', {
          label,
          index: ctx.num(score.index),
          n: score.n,
          scored: score.factorsScored,
          total: score.factorsTotal,
          reliability:
            (consensus?.label[ctx.lang] ?? '') +
            (consensus?.rwg !== null && consensus?.rwg !== undefined
              ? ` (rwg(j) = ${ctx.lang === 'es' ? consensus.rwg.toFixed(2).replace('.', ',') : consensus.rwg.toFixed(2)})`
              : ''),
        });
  const factors = result.factors.filter((factor) => factor.dimension === dimension);
  const factorIds = new Set(factors.map((factor) => factor.id));
  const related = result.findings.filter(
    (finding) =>
      finding.rule !== 'revote-converged' && finding.inputs.some((input) => factorIds.has(input)),
  );
  // Lower bounds only: the full ranges do not fit above the narrow bars.
  const slots: Record<string, string> = {
    b0: '0+',
    b1: '20+',
    b2: '40+',
    b3: '60+',
    b4: '80+',
    cantSay: '?',
  };
  const reality = result.indices.executionReality;
  const blocks: Block[] = [
    { kind: 'paragraph', text: intro, tone: 'lead' },
    ...(dimension === 'execution' && reality !== null
      ? [
          {
            kind: 'paragraph' as const,
            text: ctx.t('executionRealityNote', { value: ctx.num(reality) }),
            tone: 'note' as const,
          },
        ]
      : []),
    {
      kind: 'table',
      columns: factorColumns(ctx),
      rows: factors.map((factor) => factorRow(ctx, factor)),
    },
    {
      kind: 'figure',
      figure: {
        chart: 'strips',
        input: { items: result.items, factors: result.factors, convergence: result.convergence },
        options: { mode: 'factors', dimension },
        labels: {
          rows: factorLabels(ctx, true),
          slots,
          directions: {
            converged: DIRECTION_TEXT.converged[ctx.lang],
            diverged: DIRECTION_TEXT.diverged[ctx.lang],
            stable: DIRECTION_TEXT.stable[ctx.lang],
            insufficient: DIRECTION_TEXT.insufficient[ctx.lang],
          },
          revote: ctx.t('stripsRevote'),
          split: ctx.t('stripsSplit'),
          sd: ctx.t('colSd'),
        },
      },
      caption: ctx.t('stripsCaption'),
      maxHeightMm: 80,
    },
  ];
  if (related.length > 0) {
    blocks.push({ kind: 'heading', text: ctx.t('relatedFindings') });
    blocks.push({ kind: 'findings', items: findingItems(ctx, related.slice(0, 4)) });
  }
  return { id: `dimension-${dimension}`, title: label, inToc: true, blocks };
}

function yesNo(ctx: Ctx, value: boolean | null): string {
  return value === null ? ctx.t('notAssessed') : ctx.t(value ? 'yes' : 'no');
}

/** A word from a lookup, or "not assessed" for an evidence field left unset. */
function assessedWord<K extends string>(
  ctx: Ctx,
  words: Readonly<Record<K, string>>,
  value: K | null,
): string {
  return value === null ? ctx.t('notAssessed') : words[value];
}

/** Where a decision is recorded, with the facilitator's note when there is one. */
function recordPlaceText(ctx: Ctx, place: RecordPlace | null, note: string): string {
  if (place === null) return ctx.t('notAssessed');
  const word = place === 'nowhere' ? ctx.t('drNowhere') : ctx.t(`place_${place}`);
  return note.trim() === '' ? word : `${word}: ${note.trim()}`;
}

function evidenceSection(ctx: Ctx): ReportSection {
  const { result, file } = ctx.input;
  const { evidence } = result;
  const blocks: Block[] = [
    { kind: 'paragraph', text: ctx.t('evidenceIntro'), tone: 'lead' },
    {
      kind: 'paragraph',
      text: ctx.t('evidenceGaps', {
        gap: ctx.num(result.indices.executionGap),
        rc: ctx.num(evidence.realityCheck.gap),
        dr: ctx.num(evidence.decisions.gap),
      }),
    },
  ];
  const mismatch = (
    key: 'mismatchProgress' | 'mismatchVisibility',
    value: Evidence['progressMismatch'],
  ) => {
    if (value === null) return;
    blocks.push({
      kind: 'paragraph',
      text: ctx.t(key, {
        perceived: ctx.num(value.perceived),
        observed: ctx.num(value.observed),
        verdict: ctx.t(value.flagged ? 'mismatchFlagged' : 'mismatchAligned'),
      }),
    });
  };
  mismatch('mismatchProgress', evidence.progressMismatch);
  mismatch('mismatchVisibility', evidence.visibilityMismatch);
  blocks.push({
    kind: 'figure',
    figure: {
      chart: 'funnel',
      input: evidence.realityCheck,
      entries: file.realityCheck,
      labels: {
        stages: {
          reported: ctx.t('funnelReported'),
          verified: ctx.t('funnelVerified'),
          owned: ctx.t('funnelOwned'),
          traceable: ctx.t('funnelTraceable'),
        },
        stage: reportText('funnelStage', ctx.lang),
        partly: reportText('funnelPartly', ctx.lang),
        empty: ctx.t('funnelEmpty'),
      },
    },
    caption: ctx.t('funnelCaption'),
    maxHeightMm: 62,
  });
  const verifiedWord = {
    verified: ctx.t('verified'),
    partly: ctx.t('partly'),
    not_verified: ctx.t('notVerified'),
    unknown: ctx.t('unknown'),
  } as const;
  const ownerWord = { yes: ctx.t('yes'), no: ctx.t('no'), unclear: ctx.t('unclear') } as const;
  if (file.realityCheck.length > 0) {
    blocks.push({
      kind: 'table',
      title: ctx.t('rcTableTitle'),
      columns: [
        { header: ctx.t('rcItem'), align: 'left', width: 5 },
        { header: ctx.t('rcReported'), align: 'left', width: 1.6 },
        { header: ctx.t('rcVerified'), align: 'left', width: 1.7 },
        { header: ctx.t('rcOwner'), align: 'left', width: 1.7 },
        { header: ctx.t('rcTraceable'), align: 'left', width: 1.4 },
      ],
      rows: file.realityCheck.map((entry) => ({
        cells: [
          entry.title,
          entry.reported,
          assessedWord(ctx, verifiedWord, entry.verified),
          assessedWord(ctx, ownerWord, entry.ownerClear),
          yesNo(ctx, entry.decisionTraceable),
        ],
      })),
    });
  }
  const replayWord = { yes: ctx.t('yes'), no: ctx.t('no'), unsure: ctx.t('unsure') } as const;
  blocks.push(
    file.decisions.length > 0
      ? {
          kind: 'table',
          title: ctx.t('drTableTitle'),
          columns: [
            { header: ctx.t('drDecision'), align: 'left', width: 4.2 },
            { header: ctx.t('drDecider'), align: 'left', width: 1.5 },
            { header: ctx.t('drInputs'), align: 'left', width: 1.5 },
            { header: ctx.t('drRecorded'), align: 'left', width: 2.6 },
            { header: ctx.t('drReplayable'), align: 'left', width: 1.4 },
          ],
          rows: file.decisions.map((entry) => ({
            cells: [
              entry.title,
              yesNo(ctx, entry.deciderKnown),
              yesNo(ctx, entry.inputsKnown),
              recordPlaceText(ctx, entry.recorded, entry.recordedNote),
              assessedWord(ctx, replayWord, entry.replayable),
            ],
          })),
        }
      : { kind: 'paragraph', text: ctx.t('drNone'), tone: 'note' },
  );
  return { id: 'evidence', title: ctx.t('evidenceTitle'), inToc: true, blocks };
}

function heatmapColumns(ctx: Ctx): Record<string, string> {
  const columns: Record<string, string> = { __all__: ctx.t('heatmapAll') };
  for (const group of ctx.input.result.groups)
    columns[`role:${group.role}`] = roleName(group.role, ctx.lang);
  return columns;
}

function rolesSection(ctx: Ctx): ReportSection {
  const { result } = ctx.input;
  const blocks: Block[] = [
    { kind: 'paragraph', text: ctx.t('rolesIntro', { k: ctx.k }), tone: 'lead' },
    {
      kind: 'figure',
      figure: {
        chart: 'heatmap',
        input: {
          factors: result.factors,
          groups: result.groups,
          anonymityThreshold: result.anonymityThreshold,
        },
        labels: {
          factors: factorLabels(ctx, false),
          dimensions: dimensionLabels(ctx),
          columns: heatmapColumns(ctx),
          hidden: ctx.t('heatmapHidden', { k: ctx.k }),
          insufficient: ctx.t('insufficientShort'),
        },
      },
      caption: '',
      maxHeightMm: 178,
    },
    { kind: 'heading', text: ctx.t('gapsTitle') },
  ];
  const gaps = [...result.roleGaps]
    .filter((gap) => gap.gap >= ROLE_GAP_POINTS)
    .sort((a, b) => b.gap - a.gap || (a.factor < b.factor ? -1 : 1));
  blocks.push(
    gaps.length > 0
      ? {
          kind: 'table',
          columns: [
            { header: ctx.t('colFactor'), align: 'left', width: 3.6 },
            { header: ctx.t('colHigher'), align: 'left', width: 3 },
            { header: ctx.t('colLower'), align: 'left', width: 3 },
            { header: ctx.t('colGap'), align: 'right', width: 1 },
          ],
          rows: gaps.map((gap) => ({
            cells: [
              ctx.factorName(gap.factor),
              `${roleName(gap.high.role, ctx.lang)} ${ctx.num(gap.high.mean)} (n = ${gap.high.n})`,
              `${roleName(gap.low.role, ctx.lang)} ${ctx.num(gap.low.mean)} (n = ${gap.low.n})`,
              ctx.num(gap.gap),
            ],
          })),
        }
      : { kind: 'paragraph', text: ctx.t('gapsNone', { points: ROLE_GAP_POINTS }), tone: 'note' },
  );
  blocks.push({ kind: 'heading', text: ctx.t('splitTitle') });
  const byId = new Map(result.factors.map((factor) => [factor.id, factor]));
  const moving = result.convergence.factors.filter(
    (entry) =>
      entry.direction === 'converged' ||
      entry.direction === 'diverged' ||
      byId.get(entry.id)?.agreement === 'split',
  );
  const splitOnly = result.factors.filter(
    (factor) => factor.agreement === 'split' && !moving.some((entry) => entry.id === factor.id),
  );
  if (!result.convergence.hasRound2) {
    blocks.push({ kind: 'paragraph', text: ctx.t('noRevote'), tone: 'note' });
  }
  const figure = (mean: number | null, sd: number | null) =>
    mean === null ? ctx.t('insufficientShort') : `${ctx.num(mean)} · ${ctx.num(sd)}`;
  const rows: TableRow[] = [
    ...moving.map((entry) => ({
      cells: [
        ctx.factorName(entry.id),
        AGREEMENT_LABELS[byId.get(entry.id)?.agreement ?? 'insufficient'][ctx.lang],
        figure(entry.round1.mean, entry.round1.sd),
        figure(entry.round2.mean, entry.round2.sd),
        DIRECTION_TEXT[entry.direction][ctx.lang],
      ],
    })),
    ...splitOnly.map((factor) => ({
      cells: [
        ctx.factorName(factor.id),
        AGREEMENT_LABELS[factor.agreement][ctx.lang],
        figure(factor.mean, factor.sd),
        '—',
        '—',
      ],
    })),
  ];
  blocks.push(
    rows.length > 0
      ? {
          kind: 'table',
          columns: [
            { header: ctx.t('colFactor'), align: 'left', width: 4 },
            { header: ctx.t('colAgreement'), align: 'left', width: 1.9 },
            { header: ctx.t('colRound1'), align: 'right', width: 1.9 },
            { header: ctx.t('colRound2'), align: 'right', width: 2.1 },
            { header: ctx.t('colDirection'), align: 'left', width: 1.7 },
          ],
          rows,
        }
      : { kind: 'paragraph', text: ctx.t('noSplit'), tone: 'note' },
  );
  return { id: 'roles', title: ctx.t('rolesTitle'), inToc: true, blocks };
}

/** A finding cited by id reads as its title in the report's language. */
function findingTitleOf(ctx: Ctx, reason: string | Localized): string {
  if (typeof reason !== 'string') return reason[ctx.lang];
  const finding = ctx.input.result.findings.find((entry) => entry.id === reason);
  return finding ? finding.title[ctx.lang] : reason;
}

function interventionsSection(ctx: Ctx): ReportSection | null {
  const list = ctx.input.recommendations ?? [];
  if (list.length === 0) return null;
  const agreed = list.some((entry) => entry.recommended !== true);
  return {
    id: 'interventions',
    title: agreed ? cardText('planTitle', ctx.lang) : ctx.t('interventionsTitle'),
    inToc: true,
    // One card per intervention (what, why, first step, owner, timescale, success, check).
    blocks: interventionBlocks(
      { lang: ctx.lang, result: ctx.input.result, factorName: ctx.factorName },
      list,
    ),
  };
}

function fingerprintValues(ctx: Ctx, embedded: EmbeddedReport): { label: string; value: string }[] {
  const { fingerprint, anonymityThreshold } = ctx.input.result;
  return [
    { label: ctx.t('fpValue'), value: fingerprint.value },
    { label: ctx.t('fpData'), value: fingerprint.dataHash },
    { label: ctx.t('fpModel'), value: fingerprint.modelVersion },
    { label: ctx.t('fpInstrument'), value: fingerprint.instrumentVersion },
    { label: ctx.t('fpK'), value: String(anonymityThreshold) },
    { label: ctx.t('fpFigures'), value: String(Object.keys(embedded.figures).length) },
    { label: ctx.t('fpGenerated'), value: formatTimestamp(ctx.input.generatedAt, ctx.lang) },
  ];
}

function methodSection(ctx: Ctx, embedded: EmbeddedReport, brief: boolean): ReportSection {
  const blocks: Block[] = brief
    ? [
        { kind: 'paragraph', text: ctx.t('methodIndex') },
        { kind: 'paragraph', text: ctx.t('methodAnonymity', { k: ctx.k }) },
        { kind: 'paragraph', text: ctx.t('methodAttribution'), tone: 'note' },
      ]
    : [
        { kind: 'paragraph', text: ctx.t('methodHow') },
        { kind: 'paragraph', text: ctx.t('methodIndex') },
        { kind: 'paragraph', text: ctx.t('methodAnonymity', { k: ctx.k }) },
        { kind: 'paragraph', text: ctx.t('methodAttribution'), tone: 'note' },
      ];
  blocks.push(
    { kind: 'heading', text: ctx.t('fingerprintTitle') },
    { kind: 'paragraph', text: ctx.t('fingerprintIntro') },
    { kind: 'keyValues', items: fingerprintValues(ctx, embedded) },
  );
  return {
    id: 'method',
    title: ctx.t(brief ? 'methodShortTitle' : 'methodTitle'),
    inToc: true,
    blocks,
  };
}

function appendixSection(ctx: Ctx): ReportSection {
  const { result, instrument } = ctx.input;
  const factorRows: TableRow[] = [];
  for (const dimension of DIMENSIONS) {
    factorRows.push({ cells: [ctx.dimensionName(dimension), '', '', '', '', ''], group: true });
    for (const factor of result.factors.filter((entry) => entry.dimension === dimension)) {
      factorRows.push({
        cells: [
          ctx.factorName(factor.id),
          ctx.num(factor.mean),
          ctx.num(factor.sd),
          String(factor.n),
          String(factor.cantSay),
          AGREEMENT_LABELS[factor.agreement][ctx.lang],
        ],
        muted: factor.mean === null,
      });
    }
  }
  const groups = [...result.groups].sort((a, b) =>
    a.role < b.role ? -1 : a.role > b.role ? 1 : 0,
  );
  const hidden = ctx.t('heatmapHidden', { k: ctx.k });
  const groupRows: TableRow[] = result.factors.map((factor) => ({
    cells: [
      ctx.factorName(factor.id),
      ...groups.map((group) => {
        if (group.suppressed) return hidden;
        const cell = group.factors.find((entry) => entry.id === factor.id);
        if (cell === undefined) return ctx.t('insufficientShort');
        if (cell.suppressed) return hidden;
        return cell.mean === null
          ? ctx.t('insufficientShort')
          : `${ctx.num(cell.mean)} · ${cell.n}`;
      }),
    ],
  }));
  const itemText = new Map(instrument.items.map((item) => [item.id, item.text[ctx.lang]]));
  const itemRows: TableRow[] = result.items.map((item) => ({
    cells: [
      `${item.id} — ${itemText.get(item.id) ?? ''}`,
      ctx.t(item.keyed === 'debt' ? 'keyedDebt' : 'keyedHealth'),
      ctx.num(item.mean),
      ctx.num(item.sd),
      String(item.n),
      ...item.distribution.values.map(String),
      String(item.distribution.cantSay),
    ],
    muted: item.mean === null,
  }));
  const blocks: Block[] = [
    { kind: 'paragraph', text: ctx.t('appendixIntro', { k: ctx.k }), tone: 'lead' },
    {
      kind: 'table',
      title: ctx.t('appendixFactors'),
      columns: [
        { header: ctx.t('colFactor'), align: 'left', width: 5 },
        { header: ctx.t('colMean'), align: 'right', width: 1 },
        { header: ctx.t('colSd'), align: 'right', width: 1 },
        { header: ctx.t('colN'), align: 'right', width: 0.8 },
        { header: ctx.t('colCantSay'), align: 'right', width: 1.3 },
        { header: ctx.t('colAgreement'), align: 'left', width: 2.2 },
      ],
      rows: factorRows,
    },
  ];
  if (groups.length > 0) {
    blocks.push({
      kind: 'table',
      title: ctx.t('appendixGroups'),
      columns: [
        { header: ctx.t('colFactor'), align: 'left', width: 3.6 },
        ...groups.map((group) => ({
          header: group.suppressed
            ? ctx.t('groupHeaderHidden', { role: roleName(group.role, ctx.lang), k: ctx.k })
            : ctx.t('groupHeader', { role: roleName(group.role, ctx.lang), n: group.n }),
          align: 'right' as const,
          width: 2.2,
        })),
      ],
      rows: groupRows,
    });
  }
  blocks.push({
    kind: 'table',
    title: ctx.t('appendixItems'),
    columns: [
      { header: ctx.t('colStatement'), align: 'left', width: 7.5 },
      { header: ctx.t('colKeyed'), align: 'left', width: 1.2 },
      { header: ctx.t('colMean'), align: 'right', width: 1.1 },
      { header: ctx.t('colSd'), align: 'right', width: 1 },
      { header: ctx.t('colN'), align: 'right', width: 0.7 },
      ...['1', '2', '3', '4', '5', '?'].map((header) => ({
        header,
        align: 'right' as const,
        width: 0.55,
      })),
    ],
    rows: itemRows,
  });
  const notChosen = ctx.input.alsoRecommended ?? [];
  if (notChosen.length > 0) {
    blocks.push(
      { kind: 'heading', text: ctx.t('appendixNotChosen') },
      {
        kind: 'table',
        columns: [
          { header: ctx.t('interventionColumn'), align: 'left', width: 3.6 },
          { header: cardText('alsoFindings', ctx.lang), align: 'left', width: 3.6 },
          { header: ctx.t('interventionSignal'), align: 'left', width: 3 },
        ],
        rows: notChosen.map((entry) => {
          const cards = { lang: ctx.lang, result: ctx.input.result, factorName: ctx.factorName };
          return {
            cells: [
              localized(entry.title, ctx.lang),
              // Grouped and counted, and the signal worked out, as on the cards.
              entry.findings !== undefined
                ? groupedReasons(cards, entry.findings)
                : (entry.because ?? []).map((reason) => findingTitleOf(ctx, reason)).join('; '),
              successSignal(cards, entry),
            ],
          };
        }),
      },
    );
  }
  return { id: 'appendix', title: ctx.t('appendixTitle'), inToc: true, blocks };
}

/**
 * The report as data: sections of headings, paragraphs, tables and figure references, every
 * text in the workshop's language. Pure: the same input gives the same model.
 */
export function buildReportModel(input: ReportInput): ReportModel {
  const ctx = contextOf(input);
  const brief = input.flavour === 'brief';
  const { workshop } = input.file;
  const embedded = embeddedReportOf(input.result, {
    language: input.language,
    flavour: input.flavour,
    generatedAt: input.generatedAt,
  });
  // Below k in the whole room the report says so and carries nothing else about the answers.
  const sections: ReportSection[] = input.result.roomWithheld
    ? brief
      ? [withheldSummarySection(ctx), methodSection(ctx, embedded, true)]
      : [
          withheldSummarySection(ctx),
          { id: 'contents', title: ctx.t('contents'), inToc: false, blocks: [{ kind: 'toc' }] },
          methodSection(ctx, embedded, false),
        ]
    : brief
      ? [summarySection(ctx), mapSection(ctx, true), methodSection(ctx, embedded, true)]
      : [
          summarySection(ctx),
          { id: 'contents', title: ctx.t('contents'), inToc: false, blocks: [{ kind: 'toc' }] },
          mapSection(ctx, false),
          webSection(ctx),
          ...DIMENSIONS.map((dimension) => dimensionSection(ctx, dimension)),
          evidenceSection(ctx),
          rolesSection(ctx),
          ...[interventionsSection(ctx)].filter(
            (section): section is ReportSection => section !== null,
          ),
          methodSection(ctx, embedded, false),
          appendixSection(ctx),
        ];
  const subject = `${ctx.t('reportTitle')}${workshop.client ? ` — ${workshop.client}` : ''}`;
  return {
    language: input.language,
    flavour: input.flavour,
    meta: {
      title: workshop.title,
      subject,
      keywords: [
        'Execution Debt',
        'Human Debt',
        input.result.fingerprint.value,
        `model ${input.result.modelVersion}`,
        `instrument ${input.result.instrumentVersion}`,
      ],
      author: workshop.facilitator,
      creator: 'Execution Debt Workshop',
    },
    runningHeader: [workshop.title, workshop.client]
      .filter((part) => part.trim() !== '')
      .join(' · '),
    pageLabel: REPORT_TEXTS.page[input.language],
    ...(input.demo
      ? {
          demoMark: {
            footer: REPORT_TEXTS.demoFooter[input.language],
          },
        }
      : {}),
    contentsTitle: ctx.t('contents'),
    sections,
    embedded,
  };
}
