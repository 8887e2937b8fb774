import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every renderer locale file of every language, read from the folder itself rather than from
 * messages.ts: a translation is checked while it is being written, before it is offered. English
 * is the reference; each other language's `<feature>.<lang>.json` must carry exactly English's
 * keys (plural forms aside), the same placeholders, and no empty text.
 */
const FOLDER = join(__dirname, '../../src-renderer/i18n/locales');
const FILE_NAME = /^(?:(?<feature>[\w-]+)\.)?(?<lang>[a-z]{2})\.json$/;
const PLURAL = /_(zero|one|two|few|many|other)$/;

type Tree = { [key: string]: string | Tree };
type LocaleFile = { name: string; feature: string; lang: string; texts: Map<string, string> };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [inner, text] of flatten(value, path)) out.set(inner, text);
    } else out.set(path, `<not a text: ${JSON.stringify(value)}>`);
  }
  return out;
}

function readLocaleFiles(): LocaleFile[] {
  return readdirSync(FOLDER)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const groups = FILE_NAME.exec(name)?.groups;
      if (!groups?.lang) throw new Error(`${name}: not named <feature>.<lang>.json or <lang>.json`);
      const tree = JSON.parse(readFileSync(join(FOLDER, name), 'utf8')) as Tree;
      return { name, feature: groups.feature ?? '', lang: groups.lang, texts: flatten(tree) };
    });
}

const files = readLocaleFiles();
const english = new Map(files.filter((f) => f.lang === 'en').map((f) => [f.feature, f]));
const translations = files.filter((f) => f.lang !== 'en');
const languages = [...new Set(translations.map((f) => f.lang))].sort();

const baseKey = (key: string) => key.replace(PLURAL, '');
const pluralForm = (key: string) => PLURAL.exec(key)?.[1];
/** i18next placeholders, by name: `{{count}}`, `{{ n, number }}` → `count`, `n`. */
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]))].sort();

/** Plural families of a file: base key → the plural forms it gives. */
function pluralFamilies(texts: Map<string, string>): Map<string, string[]> {
  const families = new Map<string, string[]>();
  for (const key of texts.keys()) {
    const form = pluralForm(key);
    if (form) families.set(baseKey(key), [...(families.get(baseKey(key)) ?? []), form].sort());
  }
  return families;
}

/** The English text a translated key answers to: the same plural form, else English's "other". */
function englishCounterpart(reference: Map<string, string>, key: string): string | undefined {
  return reference.get(key) ?? reference.get(`${baseKey(key)}_other`);
}

describe('renderer locale files', () => {
  it('are all named <feature>.<lang>.json, and English has at least the main file', () => {
    expect(english.has('')).toBe(true);
    expect(files.length).toBeGreaterThan(english.size);
  });

  it('give every language that has begun a file for every feature English has', () => {
    const features = [...english.keys()].sort();
    for (const lang of languages) {
      const present = new Set(translations.filter((f) => f.lang === lang).map((f) => f.feature));
      const missing = features
        .filter((feature) => !present.has(feature))
        .map((feature) => (feature ? `${feature}.${lang}.json` : `${lang}.json`));
      expect({ lang, missing }).toEqual({ lang, missing: [] });
    }
  });

  it('translate only features English has', () => {
    const orphans = translations.filter((f) => !english.has(f.feature)).map((f) => f.name);
    expect(orphans).toEqual([]);
  });
});

describe.each(languages)('UI texts in %s', (lang) => {
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.slice().sort();
  const ofLanguage = translations.filter((f) => f.lang === lang && english.has(f.feature));

  describe.each(ofLanguage.map((f) => [f.name, f] as const))('%s', (_name, file) => {
    const reference = english.get(file.feature)?.texts ?? new Map<string, string>();

    it('has every English key and no other (plural forms aside)', () => {
      const expected = new Set([...reference.keys()].map(baseKey));
      const actual = new Set([...file.texts.keys()].map(baseKey));
      const missing = [...expected].filter((key) => !actual.has(key));
      const extra = [...actual].filter((key) => !expected.has(key));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it('gives exactly the plural forms the language needs where English has plural forms', () => {
      const englishFamilies = [...pluralFamilies(reference).keys()].sort();
      const families = pluralFamilies(file.texts);
      expect([...families.keys()].sort()).toEqual(englishFamilies);
      for (const [key, forms] of families) {
        expect({ key, forms }).toEqual({ key, forms: categories });
      }
    });

    it('uses the same placeholders as English in every text', () => {
      const differing = [...file.texts]
        .map(([key, text]) => ({
          key,
          english: placeholders(englishCounterpart(reference, key) ?? ''),
          translated: placeholders(text),
        }))
        .filter(({ english: want, translated }) => want.join() !== translated.join());
      expect(differing).toEqual([]);
    });

    it('leaves no text empty', () => {
      const empty = [...file.texts].filter(([, text]) => text.trim() === '').map(([key]) => key);
      expect(empty).toEqual([]);
    });
  });
});
