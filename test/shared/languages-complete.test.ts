import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoWorkshopFile } from '../../shared/demo/demo-workshop';
import { LANGUAGES } from '../../shared/domain/workshop';
import { INSTRUMENT_V1, INSTRUMENT_V2 } from '../../shared/instrument';
import { scoreWorkshop } from '../../shared/scoring';

/**
 * Every text the app speaks exists in every language it offers: a missing German or French text
 * fails here, by where it sits, before anyone meets an English word in a German report.
 * `shared/` is read whole (every exported value of every module), so a new table of texts is
 * checked without being listed here.
 */
const SHARED = join(__dirname, '../../shared');

/** Every module of `shared/`, by its path there. */
async function sharedModules(): Promise<[string, Record<string, unknown>][]> {
  const paths = readdirSync(SHARED, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts') && !path.endsWith('.d.ts'))
    .sort();
  return Promise.all(
    paths.map(async (path): Promise<[string, Record<string, unknown>]> => [
      path,
      (await import(join(SHARED, path))) as Record<string, unknown>,
    ]),
  );
}

/** Where each text in a value lacks a language: `module EXPORT.path.de`. */
function missingTexts(value: unknown, where: string, seen = new Set<unknown>()): string[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  const record = value as Record<string, unknown>;
  // A text in every language is an object with an English and a Spanish string.
  if (typeof record.en === 'string' && typeof record.es === 'string') {
    return LANGUAGES.filter((lang) => {
      const text = record[lang];
      return typeof text !== 'string' || (record.en !== '' && text.trim() === '');
    }).map((lang) => `${where}.${lang}`);
  }
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((entry: unknown, index): [string, unknown] => [String(index), entry])
    : value instanceof Map
      ? [...(value as Map<unknown, unknown>).entries()].map(([key, entry]): [string, unknown] => [
          String(key),
          entry,
        ])
      : Object.entries(record);
  return entries.flatMap(([key, entry]) => missingTexts(entry, `${where}.${key}`, seen));
}

describe('every language the app offers', () => {
  it('has German and French among them', () => {
    expect(LANGUAGES).toEqual(expect.arrayContaining(['en', 'es', 'de', 'fr']));
  });

  it('has every text shared/ exports: report, cards, consequences, catalogue, charts, instruments', async () => {
    const modules = await sharedModules();
    expect(modules.length).toBeGreaterThan(50);
    const missing = modules.flatMap(([path, exports]) =>
      Object.entries(exports).flatMap(([name, value]) => missingTexts(value, `${path} ${name}`)),
    );
    expect(missing).toEqual([]);
  });

  it.each([INSTRUMENT_V1, INSTRUMENT_V2])(
    'has every finding the demo room produces on instrument $version',
    (instrument) => {
      const result = scoreWorkshop(demoWorkshopFile({ instrument }), instrument);
      expect(result.findings.length).toBeGreaterThan(0);
      expect(missingTexts(result.findings, 'findings')).toEqual([]);
    },
  );

  it.each(LANGUAGES.filter((lang) => lang !== 'en'))(
    'writes the demo workshop in %s, not in English',
    (language) => {
      const english = demoWorkshopFile({ language: 'en' });
      const translated = demoWorkshopFile({ language });
      expect(translated.workshop.title).not.toBe(english.workshop.title);
      expect(translated.workshop.notes).not.toBe(english.workshop.notes);
      const titles = (file: typeof english) => [
        ...file.realityCheck.map((entry) => entry.title),
        ...file.decisions.map((entry) => entry.title),
      ];
      const same = titles(translated).filter((title) => titles(english).includes(title));
      expect(same).toEqual([]);
    },
  );

  it('has the renderer locale files of every feature', () => {
    const folder = join(__dirname, '../../src-renderer/i18n/locales');
    const names = new Set(readdirSync(folder));
    const features = [...names]
      .map((name) => /^(?:([\w-]+)\.)?en\.json$/.exec(name))
      .filter((match) => match !== null)
      .map((match) => match[1]);
    const missing = LANGUAGES.flatMap((lang) =>
      features
        .map((feature) => (feature ? `${feature}.${lang}.json` : `${lang}.json`))
        .filter((name) => !names.has(name)),
    );
    expect(missing).toEqual([]);
  });
});
