import { describe, expect, it } from 'vitest';
import {
  INSTRUMENT_V2,
  INSTRUMENTS,
  SCALE_LABELS,
  type Instrument,
  type Localized,
  type ScaleLabels,
} from '../../../shared/instrument';

/** The languages being written for the instrument; they join LANGUAGES once the app speaks them. */
const NEW_LANGUAGES = ['de', 'fr'] as const;
type NewLanguage = (typeof NEW_LANGUAGES)[number];

/**
 * Texts that stay in English in German and French because they are names, not words: the
 * trademarked dimension name (docs/glossary.md). Anything else equal to the English is an
 * untranslated text.
 */
const SAME_AS_ENGLISH: readonly string[] = ['Human Debt'];

/** Every text of an instrument, with where it sits, so a failure names the place to fix. */
function textsOf(instrument: Instrument): { where: string; text: Localized }[] {
  const v = instrument.version;
  return [
    ...instrument.dimensions.map((d) => ({ where: `${v} dimension ${d.id} label`, text: d.label })),
    ...instrument.factors.flatMap((f) => [
      { where: `${v} factor ${f.id} label`, text: f.label },
      { where: `${v} factor ${f.id} prompt`, text: f.prompt },
    ]),
    ...instrument.items.flatMap((item) => [
      { where: `${v} ${item.id} text`, text: item.text },
      { where: `${v} ${item.id} note`, text: item.note },
    ]),
  ];
}

/** Every label the scale has in English: its points and the answers that are not a point. */
const SCALE_POINTS = Object.keys(SCALE_LABELS.en) as (keyof ScaleLabels)[];

/** Words that make a statement false at the first counter-example (docs/instrument.md, rule 4). */
const ABSOLUTES: Readonly<Record<NewLanguage, readonly string[]>> = {
  de: [
    'immer',
    'nie',
    'niemals',
    'jemals',
    'niemand',
    'nichts',
    'alle',
    'allen',
    'alles',
    'jeder',
    'jede',
    'jedes',
    'jedem',
    'jeden',
    'keiner',
    'irgendjemand',
  ],
  fr: [
    'toujours',
    'jamais',
    'personne ne',
    'rien',
    'aucun',
    'aucune',
    'tous',
    'toutes',
    'tout le monde',
    'chaque',
    'chacun',
    'n’importe',
  ],
};

/** The instrument's one referent, the team, as each language says it (rule 3). */
const REFERENT: Readonly<Record<NewLanguage, RegExp>> = {
  de: /\bunser(?:e[mnrs]?)? Team/i,
  fr: /notre équipe/i,
};

function containsWord(text: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  return new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'iu').test(text);
}

describe('German and French texts of the instrument', () => {
  it('gives every dimension, factor and statement of every version a German and a French text', () => {
    const missing: string[] = [];
    for (const instrument of INSTRUMENTS) {
      for (const { where, text } of textsOf(instrument)) {
        for (const lang of NEW_LANGUAGES) {
          if (!text[lang]?.trim()) missing.push(`${where} (${lang})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('translates every text rather than repeating the English, names aside', () => {
    const untranslated: string[] = [];
    for (const instrument of INSTRUMENTS) {
      for (const { where, text } of textsOf(instrument)) {
        for (const lang of NEW_LANGUAGES) {
          const own = text[lang];
          if (own === text.en && !SAME_AS_ENGLISH.includes(own)) {
            untranslated.push(`${where} (${lang}): ${own}`);
          }
        }
      }
    }
    expect(untranslated).toEqual([]);
  });

  it('labels every point of the scale in German and French', () => {
    for (const lang of NEW_LANGUAGES) {
      const labels = SCALE_LABELS[lang];
      expect(labels, lang).toBeDefined();
      for (const point of SCALE_POINTS) {
        const label = labels?.[point] ?? '';
        expect(label.trim(), `${lang} ${point}`).not.toBe('');
        expect(label, `${lang} ${point}`).not.toBe(SCALE_LABELS.en[point]);
      }
    }
  });

  it('asks every discussion prompt as a question and ends every statement with a full stop', () => {
    const faults: string[] = [];
    for (const instrument of INSTRUMENTS) {
      for (const lang of NEW_LANGUAGES) {
        for (const factor of instrument.factors) {
          if (!factor.prompt[lang]?.endsWith('?')) faults.push(`${factor.id} prompt (${lang})`);
        }
        for (const item of instrument.items) {
          if (!item.text[lang]?.endsWith('.')) faults.push(`${item.id} text (${lang})`);
        }
      }
    }
    expect(faults).toEqual([]);
  });

  it('writes clean typography: no stray spaces, curly apostrophes, French spacing before ?!:;', () => {
    const faults: string[] = [];
    for (const instrument of INSTRUMENTS) {
      for (const { where, text } of textsOf(instrument)) {
        for (const lang of NEW_LANGUAGES) {
          const own = text[lang] ?? '';
          if (/\s{2}|^\s|\s$|\s[.,]/.test(own)) faults.push(`${where} (${lang}) spacing`);
          if (own.includes("'")) faults.push(`${where} (${lang}) straight apostrophe`);
          // French puts a no-break space before these marks, so a line never starts with one.
          if (lang === 'fr' && /(?:^|[^\u00a0])[?!:;»]/.test(own)) {
            faults.push(`${where} (fr) no no-break space before ?!:;»`);
          }
        }
      }
    }
    expect(faults).toEqual([]);
  });
});

describe('German and French statements of 2.0.0 follow the rules of docs/instrument.md', () => {
  it('speak of one referent, the team (unser Team, notre équipe)', () => {
    for (const item of INSTRUMENT_V2.items) {
      for (const lang of NEW_LANGUAGES) {
        expect(item.text[lang], `${item.id} (${lang})`).toMatch(REFERENT[lang]);
      }
    }
  });

  it('use no absolutes', () => {
    for (const item of INSTRUMENT_V2.items) {
      for (const lang of NEW_LANGUAGES) {
        const text = item.text[lang] ?? '';
        const found = ABSOLUTES[lang].filter((word) => containsWord(text, word));
        expect({ id: item.id, lang, found }).toEqual({ id: item.id, lang, found: [] });
      }
    }
  });

  it('are one sentence of at most 160 characters, ending in a full stop', () => {
    for (const item of INSTRUMENT_V2.items) {
      for (const lang of NEW_LANGUAGES) {
        const text = item.text[lang] ?? '';
        expect(text.length, `${item.id} (${lang})`).toBeLessThanOrEqual(160);
        expect(text, `${item.id} (${lang})`).toMatch(/^\p{Lu}.*\.$/u);
        expect(text.slice(0, -1), `${item.id} (${lang}) has a second sentence`).not.toMatch(
          /[.;:!?]/,
        );
      }
    }
  });
});
