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

  it('exports the answers and the aggregates as CSV, suppressed groups without figures', () => {
    const harness = serviceHarness();
    const workshop = harness.call('workshop:importFile', { file: demoWorkshopFile() });
    const answers = harness.call('export:csv', { id: workshop.id, kind: 'answers' });
    expect(answers.filename).toMatch(/-answers\.csv$/);
    expect(answers.text.startsWith('\uFEFFworkshop,participant,role,item')).toBe(true);
    const aggregates = harness.call('export:csv', { id: workshop.id, kind: 'aggregates' });
    expect(aggregates.text).toContain(
      ',role,leadership,technical,td.pipeline,,,,,suppressed (n<3)',
    );
  });

  it('refuses an unknown workshop and a wrong kind', () => {
    const harness = serviceHarness();
    expect(harness.fail('report:pdf', { id: 'missing', flavour: 'full' }).code).toBe('not_found');
    expect(harness.fail('export:csv', { id: 'x', kind: 'names' }).code).toBe('invalid_input');
  });
});
