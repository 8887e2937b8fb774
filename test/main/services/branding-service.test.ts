import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoWorkshopFile } from '../../../shared/demo/demo-workshop';
import { pngBytes } from '../../shared/branding/png-bytes';
import { serviceHarness } from '../../helpers/service-harness';

const logo = pngBytes(300, 100).toString('base64');
const sound = {
  firmName: 'Harbourline Consulting',
  footer: 'Confidential to the client',
  accent: '#2d6a4f',
  logoBase64: logo,
};

function imagesOnPageOne(base64: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'edw-brand-svc-'));
  try {
    const path = join(dir, 'r.pdf');
    writeFileSync(path, Buffer.from(base64, 'base64'));
    const list = execFileSync('pdfimages', ['-f', '1', '-l', '1', '-list', path], {
      encoding: 'utf8',
    });
    return list.split('\n').filter((line) => /^\s*1\s+\d+\s+image\b/.test(line)).length;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('branding channels', () => {
  it('stores the installation branding with its logo bytes and text colour', () => {
    const harness = serviceHarness();
    expect(harness.call('branding:get', {})).toEqual({ installation: null });
    const saved = harness.call('branding:save', sound);
    expect(saved).toMatchObject({ accentText: '#ffffff', logo: { width: 300, height: 100 } });
    expect(harness.call('branding:get', {})).toEqual({ installation: saved });
  });

  it('refuses a low-contrast accent and a damaged logo, naming both, and stores nothing', () => {
    const harness = serviceHarness();
    const damaged = pngBytes(300, 100);
    damaged.writeUInt8(damaged.readUInt8(50) ^ 0xff, 50);
    const error = harness.fail('branding:save', {
      ...sound,
      accent: '#808080',
      logoBase64: damaged.toString('base64'),
    });
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.map((issue) => [issue.path, issue.code])).toEqual([
      ['accent', 'accent-contrast'],
      ['logoBase64', 'logo-corrupt'],
    ]);
    expect(error.issues?.[0]?.message).toMatch(/3\.94:1/);
    expect(harness.call('branding:get', {})).toEqual({ installation: null });
    const count = harness.db.prepare('SELECT count(*) AS n FROM installation_branding').get();
    expect(count).toEqual({ n: 0 });
  });

  it('refuses an SVG logo with a script, storing nothing', () => {
    const harness = serviceHarness();
    harness.call('branding:save', sound);
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>x()</script></svg>');
    const error = harness.fail('branding:save', {
      ...sound,
      firmName: 'Other',
      logoBase64: svg.toString('base64'),
    });
    expect(error.issues?.[0]).toMatchObject({ path: 'logoBase64', code: 'logo-svg' });
    expect(harness.call('branding:get', {}).installation?.firmName).toBe('Harbourline Consulting');
  });

  it('lets a workshop override the installation whole, and clear the override again', () => {
    const harness = serviceHarness();
    const workshop = harness.call('workshop:importFile', { file: demoWorkshopFile() });
    expect(harness.call('branding:workshop', { workshopId: workshop.id })).toEqual({
      own: null,
      effective: null,
    });
    const installation = harness.call('branding:save', sound);
    expect(harness.call('branding:workshop', { workshopId: workshop.id }).effective).toEqual(
      installation,
    );
    const plain = { firmName: '', footer: '', accent: null, logoBase64: null };
    const overridden = harness.call('branding:saveWorkshop', {
      workshopId: workshop.id,
      branding: plain,
    });
    // An empty override prints the app's own look for this workshop.
    expect(overridden.effective).toBeNull();
    expect(overridden.own).toMatchObject({ firmName: '', logo: null });
    const cleared = harness.call('branding:saveWorkshop', {
      workshopId: workshop.id,
      branding: null,
    });
    expect(cleared).toEqual({ own: null, effective: installation });
    const error = harness.fail('branding:saveWorkshop', {
      workshopId: workshop.id,
      branding: { ...plain, accent: '#808080' },
    });
    expect(error.issues?.[0]?.path).toBe('branding.accent');
  });

  it('prints the logo on the report’s first page only once a branding is saved', () => {
    const harness = serviceHarness();
    const workshop = harness.call('workshop:importFile', { file: demoWorkshopFile() });
    const before = harness.call('report:pdf', { id: workshop.id, flavour: 'brief' });
    expect(imagesOnPageOne(before.base64)).toBe(0);
    harness.call('branding:save', sound);
    const after = harness.call('report:pdf', { id: workshop.id, flavour: 'brief' });
    expect(imagesOnPageOne(after.base64)).toBe(1);
  });
});
