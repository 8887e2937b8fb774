import { jsPDF } from 'jspdf';
import type { Branding } from '../branding/branding';
import { WHITE_TEXT } from '../branding/contrast';
import { chartAccent, type ChartAccent } from './chart-accent';
import { cardHeight, drawCard } from './draw-card';
import { drawFigure, figureSize, layoutFigure } from './draw-charts';
import { reportXmp } from './embedded';
import {
  drawBrandFooter,
  drawBrandLogo,
  drawPageNumber,
  drawRunningHeader,
  type PageBox,
} from './page-chrome';
import { createReportDocument, type ReportFonts } from './report-document';
import type { Block, ReportModel, ReportSection, TableColumn, TableRow } from './model-types';
import {
  ACCENT,
  drawSectionTitle,
  drawText,
  fit,
  INK,
  LIGHT,
  lineHeight,
  MUTED,
  RULE,
  textWidth,
  wrap,
  type TextStyle,
} from './pdf-primitives';
import { fillText, reportText } from './texts';

export type { ReportFonts } from './report-document';

const PAGE_W = 210;
const PAGE_H = 297;
const LEFT = 20;
const RIGHT = PAGE_W - 20;
const WIDTH = RIGHT - LEFT;
const TOP = 27;
const BOTTOM = PAGE_H - 20;
const PAGE: PageBox = { width: PAGE_W, height: PAGE_H, left: LEFT, right: RIGHT };

const BODY: TextStyle = { size: 9.5 };
const LEAD: TextStyle = { size: 10.5, color: INK };
const NOTE: TextStyle = { size: 8.5, color: MUTED };
/** The masthead's terms line: smaller than a note, it is read once. */
const MASTHEAD_NOTE: TextStyle = { size: 7, color: MUTED };
const TABLE: TextStyle = { size: 8.3 };
const TABLE_HEAD: TextStyle = { size: 7.6, bold: true, color: MUTED };
/** Demonstration data stands out in amber, apart from the report's blues. */
const DEMO_INK = '#7a4100';
const DEMO_FILL = '#fbecd3';
/** Space between a table cell's text and its column's edges. */
const TABLE_PAD = 1.6;
/** The brand logo's box on page one, right of the subtitle and above the title. */

const BAND_SHADES: Record<string, string> = {
  contained: '#e8eef5',
  accumulating: '#c9d6e6',
  compounding: '#7f9cc0',
  critical: '#0b3a6e',
};

interface TocEntry {
  title: string;
  page: number;
}

/** Lays the model out page by page; jsPDF only, so it runs in Node and in a browser alike. */
class Renderer {
  readonly doc: jsPDF;
  y = TOP;
  toc: TocEntry[] = [];
  tocPage: number | null = null;
  /** Pages that carry no running header (the cover, and the brief's first page). */
  bare = new Set<number>();
  /** The brand's accent for bands and rules, and for text on white only where it reads there. */
  readonly fill: string;
  readonly accent: string;
  /** The charts' accent marks: the brand's accent where it reads on white, else the app's paint. */
  readonly charts: ChartAccent;

  constructor(
    readonly model: ReportModel,
    fonts: ReportFonts,
    onText?: TextRecorder,
    readonly branding?: Branding,
  ) {
    this.fill = branding?.accent ?? ACCENT;
    // White text reads on the accent at AA, so the accent reads on white paper just as well.
    this.accent = branding?.accent && branding.accentText === WHITE_TEXT ? branding.accent : ACCENT;
    this.charts = chartAccent(this.accent === ACCENT ? null : this.accent);
    this.doc = createReportDocument(fonts, model.language);
    if (onText) recordText(this.doc, onText);
  }

  get page(): number {
    return this.doc.getNumberOfPages();
  }

  newPage(): void {
    this.doc.addPage('a4', 'portrait');
    this.y = TOP;
  }

  /** Moves to a new page unless `height` more millimetres fit on this one. */
  ensure(height: number): void {
    if (this.y + height > BOTTOM) this.newPage();
  }

  render(): Uint8Array {
    this.model.sections.forEach((section, index) => this.section(section, index === 0));
    this.drawToc();
    this.drawChrome();
    this.embed();
    return new Uint8Array(this.doc.output('arraybuffer'));
  }

