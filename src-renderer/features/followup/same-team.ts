/** Team names compared the way the service compares them: trimmed, case- and accent-insensitive. */
export function teamKey(team: string): string {
  return team.trim().normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
