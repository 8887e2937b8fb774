import { describe, expect, it } from 'vitest';
import { FACTOR_LINKS } from '../../shared/charts/factor-links';
import { LANGUAGES } from '../../shared/domain/workshop';
import {
  DIMENSION_PREFIX,
  DIMENSIONS,
  FACTORS,
  INSTRUMENT_V1,
  INSTRUMENT_V2,
  INSTRUMENTS,
  getInstrument,
  itemsOf,
  type Factor,
  type Localized,
} from '../../shared/instrument';
import { CATALOGUE } from '../../shared/interventions';
import { FACTOR_SHORT } from '../../shared/charts/factor-names';

const instrument = INSTRUMENT_V2;
const allFactors = DIMENSIONS.flatMap((dimension) =>
  FACTORS[dimension].map((factor) => ({ dimension, factor: factor as Factor })),
);
const factorKey = (dimension: (typeof DIMENSIONS)[number], factor: string) =>
  `${DIMENSION_PREFIX[dimension]}.${factor}`;

/**
 * Absolutes a participant cannot honestly agree with ("every", "never"): one counter-example
 * makes the statement false, so they measure how literally people read rather than the debt.
 */
// German and French absolutes are checked with their other rules (./instrument/languages.test.ts).
const ABSOLUTES: Readonly<Record<'en' | 'es', readonly string[]>> = {
  en: [
    'every',
    'everyone',
    'everybody',
    'everything',
    'always',
    'never',
    'nobody',
    'no one',
    'none',
    'nothing',
    'anyone',
    'anybody',
    'any of us',
    'all',
    'each',
  ],
  es: [
    'siempre',
    'nunca',
    'jamás',
    'nadie',
    'nada',
    'ningún',
    'ninguno',
    'ninguna',
    'todos',
    'todas',
    'todo el mundo',
    'cualquiera',
    'cada',
  ],
};

function containsWord(text: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  return new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'iu').test(text);
}

function expectBilingual(value: Localized, where: string): void {
  for (const lang of LANGUAGES) {
    expect(value[lang].trim(), `${where} (${lang}) is empty`).not.toBe('');
  }
  expect(value.es, `${where}: Spanish is a copy of the English`).not.toBe(value.en);
}

describe('instrument 2.0.0 registration', () => {
  it('is listed after 1.0.0 and found by its version, while 1.0.0 still resolves', () => {
    expect(instrument.version).toBe('2.0.0');
    expect(INSTRUMENTS).toEqual([INSTRUMENT_V1, INSTRUMENT_V2]);
    expect(getInstrument('2.0.0')).toBe(INSTRUMENT_V2);
    expect(getInstrument('1.0.0')).toBe(INSTRUMENT_V1);
    expect(INSTRUMENT_V1.items).toHaveLength(63);
  });

  it('cannot be altered by a caller', () => {
    const item = instrument.items[0];
    expect(() => {
      if (item) (item as { keyed: string }).keyed = 'health';
    }).toThrow(TypeError);
    expect(() => {
      if (item) instrument.items.push(item);
    }).toThrow(TypeError);
  });
});

describe('instrument 2.0.0 structure', () => {
  it('describes every dimension and every factor of types.ts, in that order', () => {
    expect(instrument.dimensions.map((d) => d.id)).toEqual([...DIMENSIONS]);
    expect(instrument.factors.map((f) => `${f.dimension}/${f.id}`)).toEqual(
      allFactors.map(({ dimension, factor }) => `${dimension}/${factor}`),
    );
  });

  it('keeps the label and prompt of every factor that continues from 1.0.0', () => {
    for (const earlier of INSTRUMENT_V1.factors) {
      const now = instrument.factors.find((factor) => factor.id === earlier.id);
      expect(now, earlier.id).toEqual(earlier);
    }
    const added = instrument.factors
      .filter((factor) => !INSTRUMENT_V1.factors.some((earlier) => earlier.id === factor.id))
      .map((factor) => factorKey(factor.dimension, factor.id));
    expect(added).toEqual(['hd.trust', 'hd.learning', 'hd.autonomy', 'td.coordination']);
  });

  it('gives every statement a unique id that matches its dimension and factor, numbered 1..n', () => {
    const ids = instrument.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of instrument.items) {
      const [prefix, factor] = item.id.split('.');
      expect(item.id).toMatch(/^(hd|td|dv|er)\.[a-z]+\.[1-9]\d*$/);
      expect(prefix).toBe(DIMENSION_PREFIX[item.dimension]);
      expect(factor).toBe(item.factor);
    }
    for (const { factor } of allFactors) {
      const numbers = itemsOf(instrument, { factor }).map((item) => Number(item.id.split('.')[2]));
      expect(numbers).toEqual(numbers.map((_, index) => index + 1));
    }
  });

  it('lists statements grouped by dimension then factor, in the order of types.ts', () => {
    const order = instrument.items.map((item) => `${item.dimension}/${item.factor}`);
    const grouped = allFactors.flatMap(({ dimension, factor }) =>
      itemsOf(instrument, { factor }).map(() => `${dimension}/${factor}`),
    );
    expect(order).toEqual(grouped);
  });

  it('fits in about 20 minutes: 3 to 4 statements a factor, at most 72 in all', () => {
    for (const { factor } of allFactors) {
      const count = itemsOf(instrument, { factor }).length;
      expect({ factor, count: Math.min(Math.max(count, 3), 4) }).toEqual({ factor, count });
    }
    expect(instrument.items.length).toBeLessThanOrEqual(72);
  });

  it('has statements of both keyings in every factor', () => {
    for (const { factor } of allFactors) {
      const keys = new Set(itemsOf(instrument, { factor }).map((item) => item.keyed));
      expect({ factor, keys: [...keys].sort() }).toEqual({ factor, keys: ['debt', 'health'] });
    }
  });

  it('places an all-agree room and an all-disagree room within 5 points in every dimension', () => {
    // A dimension is the mean of its factors and a factor the mean of its statements' debt scores
    // (docs/scoring.md), so response style cancels only if the factors' keyings balance out too.
    const level = (dimension: (typeof DIMENSIONS)[number], agree: boolean) => {
      const factors = instrument.factors.filter((factor) => factor.dimension === dimension);
      const means = factors.map((factor) => {
        const items = itemsOf(instrument, { factor: factor.id });
        const debt = items.filter((item) => (item.keyed === 'debt') === agree).length;
        return (100 * debt) / items.length;
      });
      return means.reduce((sum, mean) => sum + mean, 0) / means.length;
    };
    for (const dimension of DIMENSIONS) {
      const gap = Math.abs(level(dimension, true) - level(dimension, false));
      expect({ dimension, within5: gap <= 5 }).toEqual({ dimension, within5: true });
    }
  });

  it('keys 40–60 % of each dimension’s statements as health', () => {
    for (const dimension of DIMENSIONS) {
      const items = itemsOf(instrument, { dimension });
      const share = items.filter((item) => item.keyed === 'health').length / items.length;
      expect({ dimension, balanced: share >= 0.4 && share <= 0.6 }).toEqual({
        dimension,
        balanced: true,
      });
    }
  });
});