  section(section: ReportSection, first: boolean): void {
    if (!first) this.newPage();
    const startsWithCover = section.blocks[0]?.kind === 'cover';
    if (startsWithCover) this.bare.add(this.page);
    if (section.inToc) this.toc.push({ title: section.title, page: this.page });
    if (section.id === 'contents') this.tocPage = this.page;
    if (!startsWithCover) this.sectionTitle(section.title);
    section.blocks.forEach((block, index) => this.block(block, section.blocks[index + 1]));
  }

  sectionTitle(title: string): void {
    this.y = drawSectionTitle(this.doc, title, {
      x: LEFT,
      y: this.y,
      width: WIDTH,
      fill: this.fill,
    });
  }

  /** Draws a block; `next` is the block after it, which a heading keeps on its page. */
  block(block: Block, next?: Block): void {
    switch (block.kind) {
      case 'cover':
        return this.masthead(block);
      case 'toc':
        return;
      case 'heading':
        return this.heading(block.text, next);
      case 'paragraph':
        return this.paragraph(block.text, block.tone ?? 'body');
      case 'headline':
        return this.headline(block);
      case 'findings':
        return this.findings(block.items);
      case 'bullets':
        return this.bullets(block.items);
      case 'card':
        return this.card(block);
      case 'table':
        return this.table(block.columns, block.rows, block.title);
      case 'figure':
        return this.figure(block);
      case 'keyValues':
        return this.keyValues(block.items);
    }
  }

  heading(text: string, next?: Block): void {
    const lines = wrap(this.doc, text, WIDTH, { size: 11.5, bold: true });
    // Keep a heading with the start of what follows it: as much as that block itself needs
    // before it would move to the next page, so a heading never stands alone at a page's foot.
    const own = 3.5 + lines.length * lineHeight(11.5, 1.3) + 1.8;
    this.ensure(Math.min(BOTTOM - TOP, own + Math.max(12, next ? this.leadIn(next) : 0)));
    this.y += 3.5;
    for (const line of lines) {
      drawText(this.doc, line, LEFT, this.y + 4, { size: 11.5, bold: true, color: this.accent });
      this.y += lineHeight(11.5, 1.3);
    }
    this.y += 1.8;
  }

  /** The height a block needs on the page it starts on (what its own `ensure` asks for). */
  leadIn(block: Block): number {
    switch (block.kind) {
      case 'table':
        return this.tableLeadIn(
          this.prepareRows(block.columns, block.rows, this.columnWidths(block.columns)),
          block.title,
        );
      case 'figure': {
        const fitted = this.figureFit(block);
        return fitted.height + fitted.captionHeight + 4;
      }
      case 'card':
        return Math.min(cardHeight(this.doc, block, WIDTH), BOTTOM - TOP);
      case 'headline':
        return 47 + 30;
      case 'paragraph':
      case 'bullets':
        return lineHeight(BODY.size, 1.4) * 2;
      default:
        return 20;
    }
  }

  paragraph(text: string, tone: 'lead' | 'body' | 'note'): void {
    const style = tone === 'lead' ? LEAD : tone === 'note' ? NOTE : BODY;
    const step = lineHeight(style.size, tone === 'lead' ? 1.42 : 1.4);
    for (const line of wrap(this.doc, text, WIDTH, style)) {
      this.ensure(step);
      drawText(this.doc, line, LEFT, this.y + step * 0.72, style);
      this.y += step;
    }
    this.y += tone === 'lead' ? 4 : 2.6;
  }

  bullets(items: readonly string[]): void {
    const step = lineHeight(BODY.size, 1.4);
    for (const item of items) {
      const lines = wrap(this.doc, item, WIDTH - 6, BODY);
      this.ensure(step * Math.min(2, lines.length));
      this.doc.setFillColor(this.fill);
      this.doc.circle(LEFT + 1.6, this.y + step * 0.5, 0.75, 'F');
      for (const line of lines) {
        this.ensure(step);
        drawText(this.doc, line, LEFT + 6, this.y + step * 0.72, BODY);
        this.y += step;
      }
      this.y += 1.2;
    }
    this.y += 1.6;
  }

  /** An intervention card, kept whole: it moves to the next page rather than split. */
  card(block: Extract<Block, { kind: 'card' }>): void {
    const height = cardHeight(this.doc, block, WIDTH);
    this.ensure(Math.min(height, BOTTOM - TOP));
    this.y += drawCard(this.doc, block, LEFT, this.y, WIDTH, this.accent) + 4;
  }

