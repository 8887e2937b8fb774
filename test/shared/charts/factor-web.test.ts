import { describe, expect, it } from 'vitest';
import { FACTOR_LINKS, factorWebLayout } from '../../../shared/charts';
import { DIMENSION_PREFIX, INSTRUMENTS } from '../../../shared/instrument';
import type { ScoreResult } from '../../../shared/scoring';
import { scoredRoom } from './fixtures';

// Links may name the factors of any released instrument; a result without one skips its links.
const FACTOR_IDS = new Set(
  INSTRUMENTS.flatMap((instrument) =>
    instrument.factors.map((f) => `${DIMENSION_PREFIX[f.dimension]}.${f.id}`),
  ),
);
const room = scoredRoom({ participants: 15, seed: 5 });

/** The room with every factor at `rest` except the ones named. */
function withMeans(
  means: Record<string, number | null>,
  rest: number | null = 30,
): Pick<ScoreResult, 'factors'> {
  return {
    factors: room.factors.map((factor) => ({
      ...factor,
      mean: factor.id in means ? (means[factor.id] ?? null) : rest,
    })),
  };
}

describe('FACTOR_LINKS', () => {
  it('links only factors an instrument has, once each, never a factor to itself', () => {
    expect(FACTOR_LINKS.length).toBeGreaterThanOrEqual(15);
    // About 1.3 links a factor (22 in instrument 2.0.0) keeps the web readable on a projector.
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

describe('factorWebLayout', () => {
  it('gives the same web twice and whatever order the factors arrive in', () => {
    const first = factorWebLayout(room);
    expect(factorWebLayout(room)).toEqual(first);
    expect(factorWebLayout({ factors: [...room.factors].reverse() })).toEqual(first);
    expect(first.nodes.map((node) => node.id)).toEqual(room.factors.map((factor) => factor.id));
  });

  it('draws links only between factors present in the result', () => {
    const web = factorWebLayout({
      factors: room.factors.filter((factor) => factor.id !== 'hd.load'),
    });
    const ids = new Set(web.nodes.map((node) => node.id));
    expect(ids.has('hd.load')).toBe(false);
    for (const link of web.links) {
      expect(ids.has(link.from)).toBe(true);
      expect(ids.has(link.to)).toBe(true);
    }
    expect(web.links.some((link) => link.from === 'hd.load' || link.to === 'hd.load')).toBe(false);
    const present = new Set(room.factors.map((factor) => factor.id));
    expect(factorWebLayout(room).links).toHaveLength(
      FACTOR_LINKS.filter((link) => present.has(link.from) && present.has(link.to)).length,
    );
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

  it('marks a factor without a mean as insufficient, hollow, and its links unweighted', () => {
    const web = factorWebLayout(withMeans({ 'er.ai': null }));
    const node = web.nodes.find((entry) => entry.id === 'er.ai');
    expect(node?.insufficient).toBe(true);
    expect(node?.mean).toBeNull();
    for (const link of web.links.filter((entry) => entry.from === 'er.ai')) {
      expect(link.weight).toBeNull();
      expect(link.compounding).toBe(false);
    }
  });

  it('highlights a chain of two links whose factors are all at 50 or more', () => {
    const web = factorWebLayout(withMeans({ 'td.coupling': 60, 'td.change': 50, 'er.intent': 70 }));
    const compounding = web.links.filter((link) => link.compounding).map((link) => link.key);
    expect(compounding.sort()).toEqual(['td.change>er.intent', 'td.coupling>td.change']);
    expect(web.paths.map((path) => path.factors)).toEqual([
      ['td.coupling', 'td.change', 'er.intent'],
    ]);
    expect(
      web.nodes
        .filter((node) => node.compounding)
        .map((node) => node.id)
        .sort(),
    ).toEqual(['er.intent', 'td.change', 'td.coupling']);
  });

  it('does not call a single hot link, or a chain broken by a factor below 50, compounding', () => {
    const single = factorWebLayout(withMeans({ 'hd.speakup': 90, 'dv.explain': 90 }));
    expect(single.links.some((link) => link.compounding)).toBe(false);
    expect(single.paths).toEqual([]);
    const broken = factorWebLayout(
      withMeans({ 'td.coupling': 60, 'td.change': 49.9, 'er.intent': 60 }),
    );
    expect(broken.links.some((link) => link.compounding)).toBe(false);
    expect(broken.paths).toEqual([]);
  });

  it('lists a reinforcing loop once', () => {
    const web = factorWebLayout(
      withMeans({ 'hd.load': 80, 'hd.normalised': 80, 'td.pipeline': 80 }),
    );
    expect(web.paths).toEqual([
      {
        key: 'loop:hd.load>hd.normalised>td.pipeline',
        factors: ['hd.load', 'hd.normalised', 'td.pipeline'],
        loop: true,
        weight: 1.92,
      },
    ]);
  });
});