describe('instrument 2.0.0 wording', () => {
  it('has text, note, label and prompt in English and Spanish everywhere', () => {
    for (const item of instrument.items) {
      expectBilingual(item.text, `${item.id} text`);
      expectBilingual(item.note, `${item.id} note`);
    }
    for (const factor of instrument.factors) {
      expectBilingual(factor.label, `${factor.id} label`);
      expectBilingual(factor.prompt, `${factor.id} prompt`);
      expect(factor.prompt.en, factor.id).toMatch(/\?$/);
      expect(factor.prompt.es, factor.id).toMatch(/^[^?]*¿[^?]+\?$/);
    }
  });

  it('writes one short sentence per statement, ending in a full stop', () => {
    for (const item of instrument.items) {
      for (const lang of LANGUAGES) {
        const text = item.text[lang];
        expect(text.length, `${item.id} (${lang})`).toBeLessThanOrEqual(160);
        expect(text, item.id).toMatch(/^[\p{Lu}¿].*\.$/u);
        expect(text.slice(0, -1), `${item.id} (${lang}) has a second sentence`).not.toMatch(
          /[.;:!?]/,
        );
        expect(text, item.id).not.toMatch(/\s{2}|\s[.,]|^\s|\s$/);
      }
    }
  });

  it('uses no absolutes in English or Spanish', () => {
    for (const item of instrument.items) {
      for (const lang of ['en', 'es'] as const) {
        const found = ABSOLUTES[lang].filter((word) => containsWord(item.text[lang], word));
        expect({ id: item.id, lang, found }).toEqual({ id: item.id, lang, found: [] });
      }
    }
  });

  it('speaks of one referent, the team, in every statement', () => {
    for (const item of instrument.items) {
      expect(item.text.en, item.id).toMatch(/\bour team\b/i);
      expect(item.text.es, item.id).toMatch(/nuestro equipo/i);
    }
  });

  it('asks about tendencies, not counted events, since every statement uses the agreement scale', () => {
    for (const item of instrument.items) {
      expect(item.text.en, item.id).not.toMatch(/\blast (few|three|six) months\b/i);
      expect(item.text.es, item.id).not.toMatch(/últimos (tres |seis )?meses/i);
    }
  });

  it('never repeats a statement in either language', () => {
    for (const lang of LANGUAGES) {
      const texts = instrument.items.map((item) => item.text[lang].toLowerCase());
      expect(new Set(texts).size).toBe(texts.length);
    }
  });
});

describe('instrument 2.0.0 factors elsewhere in the app', () => {
  const keys = instrument.factors.map((factor) => ({
    key: factorKey(factor.dimension, factor.id),
    prefix: DIMENSION_PREFIX[factor.dimension],
    id: factor.id,
  }));
  it('has a short chart label in English and Spanish, one list for the report and the UI', () => {
    for (const { key } of keys) {
      expect(FACTOR_SHORT[key]?.en, key).toBeTruthy();
      expect(FACTOR_SHORT[key]?.es, key).toBeTruthy();
    }
  });

  it('can trigger an intervention from every factor', () => {
    const triggering = new Set(CATALOGUE.interventions.flatMap((i) => i.triggers.factors));
    for (const { key } of keys)
      expect({ key, covered: triggering.has(key) }).toEqual({
        key,
        covered: true,
      });
  });

  it('links every new factor into the factor web', () => {
    const linked = new Set(FACTOR_LINKS.flatMap((link) => [link.from, link.to]));
    for (const key of ['hd.trust', 'hd.learning', 'hd.autonomy', 'td.coordination']) {
      expect({ key, linked: linked.has(key) }).toEqual({ key, linked: true });
    }
  });
});