  /** The demonstration-data mark as a tinted tag ending at the right margin, baseline `y`. */
  demoTag(text: string, y: number, right = RIGHT): void {
    const style: TextStyle = { size: 8, bold: true, color: DEMO_INK, align: 'right' };
    const width = textWidth(this.doc, text, style);
    this.doc.setFillColor(DEMO_FILL);
    this.doc.roundedRect(right - width - 4, y - 4, width + 4, 5.6, 1.2, 1.2, 'F');
    drawText(this.doc, text, right - 2, y, style);
  }

  /**
   * The consultant's brand on page one: the firm's name on a taller accent band (in the text
   * colour the contrast check chose) and the logo at the right, above the title. Returns the
   * logo's left edge, so the demo tag sits beside it rather than on it.
   */
  brandMasthead(): number {
    const branding = this.branding;
    if (!branding) return RIGHT;
    const doc = this.doc;
    if (branding.firmName) {
      doc.setFillColor(this.fill);
      doc.rect(0, 0, PAGE_W, 10, 'F');
      const style: TextStyle = { size: 9, bold: true, color: branding.accentText ?? '#ffffff' };
      // Without an accent the band is the app's blue, on which white reads.
      drawText(doc, fit(doc, branding.firmName, WIDTH, style), LEFT, 6.6, style);
    }
    return branding.logo ? drawBrandLogo(doc, branding.logo, RIGHT) : RIGHT;
  }

  /** Page one's slim cover: title, the workshop's details, and the terms in one note. */
  masthead(block: Extract<Block, { kind: 'cover' }>): void {
    const doc = this.doc;
    doc.setFillColor(this.fill);
    doc.rect(0, 0, PAGE_W, 6, 'F');
    const logoLeft = this.brandMasthead();
    drawText(doc, block.subtitle.toUpperCase(), LEFT, 19, {
      size: 8.5,
      bold: true,
      color: this.accent,
    });
    // The brief's page one must hold the whole decision page: the mark takes no line of its own.
    if (this.model.demoMark) this.demoTag(this.model.demoMark.footer, 19, logoLeft);
    let y = 27.5;
    for (const line of wrap(doc, block.title, WIDTH, { size: 17, bold: true })) {
      drawText(doc, line, LEFT, y, { size: 17, bold: true });
      y += lineHeight(17, 1.18);
    }
    const line = block.details
      .map((detail) => reportText('labelled', this.model.language, detail))
      .join('   ·   ');
    y += 0.5;
    for (const part of wrap(doc, line, WIDTH, NOTE)) {
      drawText(doc, part, LEFT, y, NOTE);
      y += lineHeight(NOTE.size);
    }
    for (const part of wrap(doc, block.note, WIDTH, MASTHEAD_NOTE)) {
      drawText(doc, part, LEFT, y, MASTHEAD_NOTE);
      y += lineHeight(MASTHEAD_NOTE.size);
    }
    doc.setDrawColor(RULE);
    doc.setLineWidth(0.3);
    doc.line(LEFT, y + 1, RIGHT, y + 1);
    this.y = y + 5;
  }

