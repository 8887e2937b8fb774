import { randomLcg } from 'd3';
import { describe, expect, it } from 'vitest';
import {
  boxesOverlap,
  FACTOR_LINKS,
  factorWebLayout,
  factorWebNames,
  measureText,
  nearDuplicate,
  NEUTRAL_POINT,
  textLineBox,
  WEB_FONT,
  type Box,
  type FactorWebLayout,
} from '../../../shared/charts';
import { demoWorkshopFile } from '../../../shared/demo/demo-workshop';
import {
  DIMENSION_PREFIX,
  INSTRUMENT_V1,
  INSTRUMENT_V2,
  INSTRUMENTS,
  type Instrument,
} from '../../../shared/instrument';
import { scoreWorkshop, type ScoreResult } from '../../../shared/scoring';

// Links may name the factors of any released instrument; a result without one skips its links.
const FACTOR_IDS = new Set(
  INSTRUMENTS.flatMap((instrument) =>
    instrument.factors.map((f) => `${DIMENSION_PREFIX[f.dimension]}.${f.id}`),
  ),
);
const demoV1 = scoreWorkshop(demoWorkshopFile({ instrument: INSTRUMENT_V1 }), INSTRUMENT_V1);
const demoV2 = scoreWorkshop(demoWorkshopFile({ instrument: INSTRUMENT_V2 }), INSTRUMENT_V2);

/** The room with every factor at `rest` except the ones named. */
function withMeans(
  means: Record<string, number | null>,
  rest: number | null = 30,
  base: ScoreResult = demoV1,
): Pick<ScoreResult, 'factors'> {
  return {
    factors: base.factors.map((factor) => ({
      ...factor,
      mean: factor.id in means ? (means[factor.id] ?? null) : rest,
    })),
  };
}

function layoutIn(
  input: Pick<ScoreResult, 'factors'>,
  instrument: Instrument,
  lang: 'en' | 'es',
): FactorWebLayout {
  const names = factorWebNames(instrument, lang);
  return factorWebLayout(input, { names: names.factors, dimensionNames: names.dimensions });
}

const inflate = (box: Box, by: number): Box => ({
  x: box.x - by,
  y: box.y - by,
  width: box.width + 2 * by,
  height: box.height + 2 * by,
});
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 1e-6 &&
  inner.y >= outer.y - 1e-6 &&
  inner.x + inner.width <= outer.x + outer.width + 1e-6 &&
  inner.y + inner.height <= outer.y + outer.height + 1e-6;

/**
 * Every piece of text the picture prints, as the box it covers, worked out from the layout's
 * positions and the report font's widths: names and means inside their factor's box, the links'
 * letters, and the legend.
 */
function problems(layout: FactorWebLayout, widestValue: string): string[] {
  const found: string[] = [];
  const area: Box = { x: 0, y: 0, width: layout.width, height: layout.height };
  const labels: { what: string; box: Box }[] = [];
  for (const node of layout.nodes) {
    if (!inside(node.box, area)) found.push(`${node.id} box leaves the drawing`);
    for (const line of node.lines) {
      const box = textLineBox(line, WEB_FONT.name);
      if (!inside(box, node.box)) found.push(`${node.id} name "${line.text}" leaves its box`);
    }
    const value = textLineBox({ text: widestValue, ...node.value }, WEB_FONT.value, true);
    if (!inside(value, node.box)) found.push(`${node.id} mean leaves its box`);
    labels.push({ what: `box ${node.id}`, box: node.box });
  }
  for (const link of layout.links) {
    if (!link.label) continue;
    const { x, y, r } = link.label;
    const box = { x: x - r, y: y - r, width: 2 * r, height: 2 * r };
    const letter = measureText(link.label.text, WEB_FONT.badge, true);
    if (letter > 2 * r) found.push(`letter ${link.label.text} wider than its circle`);
    labels.push({ what: `letter ${link.label.text}`, box });
  }
  for (const entry of layout.legend) {
    labels.push({ what: `swatch ${entry.dimension}`, box: entry.swatch });
    labels.push({
      what: `legend ${entry.dimension}`,
      box: textLineBox(entry.text, WEB_FONT.legend),
    });
  }
  for (const label of labels)
    if (!inside(label.box, area)) found.push(`${label.what} leaves the drawing`);
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i];
      const b = labels[j];
      // Boxes keep a 1-unit clearance, so touching outlines count as overlapping.
      if (a && b && boxesOverlap(inflate(a.box, 0.5), inflate(b.box, 0.5)))
        found.push(`${a.what} overlaps ${b.what}`);
    }
  return found;
}

