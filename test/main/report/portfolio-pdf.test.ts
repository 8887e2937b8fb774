import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/domain/workshop';
import type { PortfolioResult } from '../../../shared/portfolio/types';
import { whatFirst } from '../../../shared/report/portfolio/decision';
import { portfolioText } from '../../../shared/report/portfolio/texts';
import { renderPortfolioPdf } from '../../../shared/report/portfolio/render-portfolio-pdf';
import { loadReportFonts } from '../../../src-main/report/fonts';
import { readPdfText } from '../../../src-main/report/pdf-text';
import { ENGLISH_PHRASES } from '../../helpers/english-report-phrases';
import { largePortfolioFixture } from '../../helpers/portfolio-fixture';
import {
  FIXTURE_TEAMS,
  portfolioFixture,
  withheldPortfolio,
} from '../../helpers/portfolio-report-fixture';
import { reportViolations } from '../../helpers/report-layout';

const dir = mkdtempSync(join(tmpdir(), 'edw-portfolio-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const GENERATED_AT = '2026-11-26T09:00:00Z';

/** A consultant's branding as the branding screen stores it (no logo: its text is none). */
const BRANDING = {
  firmName: 'Harbourline Consulting',
  footer: 'Harbourline Consulting · harbourline.example',
  accent: '#7a1f5c',
  accentText: '#ffffff',
  logo: null,
};

function render(portfolio: PortfolioResult, language: Language, branded = false): Uint8Array {
  return renderPortfolioPdf(
    { portfolio, language, generatedAt: GENERATED_AT, client: 'Northwind Bank' },
    { fonts: loadReportFonts(), ...(branded ? { branding: BRANDING } : {}) },
  );
}

let counter = 0;
/** The PDF's pages as poppler prints them (`-layout` keeps each row of a table on one line). */
function pagesOf(pdf: Uint8Array): string[] {
  const file = join(dir, `p${counter++}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f');
}

/** Whitespace of wrapped lines made single spaces, so a sentence reads as one. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

const phrase = (text: string) =>
  new RegExp(`(?<![\\p{L}])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu');

/** A figure as the report prints one: a number with one decimal, in either decimal style. */
const FIGURE = /(?<![\d.,])\d{1,3}[.,]\d(?![\d.,])/g;

/** Phrases of the English portfolio report itself that a German or French one must not print. */
const PORTFOLIO_ENGLISH = [
  'Team portfolio',
  'How bad',
  'what the teams share',
  'What first',
  'Start with',
  'is high in',
  'fewer than',
  'answered',
  'Teams side by side',
  'The four dimensions',
  'Systemic and local patterns',
  'Change over time',
  'Method and attribution',
  'The workshop behind each team',
  'Not on the map',
];

describe('the portfolio PDF', () => {
  it.each([
    ['en', 'fewer than 5 answered: no figures'],
    ['es', 'respondieron menos de 5: sin cifras'],
  ] as const)(
    'in %s: page one is the decision, names every team and says the withheld one has fewer than k',
    (language, withheldText) => {
      const portfolio = portfolioFixture();
      const [first = ''] = pagesOf(render(portfolio, language));
      expect(flat(first)).toContain(flat(whatFirst(portfolio, language)));
      for (const team of FIXTURE_TEAMS) expect(first).toContain(team);
      const withheld = portfolio.teams.find((team) => team.withheld);
      expect(withheld?.label).toBe('Data platform');
      const row = first.split('\n').find((line) => line.includes('Data platform')) ?? '';
      expect(row).toContain(withheldText);
      // Its row carries no figure and no n: the only number in it is k.
      expect(row.replace(withheldText, '').match(/\d/g)).toBeNull();
      // Page one shows one index per shown team, each with its n.
      const shown = portfolio.teams.filter((team) => !team.withheld);
      expect(first.match(/\bn ?= ?\d+/g)).toHaveLength(shown.length);
    },
  );

  it('prints exactly the shown cells on the heatmap page: a hidden cell never becomes a figure', () => {
    const portfolio = portfolioFixture();
    const pages = pagesOf(render(portfolio, 'en'));
    const heatmap = pages[1] ?? '';
    const shownCells = portfolio.teams.reduce(
      (sum, team) => sum + team.cells.filter((cell) => cell.shown).length,
      0,
    );
    const hiddenCells = portfolio.teams.reduce(
      (sum, team) => sum + team.cells.filter((cell) => !cell.shown).length,
      0,
    );
    expect(heatmap.match(FIGURE)).toHaveLength(shownCells);
    // Each hidden cell is marked <5, and the intro names the mark once.
    expect(heatmap.match(/<5/g)).toHaveLength(hiddenCells + 1);
  });

  it.each(['en', 'de'] as const)(
    'in %s, twenty teams still fit the whole decision on page one, down to how sure',
    (language) => {
      const portfolio = portfolioFixture({ teams: 20 });
      const [first = ''] = pagesOf(render(portfolio, language));
      for (const team of portfolio.teams) expect(first).toContain(team.label);
      const trends = portfolio.teams.filter((team) => team.trend.length > 1).length;
      expect(flat(first)).toContain(portfolioText('sureTrend', language, { count: trends }));
    },
  );

  it('says when instrument versions differ and names the factors left out', () => {
    const [first = ''] = pagesOf(render(portfolioFixture({ mixedVersions: true }), 'en'));
    const text = flat(first);
    expect(text).toContain('compared only on the factors all versions share');
    expect(text).toContain('1.0.0 and 2.0.0');
    expect(text).toMatch(/Left out: .*Trust within the team/);
  });

  it('with no team above k, says plainly that nothing can be concluded', () => {
    const portfolio = withheldPortfolio();
    const [first = ''] = pagesOf(render(portfolio, 'en'));
    expect(flat(first)).toContain('Nothing can be concluded yet');
    expect(first.match(FIGURE)).toBeNull();
  });

  it('with no systemic pattern, starts with the team of the highest index', () => {
    const portfolio = { ...portfolioFixture(), patterns: [] };
    const sentence = whatFirst(portfolio, 'en');
    expect(sentence).toMatch(/^Start with Payments: its index of 63\.4 \(Compounding\)/);
    expect(flat(pagesOf(render(portfolio, 'en'))[0] ?? '')).toContain(sentence);
  });

  it('credits the framework to Duena Blomstrom (PeopleNotTech) on page one and the method page', () => {
    const pages = pagesOf(render(portfolioFixture(), 'en'));
    expect(flat(pages[0] ?? '')).toContain('Duena Blomstrom (PeopleNotTech)');
    const method = flat(pages.filter((page) => page.trim() !== '').at(-1) ?? '');
    expect(method).toContain(
      'Human Debt™ and Execution Debt™ are concepts originated by Duena Blomstrom',
    );
  });

  it('the English portfolio prints the phrases the German and French ones are checked for', () => {
    const text = flat(pagesOf(render(portfolioFixture(), 'en')).join(' '));
    expect(PORTFOLIO_ENGLISH.filter((english) => !phrase(english).test(text))).toEqual([]);
  });

  it.each(['de', 'fr'] as const)('in %s prints no English phrase', (language) => {
    const text = flat(
      pagesOf(render(portfolioFixture({ mixedVersions: true }), language)).join(' '),
    );
    const leaked = [...ENGLISH_PHRASES, ...PORTFOLIO_ENGLISH].filter((english) =>
      phrase(english).test(text),
    );
    expect(leaked).toEqual([]);
    // Decimals with a comma, dates in the language.
    expect(text.match(/(?<![\d.,])\d+\.\d(?![\d.,])/g) ?? []).toEqual([]);
    expect(text).toContain(language === 'de' ? '20. November 2026' : '20 novembre 2026');
  });
});

describe('portfolio PDF layout, read back from the PDF', () => {
  const cases: [string, () => PortfolioResult][] = [
    ['six teams, one withheld', () => portfolioFixture()],
    ['mixed instrument versions', () => portfolioFixture({ mixedVersions: true })],
    ['every team withheld', withheldPortfolio],
    ['twenty teams of fifteen', () => largePortfolioFixture(20)],
    ['twenty teams with follow-ups', () => portfolioFixture({ teams: 20 })],
  ];
  it.each(['en', 'de'] as const)(
    'branded, %s: the firm on every page, and the same layout rules',
    async (language) => {
      const pdf = render(portfolioFixture(), language, true);
      const pages = await readPdfText(pdf);
      // The firm's name sits on the accent band at the paper's top edge, as on the one-team
      // report's page one: a bleed band, not text in the margin.
      const band = 'page 1: "Harbourline Consulting" prints outside the printable area';
      expect(reportViolations(pages).filter((problem) => problem !== band)).toEqual([]);
      for (const page of pagesOf(pdf).filter((text) => text.trim() !== '')) {
        expect(page).toContain('Harbourline Consulting');
      }
    },
  );
  for (const [name, make] of cases) {
    it.each(['en', 'es', 'de', 'fr'] as const)(
      `${name}, %s: no blank page, stranded heading, overlap, text off the page or cut word`,
      async (language) => {
        const pages = await readPdfText(render(make(), language));
        expect(reportViolations(pages)).toEqual([]);
      },
    );
  }
});
