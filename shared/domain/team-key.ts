/**
 * A team (or client) name as the app compares it: trimmed, case- and accent-insensitive, so
 * "Équipe Paiements " and "equipe paiements" are one team. The follow-up trend, the portfolio and
 * the portfolio's client selection all compare names this one way.
 */
export function teamKey(team: string): string {
  return team.trim().normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
