import type { jsPDF } from 'jspdf';
import { debtFill, textToneOn } from '../../charts/geometry';
import type { Language } from '../../domain/workshop';
import { DIMENSIONS } from '../../instrument/types';
import type { PortfolioResult, PortfolioTeam } from '../../portfolio/types';
import { FACTOR_SHORT } from '../../charts/factor-names';
import { drawText, fit, INK, MUTED, RULE, shrinkToFit, textWidth, wrap } from '../pdf-primitives';
import { formatFigure } from '../texts';
import { columnLabel, dimensionName } from './labels';
import { portfolioText } from './texts';

interface HeatmapPlace {
  portfolio: PortfolioResult;
  /** The teams of this page, as columns. */
  teams: readonly PortfolioTeam[];
  x: number;
  y: number;
  width: number;
  /** Room left on the page: rows shrink to fit it. */
  height: number;
  language: Language;
}

type Row = { kind: 'cells'; column: number } | { kind: 'group'; label: string };

/** The index, then the four dimensions, then each dimension's shared factors under its name. */
function rowsOf(portfolio: PortfolioResult, language: Language): Row[] {
  const rows: Row[] = [];
  const at = (predicate: (kind: string) => boolean) =>
    portfolio.columns.flatMap((column, index) => (predicate(column.kind) ? [index] : []));
  for (const column of at((kind) => kind === 'headline')) rows.push({ kind: 'cells', column });
  const dimensions = at((kind) => kind === 'dimension');
  if (dimensions.length > 0) {
    rows.push({ kind: 'group', label: portfolioText('rowDimensions', language) });
    for (const column of dimensions) rows.push({ kind: 'cells', column });
  }
  for (const dimension of DIMENSIONS) {
    const factors = portfolio.columns.flatMap((column, index) =>
      column.kind === 'factor' && column.dimension === dimension ? [index] : [],
    );
    if (factors.length === 0) continue;
    rows.push({ kind: 'group', label: dimensionName(dimension, language) });
    for (const column of factors) rows.push({ kind: 'cells', column });
  }
  return rows;
}

const GROUP_H = 5;
const HEADER_LINE = 2.6;

/**
 * Teams as columns and the index, dimensions and shared factors as rows. A shown cell is shaded
 * by its debt and prints its figure and n; a hidden cell is white with a dashed edge and says why
 * in one mark (below k, or nobody answered), never a shade. Returns the height drawn.
 */
export function drawPortfolioHeatmap(doc: jsPDF, place: HeatmapPlace): number {
  const { portfolio, teams, language } = place;
  const k = portfolio.anonymityThreshold;
  const labelW = 50;
  const colW = Math.min(20, (place.width - labelW) / Math.max(1, teams.length));
  const rows = rowsOf(portfolio, language);
  const cellRows = rows.filter((row) => row.kind === 'cells').length;
  const groups = rows.length - cellRows;
  // Team names up to three lines, then their n.
  const nameStyle = (label: string) => {
    const longest = label.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), '');
    return shrinkToFit(doc, longest, colW - 1.2, { size: 6.6, bold: true }, 5);
  };
  const names = teams.map((team) => {
    const style = nameStyle(team.label);
    return { style, lines: wrap(doc, team.label, colW - 1.2, style).slice(0, 3) };
  });
  const nameLines = Math.max(1, ...names.map((name) => name.lines.length));
  const headerH = nameLines * HEADER_LINE + 5.5;
  const rowH = Math.max(
    4.2,
    Math.min(6.2, (place.height - headerH - groups * GROUP_H - 2) / Math.max(1, cellRows)),
  );
  const left = place.x + labelW;
  teams.forEach((team, index) => {
    const centre = left + index * colW + colW / 2;
    const name = names[index];
    if (!name) return;
    const first = place.y + 2.4 + (nameLines - name.lines.length) * HEADER_LINE;
    name.lines.forEach((line, at) => {
      const text = at === name.lines.length - 1 ? fit(doc, line, colW - 1.2, name.style) : line;
      drawText(doc, text, centre, first + at * HEADER_LINE, { ...name.style, align: 'center' });
    });
    const headline = portfolio.columns.findIndex((column) => column.kind === 'headline');
    const cell = team.cells[headline];
    const under = team.withheld
      ? portfolioText('columnWithheld', language, { k })
      : cell?.shown
        ? portfolioText('nValue', language, { n: cell.n })
        : '';
    const style = shrinkToFit(doc, under, colW - 1, { size: 5.6, color: MUTED }, 4.6);
    drawText(doc, under, centre, place.y + nameLines * HEADER_LINE + 3.4, {
      ...style,
      align: 'center',
    });
  });
  let y = place.y + headerH;
  for (const row of rows) {
    if (row.kind === 'group') {
      drawText(doc, row.label, place.x, y + GROUP_H - 1.3, { size: 7.4, bold: true, color: INK });
      doc.setDrawColor(RULE);
      doc.setLineWidth(0.2);
      doc.line(place.x, y + GROUP_H - 0.3, left + teams.length * colW, y + GROUP_H - 0.3);
      y += GROUP_H;
      continue;
    }
    const column = portfolio.columns[row.column];
    if (!column) continue;
    const headline = column.kind === 'headline';
    const full = columnLabel(column, language);
    // A factor whose full name does not fit goes by the short name the charts use.
    const short = column.kind === 'factor' ? FACTOR_SHORT[column.id]?.[language] : undefined;
    const fits = textWidth(doc, full, { size: 6.6, bold: headline }) <= labelW - 4;
    const label = fits || !short ? full : short;
    const labelStyle = shrinkToFit(doc, label, labelW - 4, { size: 7, bold: headline }, 5.6);
    drawText(
      doc,
      fit(doc, label, labelW - 4, labelStyle),
      place.x + (headline ? 0 : 2),
      y + rowH / 2 + 0.9,
      labelStyle,
    );
    teams.forEach((team, index) => {
      const cell = team.cells[row.column];
      const cx = left + index * colW + 0.3;
      const cw = colW - 0.6;
      const cy = y + 0.25;
      const ch = rowH - 0.5;
      const base = y + rowH / 2 + 0.85;
      if (cell?.shown) {
        doc.setFillColor(debtFill(cell.value));
        doc.rect(cx, cy, cw, ch, 'F');
        const ink = textToneOn(cell.value) === 'light' ? '#ffffff' : INK;
        const figure = formatFigure(cell.value, language);
        const n = String(cell.n);
        const mid = cx + cw * 0.62;
        drawText(doc, figure, mid, base, { size: 6.6, bold: true, color: ink, align: 'right' });
        drawText(doc, n, mid + 0.9, base, { size: 4.8, color: ink });
        return;
      }
      doc.setFillColor('#ffffff');
      doc.setDrawColor('#a3aab5');
      doc.setLineWidth(0.2);
      doc.setLineDashPattern([0.6, 0.6], 0);
      doc.rect(cx, cy, cw, ch, 'FD');
      doc.setLineDashPattern([], 0);
      const mark =
        cell?.reason === 'no_data'
          ? portfolioText('cellNone', language)
          : portfolioText('cellHidden', language, { k });
      drawText(doc, mark, cx + cw / 2, base, { size: 6, color: MUTED, align: 'center' });
    });
    y += rowH;
  }
  return y - place.y + 2;
}
