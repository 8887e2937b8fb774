// Heuristics of the portfolio's patterns (docs/scoring.md, "Portfolio"). "Clearly high" itself is
// not set here: it is the factor finding's own rule (`clearlyDebt`, SURVEY_TRIGGER), so a team's
// report and the portfolio never disagree on whether a factor is on the debt side.

/**
 * A factor is systemic only when at least this many teams show it: with two teams, "high in both"
 * is two rooms, not a pattern of the organisation.
 */
export const PORTFOLIO_SYSTEMIC_MIN_TEAMS = 3;
/** ...and it is clearly high in at least this share of the teams that show it ("5 of 6 teams"). */
export const PORTFOLIO_SYSTEMIC_SHARE = 0.5;