  headline(block: Extract<Block, { kind: 'headline' }>): void {
    const doc = this.doc;
    const height = 44;
    this.ensure(height + 30);
    const top = this.y;
    doc.setFillColor(LIGHT);
    doc.roundedRect(LEFT, top, WIDTH, height, 2, 2, 'F');
    drawText(doc, block.label.toUpperCase(), LEFT + 6, top + 8, {
      size: 7.8,
      bold: true,
      color: MUTED,
    });
    drawText(doc, block.value, LEFT + 6, top + 25, { size: 34, bold: true, color: INK });
    const valueWidth = textWidth(doc, block.value, { size: 34, bold: true });
    drawText(doc, block.band, LEFT + 8 + valueWidth, top + 25, {
      size: 13,
      bold: true,
      color: this.accent,
    });
    // The band scale: four labelled segments in steps of grey-blue, readable without colour.
    const scaleX = LEFT + 6;
    const scaleW = 62;
    const scaleY = top + 31;
    const bands = ['contained', 'accumulating', 'compounding', 'critical'];
    bands.forEach((band, index) => {
      doc.setFillColor(BAND_SHADES[band] ?? LIGHT);
      doc.rect(scaleX + (scaleW / 4) * index, scaleY, scaleW / 4, 3, 'F');
    });
    doc.setDrawColor(RULE);
    doc.setLineWidth(0.2);
    doc.rect(scaleX, scaleY, scaleW, 3, 'S');
    const numeric = Number(block.value.replace(',', '.'));
    if (Number.isFinite(numeric)) {
      const mx = scaleX + (scaleW * Math.min(100, Math.max(0, numeric))) / 100;
      doc.setFillColor(INK);
      doc.triangle(mx, scaleY - 0.2, mx - 1.4, scaleY - 2.4, mx + 1.4, scaleY - 2.4, 'F');
    }
    for (const [index, value] of ['0', '25', '50', '75', '100'].entries()) {
      drawText(doc, value, scaleX + (scaleW / 4) * index, scaleY + 6.2, {
        size: 6.2,
        color: MUTED,
        align: 'center',
      });
    }
    drawText(doc, block.scale, scaleX, top + height - 3.2, { size: 6.8, color: MUTED });
    const textX = LEFT + 80;
    const textW = WIDTH - 86;
    let y = top + 8;
    for (const line of wrap(doc, block.reading, textW, { size: 9.6 })) {
      drawText(doc, line, textX, y, { size: 9.6 });
      y += lineHeight(9.6, 1.4);
    }
    this.y = top + height + 4;
    // Dimension tiles.
    const gap = 3;
    const tileW = (WIDTH - gap * 3) / 4;
    const tileH = 19;
    block.figures.forEach((figure, index) => {
      const x = LEFT + index * (tileW + gap);
      doc.setDrawColor(RULE);
      doc.setLineWidth(0.25);
      doc.roundedRect(x, this.y, tileW, tileH, 1.5, 1.5, 'S');
      // Long dimension names shrink a little before they would be shortened.
      let labelSize = 7.4;
      while (
        labelSize > 6.2 &&
        textWidth(doc, figure.label, { size: labelSize, bold: true }) > tileW - 6
      )
        labelSize -= 0.2;
      const label = fit(doc, figure.label, tileW - 6, { size: labelSize, bold: true });
      drawText(doc, label, x + 3, this.y + 5.5, { size: labelSize, bold: true, color: MUTED });
      drawText(doc, figure.value, x + 3, this.y + 13.5, { size: 15, bold: true });
      drawText(doc, figure.note, x + tileW - 3, this.y + 13.5, {
        size: 7,
        color: MUTED,
        align: 'right',
      });
      const numericValue = Number(figure.value.replace(',', '.'));
      doc.setFillColor('#e3e6ea');
      doc.rect(x + 3, this.y + 15.8, tileW - 6, 1.1, 'F');
      if (Number.isFinite(numericValue)) {
        doc.setFillColor(this.fill);
        doc.rect(x + 3, this.y + 15.8, ((tileW - 6) * numericValue) / 100, 1.1, 'F');
      }
    });
    this.y += tileH + 3;
  }

