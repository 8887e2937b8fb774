/** The `WorkshopDraft` schema's limit for a title, in characters. */
export const TITLE_MAX = 200;

/**
 * The title with `suffix` (" (copy)", " (follow-up)"), the title shortened so the suffix still
 * fits the limit: a derived workshop must be savable again as it is.
 */
export function suffixedTitle(title: string, suffix: string): string {
  const room = TITLE_MAX - Array.from(suffix).length;
  const chars = Array.from(title);
  const base = chars.length > room ? chars.slice(0, room).join('').trimEnd() : title;
  return `${base}${suffix}`;
}
