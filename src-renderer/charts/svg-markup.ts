/**
 * SVG written as markup, for a chart's hundreds of alike marks (the portfolio heatmap's cells):
 * the browser's parser makes two thousand elements in one go, where React makes them one by one
 * and sets each attribute from script. Every text and attribute value written so passes through
 * `escapeMarkup`, so a team or factor name can never become markup.
 */

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text or an attribute value as markup that says exactly it. */
export function escapeMarkup(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}
