import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParticipantLineErrorKind } from '../../shared/domain/participant-list';
import { DEFAULT_ROLE_GROUPS, LANGUAGES, WORKSHOP_STATUSES } from '../../shared/domain/workshop';
import { messages } from '../../src-renderer/i18n/messages';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [inner, text] of flatten(value, path)) out.set(inner, text);
  }
  return out;
}

const locales: Record<string, Map<string, string>> = Object.fromEntries(
  LANGUAGES.map((lng) => [lng, flatten(messages[lng] as Tree)]),
);
const PLURAL = /_(zero|one|two|few|many|other)$/;
const baseKey = (key: string) => key.replace(PLURAL, '');
const baseKeys = (lng: string) => new Set([...(locales[lng]?.keys() ?? [])].map(baseKey));
const variables = (text: string) =>
  [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

/** Whether a key the code asks for resolves, directly or through its plural forms. */
function resolves(lng: string, key: string): boolean {
  const messages = locales[lng];
  return Boolean(messages?.has(key) || messages?.has(`${key}_other`));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('UI texts in every language the app offers', () => {
  it('have the same keys, apart from the plural forms each language needs', () => {
    for (const lng of LANGUAGES) {
      expect({ lng, keys: [...baseKeys(lng)].sort() }).toEqual({
        lng,
        keys: [...baseKeys('en')].sort(),
      });
    }
  });

  it('give every plural key exactly the forms the language’s plural rules select', () => {
    for (const lng of LANGUAGES) {
      const categories = new Intl.PluralRules(lng)
        .resolvedOptions()
        .pluralCategories.slice()
        .sort();
      const families = new Map<string, string[]>();
      for (const key of locales[lng]?.keys() ?? []) {
        const match = key.match(PLURAL);
        if (!match?.[1]) continue;
        families.set(baseKey(key), [...(families.get(baseKey(key)) ?? []), match[1]]);
      }
      expect(families.size).toBeGreaterThan(0);
      for (const [key, forms] of families) {
        expect({ lng, key, forms: forms.sort() }).toEqual({ lng, key, forms: categories });
      }
    }
  });

  it('leave no text empty', () => {
    for (const [lng, messages] of Object.entries(locales)) {
      for (const [key, text] of messages)
        expect({ lng, key, empty: text.trim() === '' }).toEqual({ lng, key, empty: false });
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of locales.en ?? []) {
      const spanish = locales.es?.get(key) ?? locales.es?.get(key.replace(PLURAL, '_other'));
      expect({ key, vars: variables(spanish ?? '') }).toEqual({ key, vars: variables(text) });
    }
  });

  it('are actually translated: most Spanish texts differ from the English ones', () => {
    // Texts without words (numbers, symbols, "n = {{n}}") read the same in every language.
    const hasWords = (text: string) => /\p{L}{3,}/u.test(text.replace(/\{\{[^}]*\}\}/g, ''));
    const english = new Map([...(locales.en ?? [])].filter(([, text]) => hasWords(text)));
    const same = [...english]
      .filter(([key, text]) => locales.es?.get(key) === text)
      .map(([key]) => key);
    // Words that are spelled the same in both languages (e.g. "Alias") are fine; a block is not.
    expect(same.length / english.size).toBeLessThan(0.05);
  });

  it('carry the framework attribution in both languages', () => {
    expect(locales.en?.get('about.attribution')).toBe(
      'Human Debt™ and Execution Debt™ are concepts originated by Duena Blomstrom and applied through PeopleNotTech. This app applies the Execution Debt framework; all questions and texts in it are our own.',
    );
    const spanish = locales.es?.get('about.attribution') ?? '';
    for (const name of ['Human Debt™', 'Execution Debt™', 'Duena Blomstrom', 'PeopleNotTech']) {
      expect(spanish).toContain(name);
    }
  });

  it('cover every key the renderer asks for by name', () => {
    const namespaces = Object.keys(messages.en);
    const keyPattern = new RegExp(`['\`]((?:${namespaces.join('|')})(?:\\.[A-Za-z_]+)+)['\`]`, 'g');
    const used = new Set<string>();
    for (const file of sourceFiles(join(__dirname, '../../src-renderer'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(keyPattern)) {
        if (match[1]) used.add(match[1]);
      }
    }
    expect(used.size).toBeGreaterThan(100);
    for (const lng of LANGUAGES) {
      const missing = [...used].filter((key) => !resolves(lng, key));
      expect({ lng, missing }).toEqual({ lng, missing: [] });
    }
  });

  it('cover every key the renderer builds from domain values', () => {
    const kinds: ParticipantLineErrorKind[] = [
      'unknown_role',
      'missing_role',
      'too_many_fields',
      'alias_too_long',
      'name_too_long',
      'duplicate_alias',
    ];
    const built = [
      ...WORKSHOP_STATUSES.map((status) => `statuses.${status}`),
      ...DEFAULT_ROLE_GROUPS.map((role) => `roles.${role}`),
      ...LANGUAGES.map((code) => `languages.${code}`),
      ...kinds.map((kind) => `paste.errors.${kind}`),
      ...['ipc', 'http'].map((transport) => `about.modes.${transport}`),
      ...['alias', 'role', 'name'].map((field) => `participants.fields.${field}`),
    ];
    for (const lng of LANGUAGES) {
      expect({ lng, missing: built.filter((key) => !resolves(lng, key)) }).toEqual({
        lng,
        missing: [],
      });
    }
  });
});
