import { describe, expect, it } from 'vitest';
import { demoWorkshopFile } from '../../../shared/demo/demo-workshop';
import type { WorkshopFile } from '../../../shared/format/workshop-file';
import { NEW_WORKSHOP_INSTRUMENT } from '../../../shared/instrument';
import { scoreWorkshop, type Finding } from '../../../shared/scoring';

// A decimal figure, not part of a longer run of digits and separators.
const DOT_DECIMAL = /(?<![\d.,])\d+\.\d+(?![\d.,])/g;
const COMMA_DECIMAL = /(?<![\d.,])\d+,\d+(?![\d.,])/g;

/** The demo workshop with the role groups the facilitator typed in English, whatever the language. */
function englishRoles(language: 'en' | 'es'): WorkshopFile {
  const file = demoWorkshopFile({ language });
  const english: Record<string, string> = {
    ingeniería: 'engineering',
    producto: 'product',
    dirección: 'leadership',
  };
  return {
    ...file,
    participants: file.participants.map((participant) => ({
      ...participant,
      role: english[participant.role] ?? participant.role,
    })),
  };
}

function findings(language: 'en' | 'es'): Finding[] {
  return scoreWorkshop(englishRoles(language), NEW_WORKSHOP_INSTRUMENT).findings;
}

const byRule = (list: Finding[], rule: string): Finding[] =>
  list.filter((finding) => finding.rule === rule);

describe('finding texts read as the language writes them', () => {
  const es = findings('es');
  const en = findings('en');

  it('fires the rules these texts are checked on', () => {
    for (const rule of ['decisions-not-replayable', 'role-reality-gap', 'revote-converged']) {
      expect(byRule(es, rule).length, rule).toBeGreaterThan(0);
    }
  });

  it('Spanish: comma decimals in every finding, a space before every percent sign', () => {
    for (const finding of es) {
      const text = `${finding.title.es} ${finding.detail.es}`;
      expect({ id: finding.id, dots: text.match(DOT_DECIMAL) ?? [] }).toEqual({
        id: finding.id,
        dots: [],
      });
      expect(text).not.toMatch(/\d%/);
    }
    const revote = byRule(es, 'revote-converged')[0];
    expect(revote?.detail.es).toMatch(/^La DE pasó de \d+,\d \(n = \d+\) a \d+,\d \(n = \d+\)/);
  });

  it('English: dot decimals and the report’s "95 %" spacing for every percent', () => {
    for (const finding of en) {
      const text = `${finding.title.en} ${finding.detail.en}`;
      expect({ id: finding.id, commas: text.match(COMMA_DECIMAL) ?? [] }).toEqual({
        id: finding.id,
        commas: [],
      });
      expect(text).not.toMatch(/\d%/);
    }
  });

  it('says what an evidence share is a share of', () => {
    const [replayEn] = byRule(en, 'decisions-not-replayable');
    const [replayEs] = byRule(es, 'decisions-not-replayable');
    expect(replayEn?.detail.en).toContain(
      'taken together, 56.3 % of the evidence checked shows a gap',
    );
    expect(replayEs?.detail.es).toContain(
      'en conjunto, el 56,3 % de la evidencia revisada muestra una brecha',
    );
  });

  it('names role groups as names, quoted alike in both languages', () => {
    const gapsEn = byRule(en, 'role-reality-gap');
    const gapsEs = byRule(es, 'role-reality-gap');
    expect(gapsEn.length).toBe(gapsEs.length);
    for (const gap of gapsEn) {
      expect(gap.detail.en).toMatch(/the "(engineering|product)" group rates \d+\.\d \(n = \d+\)/);
      expect(gap.detail.en).toMatch(/and the "leadership" group \d+\.\d \(n = \d+\)/);
    }
    for (const gap of gapsEs) {
      expect(gap.detail.es).toMatch(/el grupo «(engineering|product)» puntúa \d+,\d \(n = \d+\)/);
      expect(gap.detail.es).toMatch(/y el grupo «leadership», \d+,\d \(n = \d+\)/);
      // No role name left bare in a Spanish sentence.
      expect(gap.detail.es).not.toMatch(/(?<!«)\b(engineering|product|leadership)\b(?!»)/);
    }
  });
});
