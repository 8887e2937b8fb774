import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/domain/workshop';
import {
  DIMENSION_PREFIX,
  DIMENSIONS,
  FACTORS,
  INSTRUMENT,
  INSTRUMENT_V1,
  SCALE_LABELS,
  dimensionLabel,
  factorLabel,
  factorPrompt,
  factorsOf,
  getInstrument,
  itemById,
  itemsOf,
  localizedItems,
  type Factor,
  type Localized,
} from '../../shared/instrument';

const instrument = INSTRUMENT_V1;
/** The factors of 1.0.0, pinned: types.ts lists the factors of every version, 1.0.0 is frozen. */
const V1_FACTORS: Record<(typeof DIMENSIONS)[number], readonly Factor[]> = {
  human: ['load', 'speakup', 'accountability', 'normalised', 'incentives'],
  technical: ['pipeline', 'coupling', 'legacy', 'change'],
  visibility: ['replay', 'explain', 'ownership', 'consistency', 'controls'],
  execution: ['progress', 'intent', 'propagation', 'ai'],
};
const allFactors = DIMENSIONS.flatMap((dimension) =>
  V1_FACTORS[dimension].map((factor) => ({ dimension, factor })),
);

function expectBilingual(value: Localized, where: string): void {
  for (const lang of LANGUAGES) {
    expect(value[lang].trim(), `${where} (${lang}) is empty`).not.toBe('');
  }
  expect(value.es, `${where}: Spanish is a copy of the English`).not.toBe(value.en);
}

describe('instrument v1 structure', () => {
  it('is version 1.0.0 and is the current instrument', () => {
    expect(instrument.version).toBe('1.0.0');
    expect(INSTRUMENT).toBe(instrument);
  });

  it('gives every item a unique, well-formed id that matches its dimension and factor', () => {
    const ids = instrument.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of instrument.items) {
      const [prefix, factor, n] = item.id.split('.');
      expect(item.id).toMatch(/^(hd|td|dv|er)\.[a-z]+\.[1-9]\d*$/);
      expect(prefix).toBe(DIMENSION_PREFIX[item.dimension]);
      expect(factor).toBe(item.factor);
      expect((FACTORS[item.dimension] as readonly string[]).includes(item.factor)).toBe(true);
      expect(Number(n)).toBeGreaterThan(0);
    }
  });

  it('numbers the statements of each factor 1..n without gaps, in instrument order', () => {
    for (const { factor } of allFactors) {
      const numbers = itemsOf(instrument, { factor }).map((item) => Number(item.id.split('.')[2]));
      expect(numbers).toEqual(numbers.map((_, index) => index + 1));
    }
  });

  it('lists items grouped by dimension then factor, in the order of types.ts', () => {
    const order = instrument.items.map((item) => `${item.dimension}/${item.factor}`);
    const grouped = allFactors.flatMap(({ dimension, factor }) =>
      itemsOf(instrument, { factor }).map(() => `${dimension}/${factor}`),
    );
    expect(order).toEqual(grouped);
  });

  it('has 3 to 5 statements for every factor and at least 56 in all', () => {
    for (const { factor } of allFactors) {
      const count = itemsOf(instrument, { factor }).length;
      expect(count, factor).toBeGreaterThanOrEqual(3);
      expect(count, factor).toBeLessThanOrEqual(5);
    }
    expect(instrument.items.length).toBeGreaterThanOrEqual(56);
  });

  it('keys between 35% and 45% of statements as health, and mixes both keys in every factor', () => {
    const health = instrument.items.filter((item) => item.keyed === 'health').length;
    const share = health / instrument.items.length;
    expect(share).toBeGreaterThanOrEqual(0.35);
    expect(share).toBeLessThanOrEqual(0.45);
    for (const { factor } of allFactors) {
      const keys = new Set(itemsOf(instrument, { factor }).map((item) => item.keyed));
      expect([...keys].sort(), factor).toEqual(['debt', 'health']);
    }
  });

  it('keeps the factors of types.ts in the order types.ts lists them', () => {
    for (const dimension of DIMENSIONS) {
      const all: readonly string[] = FACTORS[dimension];
      const places = V1_FACTORS[dimension].map((factor) => all.indexOf(factor));
      expect(places.every((place) => place >= 0)).toBe(true);
      expect(places).toEqual([...places].sort((a, b) => a - b));
    }
  });

  it('describes every dimension and every factor of 1.0.0, with matching dimensions', () => {
    expect(instrument.dimensions.map((d) => d.id)).toEqual([...DIMENSIONS]);
    expect(instrument.factors.map((f) => `${f.dimension}/${f.id}`)).toEqual(
      allFactors.map(({ dimension, factor }) => `${dimension}/${factor}`),
    );
  });
});

