import { jsPDF } from 'jspdf';
import {
  drawText,
  FONT,
  shrinkToFit,
  textWidth,
  wrap,
  type TextStyle,
} from '../report/pdf-primitives';
import type { ReportFonts, TextRecorder } from '../report/render-pdf';
import type { Language } from '../domain/workshop';
import { titleSlug } from '../format/title-slug';
import { getInstrument } from '../instrument';
import type { AgendaSection } from '../run/agenda';
import { formatSheetCode } from './sheet-code';
import {
  BOXES_LEFT,
  SHEET_GEOMETRY as G,
  sheetLayout,
  TEXT_LEFT,
  type PlacedRow,
  type SheetLayout,
  type SheetPage,
} from './sheet-layout';
import { sheetText } from './sheet-texts';

/**
 * Paper answer sheets as one A4 PDF: each participant's sheet (one or more pages) in turn, drawn
 * from its layout (sheet-layout.ts) with the report's embedded faces. Black on white with grey
 * only for the alternate rows and the small print, so it copies and prints in black and white.
 */

const PDF_LANGUAGE = { en: 'en-GB', es: 'es-ES', de: 'de-DE', fr: 'fr-FR' } as const;
const BLACK = '#000000';
const GREY = '#4a4a4a';
const ZEBRA = '#ececec';
const PT = 0.3528;

function base64Of(font: Uint8Array | string): string {
  if (typeof font === 'string') return font;
  let binary = '';
  const chunk = 0x8000;
  for (let index = 0; index < font.length; index += chunk) {
    binary += String.fromCharCode(...font.subarray(index, index + chunk));
  }
  return btoa(binary);
}

/** Reports each piece of text before it is drawn, with its page (as the report's recorder does). */
function recordText(doc: jsPDF, onText: TextRecorder): void {
  const draw = doc.text.bind(doc) as (...args: unknown[]) => jsPDF;
  doc.text = ((...args: unknown[]) => {
    const [text] = args;
    const page = doc.getCurrentPageInfo().pageNumber;
    for (const line of Array.isArray(text) ? text : [text]) onText(page, String(line));
    return draw(...args);
  }) as jsPDF['text'];
}

/** The marks above the seven columns: 1–5, "?" for can't say, and the not-applicable mark. */
function columnMarks(layout: SheetLayout): string[] {
  return ['1', '2', '3', '4', '5', '?', sheetText('notApplicableMark', layout.language)];
}

const columnCentre = (column: number) => BOXES_LEFT + (column + 0.5) * G.columnWidth;

function drawHeader(doc: jsPDF, layout: SheetLayout, page: SheetPage, pages: number): void {
  const { language } = layout;
  const first = page.number === 1;
  const codeStyle: TextStyle = { size: 16, bold: true, color: BLACK, align: 'right' };
  const code = formatSheetCode(layout.code);
  const codeWidth = textWidth(doc, code, codeStyle);
  drawText(doc, sheetText('code', language), G.right, 11.5, {
    size: 7.5,
    color: GREY,
    align: 'right',
  });
  drawText(doc, code, G.right, 18.5, codeStyle);
  drawText(doc, sheetText('page', language, { page: page.number, pages }), G.right, 24, {
    size: 8.5,
    color: BLACK,
    align: 'right',
  });
  // A frame around the code: what the keyer looks for first.
  doc.setDrawColor(BLACK);
  doc.setLineWidth(0.35);
  doc.rect(G.right - codeWidth - 2.5, 13.2, codeWidth + 4, 7.2, 'S');

  const headWidth = G.right - G.left - Math.max(codeWidth + 12, 40);
  const title = `${sheetText('sheetTitle', language)} · ${layout.workshopTitle}`;
  const titleStyle = shrinkToFit(doc, title, headWidth, { size: 8.5, color: GREY }, 6.5);
  drawText(doc, wrap(doc, title, headWidth, titleStyle)[0] ?? '', G.left, 12, titleStyle);

  const aliasStyle: TextStyle = { size: first ? 28 : 15, bold: true, color: BLACK };
  const alias = shrinkToFit(doc, layout.participant.alias, headWidth, aliasStyle, 10);
  drawText(doc, layout.participant.alias, G.left, first ? 27 : 22, alias);

  doc.setDrawColor(BLACK);
  doc.setLineWidth(0.5);
  const rule = first ? 33 : 27;
  doc.line(G.left, rule, G.right, rule);

  if (first) {
    layout.instructionLines.forEach((line, index) => {
      drawText(doc, line, G.left, G.instructionTop - 3 + index * G.lineHeight, {
        size: G.textSize,
        color: BLACK,
      });
    });
  }
}

function drawColumnHeads(doc: jsPDF, layout: SheetLayout, top: number): void {
  const marks = columnMarks(layout);
  marks.forEach((mark, column) => {
    drawText(doc, mark, columnCentre(column), top + 5, {
      size: G.markSize,
      bold: true,
      color: BLACK,
      align: 'center',
    });
    (layout.columnLabels[column] ?? []).forEach((line, index) => {
      drawText(doc, line, columnCentre(column), top + 8.6 + index * G.labelLine, {
        size: G.labelSize,
        color: GREY,
        align: 'center',
      });
    });
  });
  // "Can't say" and "not applicable" are no point on the scale: a rule sets them apart.
  const split = BOXES_LEFT + 5 * G.columnWidth;
  doc.setDrawColor(GREY);
  doc.setLineWidth(0.3);
  doc.line(split, top + 1, split, top + 7 + 3 * G.labelLine);
}

