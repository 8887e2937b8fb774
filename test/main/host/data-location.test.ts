import { describe, expect, it } from 'vitest';
import { defaultDataFile } from '../../../src-main/host/data-location';

describe('defaultDataFile', () => {
  it('uses XDG_DATA_HOME on Linux when it is an absolute path', () => {
    expect(
      defaultDataFile({ platform: 'linux', env: { XDG_DATA_HOME: '/data' }, home: '/home/ana' }),
    ).toBe('/data/execution-debt-workshop/workshops.sqlite');
  });

  it('falls back to ~/.local/share on Linux, ignoring a relative XDG_DATA_HOME as the spec says', () => {
    expect(
      defaultDataFile({ platform: 'linux', env: { XDG_DATA_HOME: 'rel' }, home: '/home/ana' }),
    ).toBe('/home/ana/.local/share/execution-debt-workshop/workshops.sqlite');
  });

  it('uses Application Support on macOS', () => {
    expect(defaultDataFile({ platform: 'darwin', env: {}, home: '/Users/ana' })).toBe(
      '/Users/ana/Library/Application Support/execution-debt-workshop/workshops.sqlite',
    );
  });
});