describe('instrument v1 wording', () => {
  it('has non-empty, translated text, note, label and prompt everywhere', () => {
    for (const item of instrument.items) {
      expectBilingual(item.text, `${item.id} text`);
      expectBilingual(item.note, `${item.id} note`);
    }
    for (const factor of instrument.factors) {
      expectBilingual(factor.label, `${factor.id} label`);
      expectBilingual(factor.prompt, `${factor.id} prompt`);
    }
    for (const dimension of instrument.dimensions) {
      expectBilingual(dimension.label, `${dimension.id} label`);
    }
  });

  it('keeps every statement short enough to read from a projector (at most 160 characters)', () => {
    for (const item of instrument.items) {
      for (const lang of LANGUAGES) {
        expect(item.text[lang].length, `${item.id} (${lang})`).toBeLessThanOrEqual(160);
      }
    }
  });

  it('writes statements as single sentences ending in a full stop, with clean spacing', () => {
    for (const item of instrument.items) {
      for (const lang of LANGUAGES) {
        const text = item.text[lang];
        expect(text, item.id).toMatch(/^[\p{Lu}¿].*\.$/u);
        expect(text, item.id).not.toMatch(/\s{2}|\s[.,]|^\s|\s$/);
      }
    }
  });

  it('asks each discussion prompt as a question in both languages', () => {
    for (const factor of instrument.factors) {
      expect(factor.prompt.en, factor.id).toMatch(/\?$/);
      expect(factor.prompt.es, factor.id).toMatch(/^[^?]*¿[^?]+\?$/);
    }
  });

  it('never repeats a statement', () => {
    for (const lang of LANGUAGES) {
      const texts = instrument.items.map((item) => item.text[lang].toLowerCase());
      expect(new Set(texts).size).toBe(texts.length);
    }
  });

  it('uses the dimension names of the framework', () => {
    expect(instrument.dimensions.map((d) => d.label.en)).toEqual([
      'Human Debt',
      'Technical Debt',
      'Decision Visibility',
      'Execution Reality',
    ]);
    expect(instrument.dimensions.map((d) => d.label.es)).toEqual([
      'Deuda Humana',
      'Deuda Técnica',
      'Visibilidad de las decisiones',
      'Realidad de la ejecución',
    ]);
  });
});

