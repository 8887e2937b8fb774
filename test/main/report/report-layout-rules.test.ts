import { describe, expect, it } from 'vitest';
import type { PdfPageText, PdfTextRun } from '../../../src-main/report/pdf-text';
import { brokenWords, reportViolations } from '../../helpers/report-layout';

// A4 in points, as pdfjs reports it.
const W = 595.28;
const H = 841.89;
const run = (
  text: string,
  x: number,
  y: number,
  size = 9.5,
  width = text.length * size * 0.5,
): PdfTextRun => ({
  text,
  x,
  y,
  width,
  size,
  angle: 0,
});
const page = (number: number, runs: PdfTextRun[]): PdfPageText => ({
  number,
  width: W,
  height: H,
  runs,
});
const chrome = [run('Report · Client', 57, H - 37, 7.5), run('Page 1 of 2', 480, 28.5, 7.5)];

describe('the layout rules catch what they are meant to', () => {
  it('passes a clean page', () => {
    expect(reportViolations([page(1, [...chrome, run('Executive summary', 57, 740, 19)])])).toEqual(
      [],
    );
  });

  it('names a blank page, overlapping text, text off the page and a cut word', () => {
    const problems = reportViolations([
      page(1, chrome),
      page(2, [
        ...chrome,
        run('Human Debt 59.0', 100, 500),
        run('Technical', 120, 502),
        run('Too far right', 560, 400),
        run('Normalised dysfunction under deli…', 57, 300),
      ]),
    ]);
    expect(problems).toEqual([
      'page 1 is blank (only its header and footer)',
      'page 2: "Too far right" prints outside the printable area',
      'page 2: "Human Debt 59.0" overlaps "Technical"',
      'page 2: "Normalised dysfunction under deli…" is cut with "…"',
    ]);
  });

  it('names a heading stranded at the foot of a page whose content goes on over the page', () => {
    const stranded = [
      page(1, [...chrome, run('Intro', 57, 700), run('Where role groups differ', 57, 90, 11.5)]),
      page(2, [...chrome, run('Factor', 57, 760, 7.6), run('Pipeline', 57, 748, 8.3)]),
    ];
    expect(reportViolations(stranded)).toEqual([
      'page 1: heading "Where role groups differ" is stranded at the foot of the page',
    ]);
    // Its one line of content under it, and the next page begins a new section: not stranded.
    const complete = [
      page(1, [
        ...chrome,
        run('Intro', 57, 700),
        run('Where role groups differ', 57, 90, 11.5),
        run('None differ.', 57, 75),
      ]),
      page(2, [...chrome, run('Methodology', 57, 740, 19)]),
    ];
    expect(reportViolations(complete)).toEqual([]);
  });

  it('names a table that goes on over a page without its header', () => {
    const pages = [
      page(1, [...chrome, run('Factor', 57, 700, 7.6), run('Pipeline', 57, 690, 8.3)]),
      page(2, [...chrome, run('Legacy constraints', 57, 760, 8.3)]),
    ];
    expect(reportViolations(pages)).toEqual([
      'page 2 goes on with a table ("Legacy constraints") without its header',
    ]);
  });

  it('names a header word printed only in pieces', () => {
    const pages = [
      page(1, [
        run('Diferenc', 400, 700, 7.6),
        run('ia', 400, 690, 7.6),
        run('Factor', 57, 700, 7.6),
      ]),
    ];
    expect(brokenWords(pages, ['Factor', 'Diferencia'])).toEqual(['"Diferencia" of "Diferencia"']);
  });
});
