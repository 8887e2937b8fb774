/** A file-system-safe form of a workshop title (accents dropped, words joined by "-"), or "workshop". */
export function titleSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    // A cut can end on a separator: never leave the name ending in "-".
    .replace(/-+$/, '');
  return slug || 'workshop';
}