describe('instrument lookups', () => {
  it('finds instruments by version and refuses unknown ones', () => {
    expect(getInstrument('1.0.0')).toBe(INSTRUMENT_V1);
    expect(getInstrument()).toBe(INSTRUMENT);
    expect(getInstrument('9.9.9')).toBeUndefined();
    expect(getInstrument('1.0')).toBeUndefined();
  });

  it('finds a statement by id and returns undefined for an unknown id', () => {
    const item = itemById(instrument, 'hd.speakup.1');
    expect(item?.factor).toBe('speakup');
    expect(item?.dimension).toBe('human');
    expect(itemById(instrument, 'hd.speakup.99')).toBeUndefined();
  });

  it('filters statements by dimension and by factor', () => {
    const visibility = itemsOf(instrument, { dimension: 'visibility' });
    expect(visibility.length).toBeGreaterThan(0);
    expect(visibility.every((item) => item.id.startsWith('dv.'))).toBe(true);
    expect(itemsOf(instrument, { factor: 'replay' }).map((item) => item.id)).toEqual(
      itemsOf(instrument, { dimension: 'visibility', factor: 'replay' }).map((item) => item.id),
    );
    expect(itemsOf(instrument, { dimension: 'human', factor: 'replay' })).toEqual([]);
    expect(itemsOf(instrument)).toHaveLength(instrument.items.length);
    const perDimension = DIMENSIONS.map((dimension) => itemsOf(instrument, { dimension }).length);
    expect(perDimension.reduce((sum, n) => sum + n, 0)).toBe(instrument.items.length);
  });

  it('lists the factors of a dimension in order', () => {
    expect(factorsOf(instrument, 'technical').map((f) => f.id)).toEqual([...V1_FACTORS.technical]);
    expect(factorsOf(instrument)).toHaveLength(allFactors.length);
  });

  it('gives labels and prompts in the requested language', () => {
    expect(factorLabel(instrument, 'consistency', 'en')).toMatch(/same inputs, same outcome/i);
    expect(factorLabel(instrument, 'consistency', 'es')).toMatch(/mismos datos, mismo resultado/i);
    expect(dimensionLabel(instrument, 'technical', 'es')).toBe('Deuda Técnica');
    expect(factorPrompt(instrument, 'ai', 'es')).toMatch(/^¿/);
  });

  it('localizes every statement for the CLI in instrument order', () => {
    const es = localizedItems(instrument, 'es');
    expect(es).toHaveLength(instrument.items.length);
    expect(es[0]).toEqual({
      id: instrument.items[0]?.id,
      dimension: 'human',
      factor: 'load',
      keyed: instrument.items[0]?.keyed,
      text: instrument.items[0]?.text.es,
    });
    expect(Object.keys(es[0] ?? {}).sort()).toEqual(['dimension', 'factor', 'id', 'keyed', 'text']);
    const en = localizedItems(instrument, 'en');
    expect(en.map((item) => item.id)).toEqual(es.map((item) => item.id));
    expect(en.every((item, index) => item.text !== es[index]?.text)).toBe(true);
    expect(JSON.parse(JSON.stringify(es))).toEqual(es);
  });

  it('cannot be altered by a caller, so every score uses the same wording and keys', () => {
    const item = instrument.items[0];
    expect(item).toBeDefined();
    expect(() => {
      if (item) (item as { keyed: string }).keyed = 'health';
    }).toThrow(TypeError);
    expect(() => {
      if (item) instrument.items.push(item);
    }).toThrow(TypeError);
    expect(() => {
      (SCALE_LABELS.en as { 1: string })[1] = 'x';
    }).toThrow(TypeError);
  });
});

describe('scale labels', () => {
  it('names the five points, "can\'t say" and "not applicable" in both languages', () => {
    expect(SCALE_LABELS.en).toEqual({
      1: 'Strongly disagree',
      2: 'Disagree',
      3: 'Neither',
      4: 'Agree',
      5: 'Strongly agree',
      cantSay: "Can't say",
      notApplicable: 'Not applicable to my role',
    });
    expect(SCALE_LABELS.es.notApplicable).toBe('No aplica a mi rol');
    for (const lang of LANGUAGES) {
      const labels = SCALE_LABELS[lang];
      const values = [
        labels[1],
        labels[2],
        labels[3],
        labels[4],
        labels[5],
        labels.cantSay,
        labels.notApplicable,
      ];
      expect(values.every((label) => label.trim() !== '')).toBe(true);
      expect(new Set(values).size).toBe(values.length);
    }
    expect(SCALE_LABELS.es[1]).not.toBe(SCALE_LABELS.en[1]);
  });
});