function drawRow(doc: jsPDF, row: PlacedRow): void {
  if (row.kind === 'section') {
    doc.setDrawColor(BLACK);
    doc.setLineWidth(0.6);
    doc.line(G.left, row.y + 0.8, G.right, row.y + 0.8);
    drawText(doc, row.title, G.left, row.y + 6.4, {
      size: G.sectionSize,
      bold: true,
      color: BLACK,
    });
    return;
  }
  if (row.number % 2 === 0) {
    doc.setFillColor(ZEBRA);
    doc.rect(G.left, row.y, G.right - G.left, row.height, 'F');
  }
  const textTop = row.y + (row.height - row.lines.length * G.lineHeight) / 2;
  const baseline = (index: number) => textTop + index * G.lineHeight + G.textSize * PT * 0.95;
  drawText(doc, String(row.number), TEXT_LEFT - 2, baseline(0), {
    size: G.textSize,
    bold: true,
    color: BLACK,
    align: 'right',
  });
  row.lines.forEach((line, index) => {
    drawText(doc, line, TEXT_LEFT, baseline(index), { size: G.textSize, color: BLACK });
  });
  doc.setDrawColor(BLACK);
  doc.setFillColor('#ffffff');
  doc.setLineWidth(0.35);
  for (let column = 0; column < G.columns; column++) {
    const x = columnCentre(column) - G.box / 2;
    doc.rect(x, row.y + (row.height - G.box) / 2, G.box, G.box, 'FD');
  }
}

/** The back of a sheet's last page when printed on both sides: whose it is, and why it is empty. */
function drawBlankBack(doc: jsPDF, layout: SheetLayout): void {
  const small: TextStyle = { size: 8.5, color: GREY };
  drawText(doc, layout.participant.alias, G.left, 14, small);
  drawText(doc, formatSheetCode(layout.code), G.right, 14, { ...small, align: 'right' });
  const note: TextStyle = { size: 10, color: GREY, align: 'center' };
  wrap(doc, sheetText('blankBack', layout.language), 120, note).forEach((line, index) => {
    drawText(doc, line, G.pageWidth / 2, G.pageHeight / 2 + index * G.lineHeight, note);
  });
}

function drawFooter(doc: jsPDF, layout: SheetLayout): void {
  const style: TextStyle = { size: 6.3, color: GREY };
  const lines = wrap(doc, sheetText('attribution', layout.language), G.right - G.left, style);
  lines.forEach((line, index) => {
    drawText(doc, line, G.left, G.pageHeight - 14 + index * 6.3 * PT * 1.3, style);
  });
}

/**
 * The sheets of `layouts`, one after another, as PDF bytes. `onText` hears every piece of text
 * as it is drawn, with its page (tests read the sheets back through it).
 */
export function renderSheetsPdf(
  layouts: readonly SheetLayout[],
  options: { fonts: ReportFonts; title: string; doubleSided?: boolean; onText?: TextRecorder },
): Uint8Array {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
  if (options.onText) recordText(doc, options.onText);
  doc.addFileToVFS('report-regular.ttf', base64Of(options.fonts.regular));
  doc.addFont('report-regular.ttf', FONT, 'normal');
  doc.addFileToVFS('report-bold.ttf', base64Of(options.fonts.bold));
  doc.addFont('report-bold.ttf', FONT, 'bold');
  doc.setFont(FONT, 'normal');
  const language = layouts[0]?.language ?? 'en';
  doc.setLanguage(PDF_LANGUAGE[language]);
  doc.setDocumentProperties({ title: options.title, creator: 'Execution Debt Workshop' });

  let first = true;
  for (const layout of layouts) {
    for (const page of layout.pages) {
      if (!first) doc.addPage('a4', 'portrait');
      first = false;
      drawHeader(doc, layout, page, layout.pages.length);
      drawColumnHeads(doc, layout, page.top);
      for (const row of page.rows) drawRow(doc, row);
      drawFooter(doc, layout);
    }
    // Printed on both sides, a sheet with an odd number of pages would put the next participant's
    // first page on its back: a blank back keeps every sheet on paper of its own.
    if (options.doubleSided && layout.pages.length % 2 === 1) {
      doc.addPage('a4', 'portrait');
      drawBlankBack(doc, layout);
    }
  }
  return new Uint8Array(doc.output('arraybuffer'));
}

/** Everything a batch of sheets is drawn from, as plain data (it crosses to the heavy-work thread). */
export interface PaperSheetsSource {
  workshop: { id: string; title: string; language: Language; date: string };
  instrumentVersion: string;
  /** Already checked and in agenda order (`chooseSections`). */
  sections: AgendaSection[];
  /** Alias only: a sheet never carries a name. */
  participants: { id: string; alias: string }[];
  /** The workshop's client statements in order, printed where their section is chosen. */
  clientStatements?: { id: string; text: string }[];
  /** Each sheet padded to an even number of pages, for printing on both sides. */
  doubleSided: boolean;
}

/** The sheets of every participant of `source`, as a PDF with its file name. */
export function renderPaperSheets(
  source: PaperSheetsSource,
  fonts: ReportFonts,
  onText?: TextRecorder,
): { filename: string; pdf: Uint8Array } {
  const instrument = getInstrument(source.instrumentVersion);
  if (!instrument) throw new Error(`unknown instrument version "${source.instrumentVersion}"`);
  const layouts = source.participants.map((participant) =>
    sheetLayout({
      workshop: source.workshop,
      instrument,
      sections: source.sections,
      participant,
      clientStatements: source.clientStatements ?? [],
    }),
  );
  const title = `${sheetText('sheetTitle', source.workshop.language)} · ${source.workshop.title}`;
  const pdf = renderSheetsPdf(layouts, {
    fonts,
    title,
    doubleSided: source.doubleSided,
    ...(onText ? { onText } : {}),
  });
  const filename = `${titleSlug(source.workshop.title)}-${source.workshop.date}-answer-sheets.pdf`;
  return { filename, pdf };
}
