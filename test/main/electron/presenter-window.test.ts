import { describe, expect, it } from 'vitest';
import { presenterHashOf } from '../../../src-main/electron/app-window';

const app = 'app://bundle/index.html';

describe('the presenter window', () => {
  it('opens only for the app page’s own presenter route', () => {
    expect(presenterHashOf(`${app}#/present/abc-123`, app)).toBe('/present/abc-123');
    expect(presenterHashOf(`${app}#/workshops/abc`, app)).toBeUndefined();
    expect(presenterHashOf('https://example.com/index.html#/present/abc', app)).toBeUndefined();
    expect(presenterHashOf('file:///etc/other.html#/present/abc', app)).toBeUndefined();
    expect(
      presenterHashOf('file:///opt/edw/out/renderer/index.html#/present/abc', app),
    ).toBeUndefined();
    expect(presenterHashOf('app://elsewhere/index.html#/present/abc', app)).toBeUndefined();
  });
});
