import type { TFunction } from 'i18next';

/**
 * A translated sentence turned into a plain function of its placeholders, translated once: a
 * chart with hundreds of marks (the portfolio heatmap has one per team and column) would otherwise
 * run i18next's lookup and interpolation once per mark on every draw. Only for texts without
 * plural forms, whose wording does not depend on the values.
 */
export function sentenceTemplate<K extends string>(
  t: TFunction,
  key: string,
  fields: readonly K[],
  fixed: Record<string, string | number> = {},
): (values: Record<K, string | number>) => string {
  const token = (field: string) => `\u0000${field}\u0000`;
  const markers: Record<string, string> = {};
  for (const field of fields) markers[field] = token(field);
  const pattern = t(key, { ...fixed, ...markers });
  const parts = pattern.split('\u0000');
  // Odd parts are field names, even ones the text between them.
  return (values) => {
    let out = '';
    parts.forEach((part, index) => {
      out += index % 2 === 0 ? part : String(values[part as K] ?? '');
    });
    return out;
  };
}
