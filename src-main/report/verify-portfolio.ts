import { ApiError } from '../../shared/api/errors';
import { LANGUAGES, type Language } from '../../shared/domain/workshop';
import type { PortfolioWorkshop } from '../../shared/portfolio/types';
import {
  comparePortfolioFigures,
  portfolioFigures,
  type EmbeddedPortfolio,
  type PortfolioFigureMismatch,
} from '../../shared/report/portfolio/embedded-portfolio';
import { brandingOfRecord } from '../../shared/report/embedded-branding';
import { renderPortfolioPdf } from '../../shared/report/portfolio/render-portfolio-pdf';
import { comparePrintedFigures, type PrintedComparison } from '../../shared/report/printed-figures';
import type { ReportFonts } from '../../shared/report/render-pdf';
import { MODEL_VERSION } from '../../shared/scoring/constants';
import { loadPortfolioWorkshops } from '../services/portfolio-service';
import type { Db } from '../services/service-deps';
import { readPdfText } from './pdf-text';
import { portfolioReportInput } from './portfolio-report';
import { getWorkshop } from '../store/repositories/workshops';

/** One workshop the PDF names, as the store holds it now. */
export type PortfolioWorkshopCheck =
  | { status: 'same' | 'changed'; id: string; title: string; date: string }
  /** No longer in the store, or (a selection by client) no longer of that client. */
  | { status: 'gone'; id: string; title: string; date: string }
  /** Of the client now, but not when the PDF was made. */
  | { status: 'new'; id: string; title: string; date: string };

export type PortfolioCheck =
  /** Made by another version of the scoring model: its figures cannot be replayed by this one. */
  | { kind: 'other_model'; report: string; current: string }
  | {
      kind: 'checked';
      ok: boolean;
      workshops: PortfolioWorkshopCheck[];
      /** null when no workshop of the PDF is left to rebuild the portfolio from. */
      figures: { checked: number; mismatches: PortfolioFigureMismatch[] } | null;
      /** The figures printed on the pages against the rebuilt portfolio's pages; null as above. */
      printed: PrintedComparison | null;
    }
  /** The pages cannot be read, though the metadata could: the file has been altered. */
  | { kind: 'unreadable' };

/** The workshops of the selection that the store still holds (none refused for a missing one). */
function presentWorkshops(db: Db, embedded: EmbeddedPortfolio): PortfolioWorkshop[] {
  const { selection } = embedded;
  if ('workshopIds' in selection) {
    const present = selection.workshopIds.filter((id) => getWorkshop(db, id) !== undefined);
    return present.length === 0 ? [] : loadPortfolioWorkshops(db, { workshopIds: present });
  }
  try {
    return loadPortfolioWorkshops(db, selection);
  } catch (error) {
    // A client with no stored workshop left: every workshop of the PDF is gone.
    if (error instanceof ApiError) return [];
    throw error;
  }
}

const LANGUAGE_OF = (value: string): Language | undefined =>
  LANGUAGES.find((language) => language === value);

/**
 * Checks a portfolio PDF against the store: each workshop it names by its fingerprint, then the
 * portfolio rebuilt from the same selection at the same k, figure by figure in the embedded data,
 * and every figure printed on its pages against the same pages drawn again from the rebuilt
 * portfolio (with the language, time and branding the PDF records). Reads only.
 */
export async function checkPortfolio(
  db: Db,
  bytes: Uint8Array,
  embedded: EmbeddedPortfolio,
  fonts: ReportFonts,
): Promise<PortfolioCheck> {
  if (embedded.modelVersion !== MODEL_VERSION) {
    return { kind: 'other_model', report: embedded.modelVersion, current: MODEL_VERSION };
  }
  const language = LANGUAGE_OF(embedded.language);
  if (!language || Number.isNaN(new Date(embedded.generatedAt).getTime())) {
    return { kind: 'unreadable' };
  }
  // The pages are read on a worker thread while this one loads, builds and draws again.
  const reading = readPdfText(bytes).then(
    (pages) => pages.map((page) => page.runs.map((run) => run.text)),
    () => null,
  );
  const { present, demo } = db.transaction(() => {
    const loaded = presentWorkshops(db, embedded);
    return {
      present: loaded,
      demo: loaded.some((workshop) => getWorkshop(db, workshop.id)?.demo === true),
    };
  })();
  const now = new Map(present.map((workshop) => [workshop.id, workshop]));
  const named = new Set(embedded.workshops.map((workshop) => workshop.id));
  const workshops: PortfolioWorkshopCheck[] = embedded.workshops.map((then) => {
    const workshop = now.get(then.id);
    if (!workshop) return { status: 'gone', id: then.id, title: then.title, date: then.date };
    return {
      status: workshop.result.fingerprint.value === then.fingerprint ? 'same' : 'changed',
      id: workshop.id,
      title: workshop.title,
      date: workshop.date,
    };
  });
  for (const workshop of present) {
    if (!named.has(workshop.id)) {
      workshops.push({
        status: 'new',
        id: workshop.id,
        title: workshop.title,
        date: workshop.date,
      });
    }
  }
  let figures = null;
  let drawn: string[][] | null = null;
  if (present.length > 0) {
    const input = portfolioReportInput(present, embedded.k, embedded.selection, {
      language,
      generatedAt: embedded.generatedAt,
      demo: demo || embedded.demo === true,
    });
    figures = comparePortfolioFigures(embedded.figures, portfolioFigures(input.portfolio));
    const pages: string[][] = [];
    renderPortfolioPdf(input, {
      fonts,
      ...(embedded.branding ? { branding: brandingOfRecord(embedded.branding) } : {}),
      onText: (page, text) => {
        while (pages.length < page) pages.push([]);
        pages[page - 1]?.push(text);
      },
    });
    drawn = pages;
  }
  const printedPages = await reading;
  if (!printedPages) return { kind: 'unreadable' };
  const printed = drawn ? comparePrintedFigures(printedPages, drawn) : null;
  return {
    kind: 'checked',
    ok:
      workshops.every((workshop) => workshop.status === 'same') &&
      figures !== null &&
      figures.mismatches.length === 0 &&
      printed !== null &&
      printed.mismatches.length === 0 &&
      printed.pages.report === printed.pages.recomputed,
    workshops,
    figures,
    printed,
  };
}