/** A room with random means (some withheld) on an instrument's factors. */
function randomRoom(seed: number, base: ScoreResult): Pick<ScoreResult, 'factors'> {
  const random = randomLcg(seed);
  const high = 0.3 + 0.7 * random();
  return {
    factors: base.factors.map((factor) => {
      const roll = random();
      const mean = roll < 0.08 ? null : roll < high ? 50 + 50 * random() : 50 * random();
      return { ...factor, mean: mean === null ? null : Math.round(mean * 10) / 10 };
    }),
  };
}

describe('FACTOR_LINKS', () => {
  it('links only factors an instrument has, once each, never a factor to itself', () => {
    expect(FACTOR_LINKS.length).toBeGreaterThanOrEqual(15);
    expect(FACTOR_LINKS.length).toBeLessThanOrEqual(30);
    const keys = FACTOR_LINKS.map((link) => `${link.from}>${link.to}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const link of FACTOR_LINKS) {
      expect(FACTOR_IDS.has(link.from), link.from).toBe(true);
      expect(FACTOR_IDS.has(link.to), link.to).toBe(true);
      expect(link.from).not.toBe(link.to);
      expect(link.why.en.length).toBeGreaterThan(10);
      expect(link.why.es.length).toBeGreaterThan(10);
      expect(link.why.es).not.toBe(link.why.en);
    }
  });
});

describe('factorWebNames', () => {
  it('names every factor of both instruments as the instrument does, in both languages', () => {
    for (const instrument of INSTRUMENTS)
      for (const lang of ['en', 'es'] as const) {
        const names = factorWebNames(instrument, lang);
        for (const info of instrument.factors)
          expect(names.factors[`${DIMENSION_PREFIX[info.dimension]}.${info.id}`]).toBe(
            info.label[lang],
          );
        expect(Object.keys(names.factors)).toHaveLength(instrument.factors.length);
      }
    expect(factorWebNames(INSTRUMENT_V2, 'en').factors['hd.trust']).toBe('Trust within the team');
  });
});

describe('factorWebLayout', () => {
  it('gives the same picture twice and whatever order the factors arrive in', () => {
    const first = layoutIn(demoV2, INSTRUMENT_V2, 'es');
    expect(layoutIn(demoV2, INSTRUMENT_V2, 'es')).toEqual(first);
    expect(layoutIn({ factors: [...demoV2.factors].reverse() }, INSTRUMENT_V2, 'es')).toEqual(
      first,
    );
  });

  it('draws only factors at 50 or more that an assumed link joins, and only those links', () => {
    for (const result of [demoV1, demoV2]) {
      const web = factorWebLayout(result);
      const high = new Set(
        result.factors
          .filter((f) => f.mean !== null && f.mean >= NEUTRAL_POINT)
          .map((factor) => factor.id),
      );
      const expected = FACTOR_LINKS.filter((link) => high.has(link.from) && high.has(link.to));
      expect(web.links.map((link) => link.key).sort()).toEqual(
        expected.map((link) => `${link.from}>${link.to}`).sort(),
      );
      for (const node of web.nodes) expect(node.mean).toBeGreaterThanOrEqual(NEUTRAL_POINT);
      expect(new Set([...web.nodes.map((n) => n.id), ...web.unlinked])).toEqual(high);
    }
    // hd.incentives sits at 47.4 in the demo: below the neutral point, so none of its links shows.
    expect(demoV1.factors.find((f) => f.id === 'hd.incentives')?.mean).toBeLessThan(50);
    const web = factorWebLayout(demoV1);
    expect(web.nodes.some((node) => node.id === 'hd.incentives')).toBe(false);
    expect(web.links.some((link) => link.from === 'hd.incentives')).toBe(false);
  });

  it('shows nothing for a factor withheld below k or just under 50', () => {
    const web = factorWebLayout(
      withMeans({ 'td.coupling': 60, 'td.change': null, 'td.legacy': 49.9, 'er.intent': 70 }, 80),
    );
    const ids = web.nodes.map((node) => node.id);
    expect(ids).not.toContain('td.change');
    expect(ids).not.toContain('td.legacy');
    expect(web.links.some((link) => [link.from, link.to].includes('td.change'))).toBe(false);
    expect(web.unlinked).not.toContain('td.change');
    // Withheld below k counts even if a mean were ever carried along with the flag.
    const flagged = factorWebLayout({
      factors: withMeans({}, 80).factors.map((factor) => ({
        ...factor,
        withheld: factor.id === 'hd.load',
      })),
    });
    expect(flagged.nodes.map((node) => node.id)).not.toContain('hd.load');
    expect(flagged.links.some((link) => [link.from, link.to].includes('hd.load'))).toBe(false);
    expect(flagged.unlinked).not.toContain('hd.load');
  });

  it('says so instead of drawing when no link joins two factors at 50 or more', () => {
    const web = factorWebLayout(withMeans({ 'hd.load': 90, 'dv.ownership': 90 }));
    expect(web.nodes).toEqual([]);
    expect(web.links).toEqual([]);
    expect(web.empty).not.toBeNull();
    expect(web.unlinked.sort()).toEqual(['dv.ownership', 'hd.load']);
  });

  it('weights a link by the product of its two factors’ means on a 0–1 scale', () => {
    const web = factorWebLayout(withMeans({ 'td.coupling': 80, 'er.propagation': 50 }));
    const link = web.links.find((entry) => entry.key === 'td.coupling>er.propagation');
    expect(link?.weight).toBe(0.4);
    const heavier = factorWebLayout(
      withMeans({ 'td.coupling': 90, 'er.propagation': 90 }),
    ).links.find((entry) => entry.key === 'td.coupling>er.propagation');
    expect(heavier?.strokeWidth ?? 0).toBeGreaterThan(link?.strokeWidth ?? 0);
  });

  it('runs links from left to right, except the one closing a loop, tip on the target’s edge', () => {
    for (const result of [demoV1, demoV2]) {
      const web = layoutIn(result, INSTRUMENT_V2, 'en');
      const node = new Map(web.nodes.map((entry) => [entry.id, entry]));
      for (const link of web.links) {
        const from = node.get(link.from);
        const to = node.get(link.to);
        if (!from || !to) throw new Error(link.key);
        expect(link.reversed, link.key).toBe(from.layer > to.layer);
        expect(from.layer, link.key).not.toBe(to.layer);
        const [tipX, tipY] = (link.arrow.split(' ')[0] ?? '').split(',').map(Number);
        const edge = link.reversed ? to.box.x + to.box.width : to.box.x;
        expect(tipX, link.key).toBeCloseTo(edge, 1);
        expect(tipY ?? 0).toBeGreaterThan(to.box.y);
        expect(tipY ?? 0).toBeLessThan(to.box.y + to.box.height);
      }
      expect(web.links.filter((link) => link.reversed).length).toBeLessThanOrEqual(2);
    }
  });

  it('lists a loop once, and never more than three chains that each tell another story', () => {
    const loop = factorWebLayout(
      withMeans({ 'hd.load': 80, 'hd.normalised': 80, 'td.pipeline': 80 }),
    );
    expect(loop.chains).toEqual([
      {
        key: 'loop:hd.load>hd.normalised>td.pipeline',
        factors: ['hd.load', 'hd.normalised', 'td.pipeline'],
        links: ['hd.load>hd.normalised', 'hd.normalised>td.pipeline', 'td.pipeline>hd.load'],
        loop: true,
        weight: 1.92,
      },
    ]);
    const broken = factorWebLayout(
      withMeans({ 'td.coupling': 60, 'td.change': 49.9, 'er.intent': 60 }),
    );
    expect(broken.chains).toEqual([]);
    const single = factorWebLayout(withMeans({ 'hd.speakup': 90, 'dv.explain': 90 }));
    expect(single.chains).toEqual([]);

    for (const result of [
      demoV1,
      demoV2,
      ...Array.from({ length: 60 }, (_, i) => randomRoom(i + 1, demoV2)),
    ]) {
      const web = factorWebLayout(result);
      expect(web.chains.length).toBeLessThanOrEqual(3);
      const keys = new Set(web.links.map((link) => link.key));
      for (const chain of web.chains) {
        expect(chain.links.length).toBeGreaterThanOrEqual(2);
        for (const key of chain.links) expect(keys.has(key), key).toBe(true);
      }
      web.chains.forEach((a, i) =>
        web.chains.slice(i + 1).forEach((b) => {
          expect(nearDuplicate(a, b), `${a.key} / ${b.key}`).toBe(false);
          const inA = a.links.every((key) => b.links.includes(key));
          const inB = b.links.every((key) => a.links.includes(key));
          expect(inA || inB, `${a.key} / ${b.key}`).toBe(false);
        }),
      );
    }
  });

  it('keeps the demo’s three chains apart: the loop, and two chains that share at most two factors with it', () => {
    const web = factorWebLayout(demoV1);
    expect(web.chains).toHaveLength(3);
    expect(web.chains[0]?.key).toBe('loop:hd.load>hd.normalised>td.pipeline');
    for (const chain of web.chains.slice(1)) {
      const shared = chain.factors.filter((id) => web.chains[0]?.factors.includes(id));
      expect(shared.length).toBeLessThanOrEqual(1);
    }
  });

  it('letters the strongest few links and no other', () => {
    const web = factorWebLayout(demoV2);
    const lettered = web.links.filter((link) => link.label !== null);
    expect(lettered.map((link) => link.label?.text).sort()).toEqual(['A', 'B', 'C']);
    const weakestLettered = Math.min(...lettered.map((link) => link.weight));
    const strongestOther = Math.max(
      ...web.links.filter((link) => link.label === null).map((link) => link.weight),
    );
    expect(weakestLettered).toBeGreaterThanOrEqual(strongestOther);
  });

  it('uses the names it is given, whole, wrapped inside the boxes', () => {
    const web = layoutIn(demoV2, INSTRUMENT_V2, 'es');
    const names = factorWebNames(INSTRUMENT_V2, 'es').factors;
    for (const node of web.nodes)
      expect(
        node.lines
          .map((line) => line.text)
          .join(' ')
          .replace(/- /g, '-'),
      ).toBe(names[node.id]);
  });

  it('never lets a label overlap another or leave the drawing: the demo in both languages', () => {
    for (const [result, instrument] of [
      [demoV1, INSTRUMENT_V1],
      [demoV2, INSTRUMENT_V2],
    ] as const)
      for (const lang of ['en', 'es'] as const) {
        const web = layoutIn(result, instrument, lang);
        expect(web.nodes.length).toBeGreaterThan(10);
        expect(problems(web, lang === 'es' ? '100,0' : '100.0')).toEqual([]);
      }
  });

  it('never lets a label overlap another or leave the drawing: 150 random rooms', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const [base, instrument] = seed % 2 === 0 ? [demoV2, INSTRUMENT_V2] : [demoV1, INSTRUMENT_V1];
      const lang = seed % 3 === 0 ? 'es' : 'en';
      const web = layoutIn(randomRoom(seed, base), instrument, lang);
      expect(problems(web, '100.0'), `seed ${seed}`).toEqual([]);
    }
    // Every factor high: the busiest picture the links allow.
    const all = layoutIn(withMeans({}, 95, demoV2), INSTRUMENT_V2, 'es');
    expect(all.links.length).toBe(FACTOR_LINKS.length);
    expect(problems(all, '100,0')).toEqual([]);
  });
});
