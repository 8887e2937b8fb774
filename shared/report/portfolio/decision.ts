import type { Language } from '../../domain/workshop';
import type { PortfolioPattern, PortfolioResult, PortfolioTeam } from '../../portfolio/types';
import { BANDS } from '../../scoring/constants';
import { formatFigure } from '../texts';
import { bandLabel, factorName } from './labels';
import { joinList, portfolioText } from './texts';

/** A team's headline as page one prints it, or null when the team shows none. */
export interface TeamHeadline {
  team: PortfolioTeam;
  /** Shown: the value, its interval and n. Null: withheld (below k) or no headline. */
  shown: Extract<PortfolioTeam['cells'][number], { shown: true }> | null;
}

/** Each team with its headline cell (the `headline` column), in the portfolio's team order. */
export function teamHeadlines(portfolio: PortfolioResult): TeamHeadline[] {
  const column = portfolio.columns.findIndex((candidate) => candidate.kind === 'headline');
  return portfolio.teams.map((team) => {
    const cell = column >= 0 && !team.withheld ? team.cells[column] : undefined;
    return { team, shown: cell?.shown ? cell : null };
  });
}

/** Systemic patterns, the one with most high teams first (then the larger share, then by name). */
export function systemicPatterns(portfolio: PortfolioResult): PortfolioPattern[] {
  return portfolio.patterns
    .filter((pattern) => pattern.kind === 'systemic')
    .sort(
      (a, b) =>
        b.highTeams.length - a.highTeams.length ||
        b.highTeams.length / Math.max(1, b.shownTeams) -
          a.highTeams.length / Math.max(1, a.shownTeams) ||
        (a.factor < b.factor ? -1 : a.factor > b.factor ? 1 : 0),
    );
}

/** One line of "why": "Decision replay is high in 5 of 6 teams". */
export function patternLine(pattern: PortfolioPattern, language: Language): string {
  return portfolioText('patternHigh', language, {
    factor: factorName(pattern.factor, language),
    high: pattern.highTeams.length,
    shown: pattern.shownTeams,
  });
}

/** The line that sums up page one: how many teams are in which band, and how many are withheld. */
export function overviewSentence(portfolio: PortfolioResult, language: Language): string {
  const headlines = teamHeadlines(portfolio);
  const shown = headlines.filter((entry) => entry.shown !== null);
  const bands = [...BANDS]
    .reverse()
    .map((band) => ({ band, count: shown.filter((entry) => entry.shown?.band === band).length }))
    .filter((entry) => entry.count > 0)
    .map((entry) =>
      portfolioText('bandCount', language, {
        count: entry.count,
        band: bandLabel(entry.band, language),
      }),
    );
  const withheld = portfolio.teams.filter((team) => team.withheld).length;
  const k = portfolio.anonymityThreshold;
  const head = portfolioText('overview', language, {
    shown: shown.length,
    teams: portfolio.teams.length,
    bands: bands.length > 0 ? joinList(bands, language) : '–',
  });
  return withheld > 0
    ? `${head}${portfolioText('overviewWithheld', language, { withheld, k })}`
    : head;
}

/**
 * What to do first, as one sentence that follows from the figures: the systemic pattern high in
 * most teams; else the team with the highest shown index; else that nothing can be concluded.
 */
export function whatFirst(portfolio: PortfolioResult, language: Language): string {
  const [top] = systemicPatterns(portfolio);
  if (top) {
    return portfolioText('firstSystemic', language, {
      factor: factorName(top.factor, language),
      high: top.highTeams.length,
      shown: top.shownTeams,
    });
  }
  const highest = teamHeadlines(portfolio)
    .filter((entry) => entry.shown !== null)
    .sort((a, b) => (b.shown?.value ?? 0) - (a.shown?.value ?? 0))[0];
  if (highest?.shown) {
    return portfolioText('firstTeam', language, {
      team: highest.team.label,
      value: formatFigure(highest.shown.value, language),
      band: bandLabel(highest.shown.band, language),
    });
  }
  return portfolioText('firstNothing', language, { k: portfolio.anonymityThreshold });
}
