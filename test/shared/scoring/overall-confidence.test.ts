import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoWorkshopFile } from '../../../shared/demo/demo-workshop';
import type { WorkshopFile } from '../../../shared/format/workshop-file';
import { validateWorkshopFile } from '../../../shared/format/validate-workshop-file';
import { getInstrument, INSTRUMENT } from '../../../shared/instrument';
import { buildReportModel } from '../../../shared/report/model';
import { scoreWorkshop } from '../../../shared/scoring';
import { overallConfidence } from '../../../shared/scoring/overall-confidence';

function sampleFile(): WorkshopFile {
  const validation = validateWorkshopFile(
    JSON.parse(readFileSync('docs/sample-workshop.json', 'utf8')),
    getInstrument,
  );
  if (!validation.ok) throw new Error('the sample file must be valid');
  return validation.file;
}

/** A workshop cut down to its first `people` participants, with or without its evidence. */
function cut(file: WorkshopFile, people: number, evidence: boolean): WorkshopFile {
  const kept = new Set(file.participants.slice(0, people).map((p) => p.id));
  return {
    ...file,
    participants: file.participants.filter((p) => kept.has(p.id)),
    responses: file.responses.filter((r) => kept.has(r.participant)),
    realityCheck: evidence ? file.realityCheck : [],
    decisions: evidence ? file.decisions : [],
  };
}

/** The level the report's "How sure we are" paragraph states. */
function reportLevel(file: WorkshopFile): string {
  const result = scoreWorkshop(file, INSTRUMENT);
  const model = buildReportModel({
    file,
    result,
    instrument: INSTRUMENT,
    language: 'en',
    flavour: 'full',
    generatedAt: '2026-11-21T10:00:00.000Z',
  });
  const text = JSON.stringify(model);
  const match = /Our overall confidence is (low|medium|high)\./.exec(text);
  if (!match?.[1]) throw new Error('the report states no overall confidence');
  return match[1];
}

describe('overall confidence', () => {
  const demo = demoWorkshopFile({ language: 'en' });
  const sample = sampleFile();
  const cases: [string, WorkshopFile][] = [
    ['the demo workshop', demo],
    ['the demo without evidence', cut(demo, 12, false)],
    ['five people of the demo, with evidence', cut(demo, 5, true)],
    ['four people of the demo, without evidence', cut(demo, 4, false)],
    ['the sample workshop', sample],
  ];

  it.each(cases)('says what the report says for %s', (_name, file) => {
    expect(overallConfidence(scoreWorkshop(file, INSTRUMENT)).level).toBe(reportLevel(file));
  });

  it('counts people, agreeing dimensions and evidence as the screen states them', () => {
    const result = scoreWorkshop(demo, INSTRUMENT);
    const confidence = overallConfidence(result);
    expect(confidence.level).toBe('high');
    expect(confidence.respondents).toBe(12);
    expect(confidence.scoredDimensions).toBe(4);
    expect(confidence.agreeingDimensions + confidence.weakDimensions.length).toBe(4);
    expect(confidence.realityCheckEntries).toBe(demo.realityCheck.length);
    expect(confidence.decisionEntries).toBe(demo.decisions.length);
  });

  it('is low with few people, no evidence and a room that does not agree', () => {
    const confidence = overallConfidence(scoreWorkshop(cut(demo, 3, false), INSTRUMENT));
    expect(confidence.level).toBe('low');
    expect(confidence.realityCheckEntries + confidence.decisionEntries).toBe(0);
  });

  it('is not raised by evidence rows nobody assessed', () => {
    const bare = cut(demo, 12, false);
    const titles = Array.from({ length: 8 }, (_, i) => ({
      title: `Listed, not looked at ${i}`,
      reported: 'done',
      verified: null,
      ownerClear: null,
      decisionTraceable: null,
    }));
    const listed = { ...bare, realityCheck: titles };
    const before = overallConfidence(scoreWorkshop(bare, INSTRUMENT));
    const after = overallConfidence(scoreWorkshop(listed, INSTRUMENT));
    expect(after.realityCheckEntries).toBe(0);
    expect(after.level).toBe(before.level);
    expect(reportLevel(listed)).toBe(before.level);
  });
});
