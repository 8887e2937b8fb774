import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { INSTRUMENT } from '../../../shared/instrument';
import { CATALOGUE, recommendInterventions } from '../../../shared/interventions';
import { MODEL_VERSION, scoreWorkshop } from '../../../shared/scoring';
import { demoWorkshopFile } from '../../../shared/demo/demo-workshop';
import { DEMO_FILES } from '../../../src-main/cli/commands/demo';
import { runEdw } from '../../helpers/run-edw';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'edw-report-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function edw(...argv: string[]) {
  return runEdw({ cwd: dir, env: { XDG_DATA_HOME: join(dir, 'xdg') } }, argv);
}

function writeDemo(language: 'en' | 'es' = 'en'): string {
  writeFileSync(join(dir, 'workshop.json'), JSON.stringify(demoWorkshopFile({ language })));
  return 'workshop.json';
}

describe('edw report and edw verify', () => {
  it('writes a report that verify accepts, figure by figure', async () => {
    writeDemo();
    const made = await edw('report', 'workshop.json', '-o', 'report.pdf');
    expect(made.code).toBe(0);
    expect(readFileSync(join(dir, 'report.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const checked = await edw('verify', 'report.pdf', 'workshop.json');
    expect(checked.err).toBe('');
    expect(checked.code).toBe(0);
    expect(checked.out).toMatch(/all \d{3} figures match/);
  });

  it('rejects a report whose embedded figure was edited, naming the figure', async () => {
    writeDemo();
    await edw('report', 'workshop.json', '-o', 'report.pdf', '--brief');
    const bytes = readFileSync(join(dir, 'report.pdf'));
    const text = bytes.toString('latin1');
    const original = '&quot;indices.executionDebtIndex&quot;:64.3';
    expect(text).toContain(original);
    // Same length, so the PDF's byte offsets stay valid: only the figure changes.
    const tampered = text.replace(original, '&quot;indices.executionDebtIndex&quot;:32.1');
    writeFileSync(join(dir, 'tampered.pdf'), Buffer.from(tampered, 'latin1'));
    const checked = await edw('verify', 'tampered.pdf', 'workshop.json');
    expect(checked.code).toBe(1);
    expect(checked.err).toContain('indices.executionDebtIndex: report 32.1, recomputed 64.3');
    expect(checked.err).toContain('1 of');
  });

  it('puts the recommended interventions on page one, with the finding each answers and an owner', async () => {
    writeDemo();
    expect((await edw('report', 'workshop.json', '-o', 'report.pdf')).code).toBe(0);
    const page1 = execFileSync('pdftotext', ['-f', '1', '-l', '1', join(dir, 'report.pdf'), '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
    const file = demoWorkshopFile();
    const [top] = recommendInterventions(scoreWorkshop(file, INSTRUMENT));
    const intervention = CATALOGUE.interventions.find((entry) => entry.id === top?.interventionId);
    expect(page1).toContain('What to do first (recommended until the team agrees its own plan)');
    // Each says which of the numbered findings above it answers; its card has the first step.
    expect(page1).toContain(
      `${intervention?.title.en ?? '?'} — answers finding 1 · Suggested owner: ${intervention?.owner.en ?? '?'}`,
    );
    expect(page1).toContain(`1. ${scoreWorkshop(file, INSTRUMENT).findings[0]?.title.en ?? '?'}`);
    expect(page1).not.toContain('Interventions have not been agreed yet');
    // The brief keeps them on its page one too, and stays within three pages in every language.
    for (const lang of ['en', 'es', 'de', 'fr']) {
      const out = `brief-${lang}.pdf`;
      expect(
        (await edw('report', 'workshop.json', '-o', out, '--brief', '--lang', lang)).code,
      ).toBe(0);
      const info = execFileSync('pdfinfo', [join(dir, out)], { encoding: 'utf8' });
      expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeLessThanOrEqual(3);
    }
  });

  it('says which scoring model made a report of another model version', async () => {
    writeDemo();
    await edw('report', 'workshop.json', '-o', 'report.pdf', '--brief');
    const text = readFileSync(join(dir, 'report.pdf')).toString('latin1');
    const current = `&quot;modelVersion&quot;:&quot;${MODEL_VERSION}&quot;`;
    expect(text).toContain(current);
    // A report as model 1.0.0 embedded it: the same data, figures of the older model.
    const older = text
      .replace(current, '&quot;modelVersion&quot;:&quot;1.0.0&quot;')
      .replaceAll(`edw:2.0.0:${MODEL_VERSION}:`, 'edw:2.0.0:1.0.0:');
    writeFileSync(join(dir, 'older.pdf'), Buffer.from(older, 'latin1'));
    const checked = await edw('verify', 'older.pdf', 'workshop.json');
    expect(checked.code).toBe(1);
    expect(checked.err).toContain(
      `the report was made by scoring model 1.0.0; this app scores with model ${MODEL_VERSION}`,
    );
  });

  it('rejects a report of other data by its fingerprint', async () => {
    writeDemo();
    await edw('report', 'workshop.json', '-o', 'report.pdf');
    const other = demoWorkshopFile();
    other.realityCheck = other.realityCheck.map((entry, index) =>
      index === 0 ? { ...entry, verified: 'verified' } : entry,
    );
    writeFileSync(join(dir, 'other.json'), JSON.stringify(other));
    const checked = await edw('verify', 'report.pdf', 'other.json');
    expect(checked.code).toBe(1);
    expect(checked.err).toContain('fingerprint: report edw:');
    expect(checked.err).toContain('evidence.realityCheck.verified');
  });

  it('says so when the file is no report of ours, and checks its arguments', async () => {
    writeDemo();
    writeFileSync(join(dir, 'plain.pdf'), '%PDF-1.3\n%%EOF\n');
    expect((await edw('verify', 'plain.pdf', 'workshop.json')).err).toContain(
      'carries no embedded figures',
    );
    expect((await edw('verify', 'workshop.json')).code).toBe(2);
    expect((await edw('report', 'workshop.json', '--lang', 'it')).code).toBe(2);
  });

  it('reports a stored workshop by id, in Spanish when asked', async () => {
    writeDemo();
    const imported = await edw('import', 'workshop.json', '--data', 'store.sqlite');
    const id = /as workshop (\S+)/.exec(imported.out)?.[1] ?? '';
    const made = await edw('report', id, '--data', 'store.sqlite', '--lang', 'es', '-o', 'es.pdf');
    expect(made.code).toBe(0);
    expect((await edw('verify', 'es.pdf', id, '--data', 'store.sqlite')).code).toBe(0);
    expect((await edw('report', 'no-such-id', '--data', 'store.sqlite')).code).toBe(1);
  });
});

describe('edw demo', () => {
  it('adds the demo workshop to the store and writes its files', async () => {
    const result = await edw('demo', '-o', 'out', '--data', 'store.sqlite');
    expect(result.code).toBe(0);
    for (const name of DEMO_FILES) expect(existsSync(join(dir, 'out', name))).toBe(true);
    // No per-alias answers in what the demo hands out (docs/anonymity.md).
    expect(existsSync(join(dir, 'out', 'workshop.json'))).toBe(false);
    const answers = readFileSync(join(dir, 'out', 'answers.csv'), 'utf8');
    expect(answers.split('\r\n')[0]).toContain('answered_1');
    expect(answers).not.toMatch(/\bP\d+\b/);
    const id = /as (\S+) to/.exec(result.out)?.[1] ?? '';
    const store = ['--data', 'store.sqlite'];
    expect((await edw('verify', join('out', 'report-full.pdf'), id, ...store)).code).toBe(0);
    expect((await edw('verify', join('out', 'report-brief.pdf'), id, ...store)).code).toBe(0);
    expect(readFileSync(join(dir, 'out', 'aggregates.csv'), 'utf8')).toContain(
      'hidden: fewer than 3 people',
    );
    expect((await edw('export', id, '-o', 'demo.json', ...store)).code).toBe(0);
    const file = JSON.parse(readFileSync(join(dir, 'demo.json'), 'utf8')) as {
      participants: unknown[];
    };
    expect(file.participants).toHaveLength(12);
  });

  it('generates the same workshop every time', async () => {
    await edw('demo', '-o', 'a', '--data', 'store.sqlite');
    await edw('demo', '-o', 'b', '--data', 'store.sqlite');
    expect(readFileSync(join(dir, 'a', 'aggregates.csv'), 'utf8')).toBe(
      readFileSync(join(dir, 'b', 'aggregates.csv'), 'utf8'),
    );
    expect(readFileSync(join(dir, 'a', 'answers.csv'), 'utf8')).toBe(
      readFileSync(join(dir, 'b', 'answers.csv'), 'utf8'),
    );
  });
});