  findings(items: Extract<Block, { kind: 'findings' }>['items']): void {
    const doc = this.doc;
    const textX = LEFT + 5;
    const textW = WIDTH - 5;
    for (const item of items) {
      const title = wrap(doc, item.title, textW, { size: 9.8, bold: true });
      // Page one leads with what the finding costs delivery and leaves its figures to the
      // dimension's section (an empty detail).
      const consequenceStyle: TextStyle = { size: 9 };
      const consequence = item.consequence
        ? wrap(doc, item.consequence, textW, consequenceStyle)
        : [];
      const detailStyle: TextStyle = { size: 8.8 };
      const detailStep = lineHeight(detailStyle.size, 1.38);
      const detail = item.detail === '' ? [] : wrap(doc, item.detail, textW, detailStyle);
      const meta = wrap(doc, item.meta, textW, { size: 7.2, color: MUTED });
      const height =
        title.length * lineHeight(9.8, 1.3) +
        consequence.length * lineHeight(consequenceStyle.size, 1.28) +
        detail.length * detailStep +
        meta.length * lineHeight(7.2, 1.35) +
        2;
      this.ensure(Math.min(height, BOTTOM - TOP));
      const top = this.y;
      let y = top;
      for (const line of title) {
        drawText(doc, line, textX, y + 3.6, { size: 9.8, bold: true });
        y += lineHeight(9.8, 1.3);
      }
      for (const line of consequence) {
        drawText(doc, line, textX, y + 3.3, consequenceStyle);
        y += lineHeight(consequenceStyle.size, 1.28);
      }
      for (const line of detail) {
        if (y + detailStep > BOTTOM) {
          this.newPage();
          y = this.y;
        }
        drawText(doc, line, textX, y + 3.2, detailStyle);
        y += detailStep;
      }
      for (const line of meta) {
        drawText(doc, line, textX, y + 3, { size: 7.2, color: MUTED });
        y += lineHeight(7.2, 1.35);
      }
      // Severity as bar thickness and shade, so it reads in greyscale.
      const weight = { low: 0.6, medium: 1, high: 1.5, critical: 2 }[item.severity] ?? 1;
      const shade =
        { low: '#9fb3cc', medium: '#5f82ad', high: '#0b4f8a', critical: '#08284a' }[
          item.severity
        ] ?? ACCENT;
      doc.setFillColor(shade);
      const barTop = y > top ? Math.min(top, y) : top;
      doc.rect(LEFT, barTop + 0.6, weight, Math.max(3, y - barTop - 0.6), 'F');
      // Page one's findings sit a little closer: that page must also hold what to do first.
      this.y = y + (item.consequence ? 2.2 : 3);
    }
    this.y += 1;
  }

  /**
   * Column widths in the model's proportions, except that every column is at least as wide as
   * the longest word of its header, taken from the columns with room to spare: a header wraps
   * between words and is never broken inside one ("Diferenc/ia").
   */
  columnWidths(columns: readonly TableColumn[]): number[] {
    const total = columns.reduce((sum, column) => sum + column.width, 0);
    const widths = columns.map((column) => (WIDTH * column.width) / total);
    const least = columns.map(
      (column) =>
        Math.max(
          0,
          ...column.header.split(/\s+/).map((word) => textWidth(this.doc, word, TABLE_HEAD)),
        ) +
        TABLE_PAD * 2 +
        0.2,
    );
    const short = widths.reduce(
      (sum, width, index) => sum + Math.max(0, (least[index] ?? 0) - width),
      0,
    );
    const spare = widths.reduce(
      (sum, width, index) => sum + Math.max(0, width - (least[index] ?? 0)),
      0,
    );
    if (short === 0 || spare < short) return widths;
    return widths.map((width, index) => {
      const need = least[index] ?? 0;
      return width < need ? need : width - ((width - need) / spare) * short;
    });
  }

  tableHeader(columns: readonly TableColumn[], widths: readonly number[]): void {
    const doc = this.doc;
    const pad = 1.6;
    const lines = columns.map((column, index) =>
      wrap(doc, column.header, (widths[index] ?? 10) - pad * 2, TABLE_HEAD),
    );
    const rows = Math.max(...lines.map((entry) => entry.length));
    const step = lineHeight(TABLE_HEAD.size, 1.3);
    let x = LEFT;
    columns.forEach((column, index) => {
      const width = widths[index] ?? 10;
      (lines[index] ?? []).forEach((line, lineIndex) => {
        const anchor =
          column.align === 'right'
            ? x + width - pad
            : column.align === 'center'
              ? x + width / 2
              : x + pad;
        drawText(doc, line, anchor, this.y + 3.4 + lineIndex * step, {
          ...TABLE_HEAD,
          align: column.align,
        });
      });
      x += width;
    });
    this.y += rows * step + 2.2;
    doc.setDrawColor(INK);
    doc.setLineWidth(0.3);
    doc.line(LEFT, this.y, RIGHT, this.y);
    this.y += 0.4;
  }

  prepareRows(
    columns: readonly TableColumn[],
    rows: readonly TableRow[],
    widths: readonly number[],
  ) {
    const doc = this.doc;
    const pad = TABLE_PAD;
    const step = lineHeight(TABLE.size, 1.32);
    return rows.map((row) => {
      const style: TextStyle = {
        ...TABLE,
        bold: row.group === true,
        color: row.muted ? MUTED : INK,
      };
      const cells = row.cells.map((cell, index) =>
        wrap(doc, cell, (widths[index] ?? 10) - pad * 2, style),
      );
      const height = Math.max(1, ...cells.map((cell) => cell.length)) * step + 2.2;
      return { row, style, cells, height };
    });
  }

