import type { DebtMapInput } from '../charts/debt-map';
import type { StripsOptions } from '../charts/distribution';
import type { FunnelEntry } from '../charts/reality-funnel';
import type { Language } from '../domain/workshop';
import type { WorkshopFile } from '../format/workshop-file';
import type { Dimension, Instrument, Localized } from '../instrument/types';
import type { Horizon } from '../interventions/types';
import type { Evidence, ScoreResult } from '../scoring/result';
import type { EmbeddedReport } from './figures';

// The report model's shapes, apart from the code that fills them: the renderer, the chart drawers
// and the intervention cards read these without importing the section builders.

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
  | 'appendix'
  | 'client';

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
