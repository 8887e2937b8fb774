import { describe, expect, it } from 'vitest';
import { demoWorkshopFile } from '../../../shared/demo/demo-workshop';
import { readEmbeddedReport } from '../../../shared/report/embedded';
import { serviceHarness } from '../../helpers/service-harness';

describe('report and CSV channels', () => {
  it('returns the PDF report of a stored workshop as base64 with a readable file name', () => {
    const harness = serviceHarness();
    const workshop = harness.call('workshop:importFile', { file: demoWorkshopFile() });
    const brief = harness.call('report:pdf', { id: workshop.id, flavour: 'brief' });
    expect(brief.filename).toBe(
      'payments-platform-q3-execution-debt-diagnostic-2026-11-20-brief.pdf',
    );
    const bytes = new Uint8Array(Buffer.from(brief.base64, 'base64'));
    const read = readEmbeddedReport(bytes);
    expect(read.ok && read.embedded.flavour).toBe('brief');
    const spanish = harness.call('report:pdf', {
      id: workshop.id,
      flavour: 'full',
      language: 'es',
    });
    const readEs = readEmbeddedReport(new Uint8Array(Buffer.from(spanish.base64, 'base64')));
    expect(readEs.ok && readEs.embedded.language).toBe('es');
  });

  it('exports answer counts, aggregates and, by name only, the identifying answers by alias', () => {
    const harness = serviceHarness();
    const workshop = harness.call('workshop:importFile', { file: demoWorkshopFile() });
    const answers = harness.call('export:csv', { id: workshop.id, kind: 'answers' });
    expect(answers.filename).toMatch(/-answers\.csv$/);
    expect(answers.text.startsWith('\uFEFFworkshop,item,dimension,factor,round,n,answered_1')).toBe(
      true,
    );
    expect(answers.text).not.toMatch(/\bP\d+\b/);
    const aggregates = harness.call('export:csv', { id: workshop.id, kind: 'aggregates' });
    expect(aggregates.text).toContain(
      ',role,leadership,technical,td.pipeline,,,,,hidden: fewer than 3 people',
    );
    const byAlias = harness.call('export:csv', { id: workshop.id, kind: 'answers-by-alias' });
    expect(byAlias.filename).toMatch(/-answers-by-alias\.csv$/);
    expect(byAlias.text.startsWith('\uFEFFworkshop,participant,role,item')).toBe(true);
    expect(byAlias.text).toMatch(/,P\d+,/);
  });

  it('refuses an unknown workshop and a wrong kind', () => {
    const harness = serviceHarness();
    expect(harness.fail('report:pdf', { id: 'missing', flavour: 'full' }).code).toBe('not_found');
    expect(harness.fail('export:csv', { id: 'x', kind: 'names' }).code).toBe('invalid_input');
  });
});