  /** A table starts on a page only with its title, header and first three rows. */
  tableLeadIn(prepared: readonly { height: number }[], title?: string): number {
    const first = prepared[0]?.height ?? 6;
    return (title ? 9 : 0) + 10 + first * Math.min(3, prepared.length);
  }

  table(columns: readonly TableColumn[], rows: readonly TableRow[], title?: string): void {
    const doc = this.doc;
    const widths = this.columnWidths(columns);
    const pad = TABLE_PAD;
    const step = lineHeight(TABLE.size, 1.32);
    const prepared = this.prepareRows(columns, rows, widths);
    this.ensure(this.tableLeadIn(prepared, title));
    if (title) {
      this.y += 1.5;
      drawText(doc, title, LEFT, this.y + 3.6, { size: 9.6, bold: true });
      this.y += 6.4;
    }
    this.tableHeader(columns, widths);
    prepared.forEach((entry, index) => {
      if (this.y + entry.height > BOTTOM) {
        this.newPage();
        this.tableHeader(columns, widths);
      }
      if (entry.row.group) {
        doc.setFillColor('#e9edf2');
        doc.rect(LEFT, this.y, WIDTH, entry.height, 'F');
      } else if (index % 2 === 1) {
        doc.setFillColor('#f6f7f9');
        doc.rect(LEFT, this.y, WIDTH, entry.height, 'F');
      }
      let x = LEFT;
      columns.forEach((column, columnIndex) => {
        const width = widths[columnIndex] ?? 10;
        (entry.cells[columnIndex] ?? []).forEach((line, lineIndex) => {
          const anchor =
            column.align === 'right'
              ? x + width - pad
              : column.align === 'center'
                ? x + width / 2
                : x + pad;
          drawText(doc, line, anchor, this.y + 1.1 + step * 0.74 + lineIndex * step, {
            ...entry.style,
            align: column.align,
          });
        });
        x += width;
      });
      this.y += entry.height;
    });
    doc.setDrawColor(RULE);
    doc.setLineWidth(0.25);
    doc.line(LEFT, this.y, RIGHT, this.y);
    this.y += 5;
  }

  /** A figure's layout, its scale to the page and the height it takes with its caption. */
  figureFit(block: Extract<Block, { kind: 'figure' }>) {
    const layout = layoutFigure(block.figure);
    const size = figureSize(layout);
    const captionLines = block.caption ? wrap(this.doc, block.caption, WIDTH, NOTE) : [];
    const captionHeight =
      captionLines.length * lineHeight(NOTE.size) + (captionLines.length > 0 ? 2 : 0);
    // Charts whose labels sit left of the plot (the map's axis title) need a little room there.
    const leftRoom = block.figure.chart === 'debtMap' ? 4 : 0;
    let scale = Math.min((WIDTH - leftRoom) / size.width, block.maxHeightMm / size.height);
    const available = BOTTOM - TOP - captionHeight - 4;
    if (size.height * scale > available) scale = available / size.height;
    return {
      layout,
      size,
      captionLines,
      captionHeight,
      leftRoom,
      scale,
      height: size.height * scale,
    };
  }

  figure(block: Extract<Block, { kind: 'figure' }>): void {
    const { layout, size, captionLines, captionHeight, leftRoom, scale, height } =
      this.figureFit(block);
    this.ensure(height + captionHeight + 4);
    const x = LEFT + leftRoom + (WIDTH - leftRoom - size.width * scale) / 2;
    drawFigure(
      this.doc,
      block.figure,
      layout,
      { x, y: this.y + 1, scale },
      this.model.language,
      this.charts,
    );
    this.y += height + 3;
    for (const line of captionLines) {
      drawText(this.doc, line, LEFT, this.y + 2.6, NOTE);
      this.y += lineHeight(NOTE.size);
    }
    this.y += captionLines.length > 0 ? 3 : 1;
  }

