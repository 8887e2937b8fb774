import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/domain/workshop';
import { INSTRUMENT_V1, INSTRUMENT_V2 } from '../../../shared/instrument';
import { buildPortfolio, portfolioThreshold } from '../../../shared/portfolio/build';
import {
  PORTFOLIO_CSV_COLUMNS,
  portfolioCsv,
  portfolioCsvFilename,
} from '../../../shared/portfolio/csv';
import type { PortfolioWorkshop } from '../../../shared/portfolio/types';
import { parseCsv } from '../../helpers/csv-reader';
import { debtSide, scoredWorkshop } from './rooms';

function portfolioOf(workshops: PortfolioWorkshop[]) {
  return buildPortfolio(workshops, portfolioThreshold(workshops));
}

const workshops = [
  scoredWorkshop(
    INSTRUMENT_V2,
    { id: 'a', team: '=HYPERLINK("x")', date: '2026-02-01', people: 6 },
    debtSide,
  ),
  scoredWorkshop(
    INSTRUMENT_V1,
    { id: 'b', team: 'Pagos, Bogotá', date: '2026-03-04', people: 4 },
    debtSide,
  ),
];

describe('portfolio CSV', () => {
  it('quotes and defuses team names as every CSV of the app does', () => {
    const text = portfolioCsv(portfolioOf(workshops), 'en');
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([...PORTFOLIO_CSV_COLUMNS]);
    expect(rows.some((row) => row[0] === `'=HYPERLINK("x")`)).toBe(true);
    expect(rows.some((row) => row[0] === 'Pagos, Bogotá')).toBe(true);
    expect(rows.every((row) => row.length === PORTFOLIO_CSV_COLUMNS.length)).toBe(true);
  });

  it('writes the same columns in every language, with labels and notes in that language', () => {
    const portfolio = portfolioOf(workshops);
    const notes = new Set<string>();
    for (const language of LANGUAGES) {
      const rows = parseCsv(portfolioCsv(portfolio, language));
      expect(rows[0]).toEqual([...PORTFOLIO_CSV_COLUMNS]);
      const hidden = rows.find((row) => row[0] === 'Pagos, Bogotá');
      const versions = rows.find((row) => row[3] === 'instruments');
      expect(hidden?.[11]).toMatch(/5/);
      notes.add(`${hidden?.[11] ?? ''}|${versions?.[4] ?? ''}|${versions?.[11] ?? ''}`);
      // Figures are numbers with a dot in every language, as in the other CSVs.
      const headline = rows.find((row) => row[3] === 'headline' && row[7] !== '');
      expect(headline?.[7]).toMatch(/^\d+(\.\d)?$/);
    }
    expect(notes.size).toBe(LANGUAGES.length);
  });

  it('is named after the latest workshop date', () => {
    expect(portfolioCsvFilename(portfolioOf(workshops))).toBe('portfolio-2026-03-04.csv');
  });
});
