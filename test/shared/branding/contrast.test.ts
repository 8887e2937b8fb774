import { describe, expect, it } from 'vitest';
import {
  checkAccent,
  contrastRatio,
  DARK_TEXT,
  relativeLuminance,
  WHITE_TEXT,
} from '../../../shared/branding/contrast';

describe('WCAG contrast', () => {
  it('gives the published ratios for known pairs', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // #767676 is the lightest grey that passes AA on white; #777777 just fails.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#0000ff', '#ffffff')).toBeCloseTo(8.59, 2);
    expect(contrastRatio('#ff0000', '#ffffff')).toBeCloseTo(4.0, 2);
  });

  it('is the same whichever way round', () => {
    expect(contrastRatio('#0b4f8a', '#ffffff')).toBe(contrastRatio('#ffffff', '#0b4f8a'));
  });

  it('measures luminance from sRGB', () => {
    expect(relativeLuminance('#ffffff')).toBe(1);
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#808080')).toBeCloseTo(0.2159, 4);
  });

  it('refuses a colour that is not #rrggbb', () => {
    expect(() => relativeLuminance('blue')).toThrow(/#rrggbb/);
    expect(() => relativeLuminance('#fff')).toThrow(/#rrggbb/);
  });
});

describe('checkAccent', () => {
  it('puts white text on a dark accent', () => {
    expect(checkAccent('#0b4f8a')).toMatchObject({ ok: true, text: WHITE_TEXT });
  });

  it('puts dark text on a light accent', () => {
    const check = checkAccent('#f5c400');
    expect(check).toMatchObject({ ok: true, text: DARK_TEXT });
    expect(check.ratio).toBeGreaterThanOrEqual(4.5);
  });

  it('refuses a mid tone neither text reads on, with the better ratio', () => {
    const check = checkAccent('#808080');
    expect(check.ok).toBe(false);
    expect(check.ratio).toBeCloseTo(
      Math.max(contrastRatio('#808080', DARK_TEXT), contrastRatio('#808080', WHITE_TEXT)),
      5,
    );
    expect(check.ratio).toBeLessThan(4.5);
  });
});
