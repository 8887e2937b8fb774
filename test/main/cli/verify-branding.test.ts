import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkBranding, type Branding } from '../../../shared/branding/branding';
import { readEmbeddedReport } from '../../../shared/report/embedded';
import { storeDemoWorkshop } from '../../../src-main/services/demo-service';
import { workshopFileFrom } from '../../../src-main/services/workshop-file-service';
import {
  saveInstallationBranding,
  saveWorkshopBranding,
} from '../../../src-main/store/repositories/branding';
import { pngBytes } from '../../shared/branding/png-bytes';
import { runEdw } from '../../helpers/run-edw';
import { openTempStore, tempDir } from '../../helpers/temp-db';

const NOW = '2026-11-26T09:00:00.000Z';

function branding(firmName: string, accent: string): Branding {
  const checked = checkBranding({
    firmName,
    footer: `Prepared by ${firmName} · 2026 · confidential`,
    accent,
    logoBase64: pngBytes(120, 40, [30, 90, 160]).toString('base64'),
  });
  if (!('branding' in checked)) throw new Error('the test branding is refused');
  return checked.branding;
}

/** A stored demo workshop under a branded installation, and its report printed by `edw report`. */
async function brandedReport() {
  const { db, file } = openTempStore();
  const workshop = storeDemoWorkshop(db, 'en', () => new Date(NOW));
  saveInstallationBranding(db, branding('Harbourline Consulting', '#2d6a4f'), NOW);
  const dir = tempDir();
  const edw = (...argv: string[]) => runEdw({ cwd: dir, env: {} }, [...argv, '--data', file]);
  const made = await edw('report', workshop.id, '--brief', '-o', 'report.pdf');
  expect(made.err).toBe('');
  expect(made.code).toBe(0);
  return { db, dir, id: workshop.id, edw };
}

describe('edw verify and a branded report', () => {
  it('prints the brand and records it beside the figures', async () => {
    const { dir } = await brandedReport();
    const pdf = join(dir, 'report.pdf');
    const text = execFileSync('pdftotext', ['-l', '1', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Harbourline Consulting');
    expect(text).toContain('Prepared by Harbourline Consulting · 2026 · confidential');
    const read = readEmbeddedReport(new Uint8Array(readFileSync(pdf)));
    if (!read.ok) throw new Error(read.reason);
    expect(read.embedded.branding).toMatchObject({
      firmName: 'Harbourline Consulting',
      accent: '#2d6a4f',
      logoSha256: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown,
    });
  });

  it('verifies against the stored workshop with the same branding', async () => {
    const { id, edw } = await brandedReport();
    const checked = await edw('verify', 'report.pdf', id);
    expect(checked.err).toBe('');
    expect(checked.code).toBe(0);
    expect(checked.out).toMatch(/all \d+ figures match, and all \d+ figures printed/);
  });

  it('names each branding field changed since, and says the figures still match', async () => {
    const { db, id, edw } = await brandedReport();
    saveWorkshopBranding(db, id, branding('Northlight Advisory', '#0b3a6e'), NOW);
    const checked = await edw('verify', 'report.pdf', id);
    expect(checked.code).toBe(1);
    expect(checked.err).toContain("the workshop's branding has changed since the report was made");
    expect(checked.err).toContain(
      'firm name: report "Harbourline Consulting", workshop now "Northlight Advisory"',
    );
    expect(checked.err).toContain(
      'footer line: report "Prepared by Harbourline Consulting · 2026 · confidential", workshop now "Prepared by Northlight Advisory · 2026 · confidential"',
    );
    expect(checked.err).toContain('accent: report "#2d6a4f", workshop now "#0b3a6e"');
    // The same logo: not named.
    expect(checked.err).not.toContain('logo:');
    expect(checked.err).toContain('0 printed figures differ; 0 of');
    expect(checked.err).toContain('only the branding differs');
  });

  it('says a removed branding as "(none)"', async () => {
    const { db, id, edw } = await brandedReport();
    db.prepare('DELETE FROM installation_branding').run();
    const checked = await edw('verify', 'report.pdf', id);
    expect(checked.code).toBe(1);
    expect(checked.err).toContain(
      'firm name: report "Harbourline Consulting", workshop now (none)',
    );
    expect(checked.err).toMatch(/logo: report SHA-256 [0-9a-f]{12}…, workshop now \(none\)/);
  });

  it('checks the figures against a workshop file, saying the branding was not compared', async () => {
    const { db, dir, id, edw } = await brandedReport();
    writeFileSync(join(dir, 'workshop.json'), JSON.stringify(workshopFileFrom(db, id)));
    const checked = await edw('verify', 'report.pdf', 'workshop.json');
    expect(checked.err).toBe('');
    expect(checked.code).toBe(0);
    expect(checked.out).toContain(
      'branding not compared (a workshop file carries none); the report names "Harbourline Consulting"',
    );
  });
});
