import { describe, expect, it } from 'vitest';
import {
  checkBranding,
  checkLogo,
  MAX_LOGO_BYTES,
  type BrandingInput,
} from '../../../shared/branding/branding';
import { pngBytes } from './png-bytes';

const empty: BrandingInput = { firmName: '', footer: '', accent: null, logoBase64: null };

function logoIssue(bytes: Uint8Array): unknown {
  const result = checkBranding({ ...empty, logoBase64: Buffer.from(bytes).toString('base64') });
  expect('branding' in result).toBe(false);
  return 'issues' in result ? result.issues : undefined;
}

describe('checkLogo', () => {
  it('reads a sound PNG’s size', () => {
    expect(checkLogo(pngBytes(240, 80))).toEqual({ width: 240, height: 80 });
  });

  it('refuses a damaged PNG: a flipped byte breaks a chunk CRC', () => {
    const bytes = pngBytes(240, 80);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 20) ^ 0xff, bytes.length - 20);
    expect(checkLogo(bytes)).toEqual({ problem: 'corrupt' });
  });

  it('refuses a truncated PNG', () => {
    expect(checkLogo(pngBytes(240, 80).subarray(0, 60))).toEqual({ problem: 'corrupt' });
  });

  it('refuses a file larger than the limit before reading it', () => {
    const big = new Uint8Array(MAX_LOGO_BYTES + 1);
    big.set(pngBytes(64, 64));
    expect(checkLogo(big)).toEqual({ problem: 'too-large' });
  });

  it('refuses a logo too small or too large in pixels', () => {
    expect(checkLogo(pngBytes(20, 80))).toEqual({ problem: 'too-small' });
    expect(checkLogo(pngBytes(4001, 40))).toEqual({ problem: 'too-big' });
  });

  it('refuses a JPEG as the wrong type', () => {
    expect(checkLogo(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70]))).toEqual({
      problem: 'wrong-type',
    });
  });

  it('refuses every SVG, a script or an external href among them', () => {
    const svgs = [
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><image href="https://x.example/l.png"/></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg"><rect width="10" height="10"/></svg>',
    ];
    for (const svg of svgs) {
      expect(checkLogo(new TextEncoder().encode(svg))).toEqual({ problem: 'svg' });
    }
  });
});

describe('checkBranding', () => {
  it('keeps a sound branding with the text colour its accent needs', () => {
    const result = checkBranding({
      firmName: 'Northwind Advisory',
      footer: 'Confidential',
      accent: '#0B4F8A',
      logoBase64: pngBytes(240, 80).toString('base64'),
    });
    expect(result).toMatchObject({
      branding: {
        firmName: 'Northwind Advisory',
        accent: '#0b4f8a',
        accentText: '#ffffff',
        logo: { width: 240, height: 80 },
      },
    });
  });

  it('refuses a low-contrast accent with the reason and the measured ratio', () => {
    const result = checkBranding({ ...empty, accent: '#808080' });
    expect(result).toEqual({
      issues: [
        expect.objectContaining({
          path: 'accent',
          code: 'accent-contrast',
          params: { ratio: '3.94' },
          message: expect.stringMatching(/4\.5:1.*3\.94:1/),
        }),
      ],
    });
  });

  it('refuses an accent that is not a colour', () => {
    expect(checkBranding({ ...empty, accent: 'navy' })).toEqual({
      issues: [expect.objectContaining({ path: 'accent', code: 'accent-format' })],
    });
  });

  it('names each logo problem with its own code', () => {
    const bad = pngBytes(64, 64);
    bad.writeUInt8(bad.readUInt8(40) ^ 0x01, 40);
    expect(logoIssue(bad)).toEqual([
      expect.objectContaining({ path: 'logoBase64', code: 'logo-corrupt' }),
    ]);
    expect(logoIssue(new TextEncoder().encode('<svg><script/></svg>'))).toEqual([
      expect.objectContaining({ code: 'logo-svg', message: expect.stringMatching(/PNG/) }),
    ]);
  });

  it('refuses base64 that is not base64', () => {
    expect(checkBranding({ ...empty, logoBase64: 'not base64!' })).toEqual({
      issues: [expect.objectContaining({ code: 'logo-corrupt' })],
    });
  });
});