  keyValues(items: readonly { label: string; value: string }[]): void {
    const labelW = 48;
    const valueStyle: TextStyle = { size: 8.3 };
    const step = lineHeight(8.3, 1.35);
    for (const item of items) {
      const lines = wrap(this.doc, item.value, WIDTH - labelW, valueStyle);
      this.ensure(lines.length * step + 1.5);
      drawText(this.doc, item.label, LEFT, this.y + step * 0.74, {
        size: 8.3,
        bold: true,
        color: MUTED,
      });
      lines.forEach((line, index) =>
        drawText(this.doc, line, LEFT + labelW, this.y + step * 0.74 + index * step, valueStyle),
      );
      this.y += lines.length * step + 1.5;
    }
    this.y += 2;
  }

  drawToc(): void {
    if (this.tocPage === null) return;
    const doc = this.doc;
    doc.setPage(this.tocPage);
    let y = TOP + 22;
    this.toc.forEach((entry, index) => {
      const number = String(index + 1).padStart(2, '0');
      drawText(doc, number, LEFT, y, { size: 9, bold: true, color: this.accent });
      const pageText = String(entry.page);
      const pageWidth = textWidth(doc, pageText, { size: 10 });
      const title = wrap(doc, entry.title, WIDTH - 30, { size: 10.5 })[0] ?? entry.title;
      drawText(doc, title, LEFT + 10, y, { size: 10.5 });
      const titleEnd = LEFT + 10 + textWidth(doc, title, { size: 10.5 }) + 2;
      doc.setDrawColor(RULE);
      doc.setLineWidth(0.25);
      doc.setLineDashPattern([0.3, 1.2], 0);
      doc.line(titleEnd, y, RIGHT - pageWidth - 2, y);
      doc.setLineDashPattern([], 0);
      drawText(doc, pageText, RIGHT, y, { size: 10, align: 'right' });
      doc.link(LEFT, y - 4.5, WIDTH, 6.5, { pageNumber: entry.page });
      y += 9;
    });
  }

  drawChrome(): void {
    const doc = this.doc;
    const pages = this.page;
    const short = this.model.embedded.fingerprint.replace(
      /^(.*:)([0-9a-f]{12})[0-9a-f]+$/,
      '$1$2…',
    );
    for (let page = 1; page <= pages; page++) {
      doc.setPage(page);
      if (!this.bare.has(page))
        drawRunningHeader(doc, PAGE, this.model.runningHeader, this.branding?.firmName ?? '');
      drawBrandFooter(doc, PAGE, this.branding?.footer);
      if (this.model.demoMark) {
        drawText(doc, this.model.demoMark.footer, PAGE_W / 2, PAGE_H - 10, {
          size: 7,
          bold: true,
          color: DEMO_INK,
          align: 'center',
        });
      }
      drawText(doc, short, LEFT, PAGE_H - 10, { size: 6.5, color: MUTED });
      drawPageNumber(doc, PAGE, fillText(this.model.pageLabel, { page, pages }));
    }
  }

  embed(): void {
    const { meta, embedded } = this.model;
    this.doc.setDocumentProperties({
      title: meta.title,
      subject: meta.subject,
      author: meta.author,
      keywords: meta.keywords.join(', '),
      creator: meta.creator,
    });
    this.doc.setCreationDate(new Date(embedded.generatedAt));
    this.doc.addMetadata(
      reportXmp(embedded, {
        title: meta.title,
        subject: meta.subject,
        keywords: meta.keywords.join(', '),
      }),
      true,
    );
  }
}

/** Told every piece of text the report draws, with its page, in the order the page draws it. */
export type TextRecorder = (page: number, text: string) => void;

/** Reports each `text` call (every label, line and cell goes through it) before it draws. */
export function recordText(doc: jsPDF, onText: TextRecorder): void {
  const draw = doc.text.bind(doc) as (...args: unknown[]) => jsPDF;
  doc.text = ((...args: unknown[]) => {
    const [text] = args;
    const page = doc.getCurrentPageInfo().pageNumber;
    for (const line of Array.isArray(text) ? text : [text]) onText(page, String(line));
    return draw(...args);
  }) as jsPDF['text'];
}

/**
 * Renders a report model as an A4 PDF with embedded fonts, vector charts and its figures in XMP.
 * `onText` hears every piece of text as it is drawn: `edw verify` compares it with a report's pages.
 */
export function renderReportPdf(
  model: ReportModel,
  options: { fonts: ReportFonts; onText?: TextRecorder; branding?: Branding },
): Uint8Array {
  return new Renderer(model, options.fonts, options.onText, options.branding).render();
}
