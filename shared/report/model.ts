import { DIMENSIONS } from '../instrument/types';
import { embeddedReportOf } from './figures';
import type { ReportInput, ReportModel, ReportSection } from './model-types';
import { appendixSection } from './sections/appendix';
import { clientStatementsSection } from './sections/client-statements';
import { contextOf } from './sections/context';
import { dimensionSection } from './sections/dimension';
import { evidenceSection } from './sections/evidence';
import { interventionsSection } from './sections/interventions';
import { mapSection } from './sections/map';
import { methodSection } from './sections/method';
import { rolesSection } from './sections/roles';
import { summarySection, withheldSummarySection } from './sections/summary';
import { webSection } from './sections/web';
import { REPORT_TEXTS } from './texts';

// The public entry: the model's shapes and the one function that assembles the sections.
export type {
  Align,
  Block,
  FigureSpec,
  ReportFlavour,
  ReportInput,
  ReportIntervention,
  ReportModel,
  ReportSection,
  SectionId,
  TableColumn,
  TableRow,
} from './model-types';

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
          // The client's own statements come last, after everything scored and apart from it.
          ...[clientStatementsSection(ctx)].filter(
            (section): section is ReportSection => section !== null,
          ),
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
