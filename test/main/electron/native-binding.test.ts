import { describe, expect, it } from 'vitest';
import { chooseNativeBinding } from '../../../src-main/electron/native-binding';

describe('chooseNativeBinding', () => {
  it('uses the default (Node) build outside Electron', () => {
    expect(
      chooseNativeBinding({ node: '20.20.2' }, { EDW_SQLITE_BINDING: '/x.node' }),
    ).toBeUndefined();
  });

  it('uses the prepared Electron build inside Electron', () => {
    expect(
      chooseNativeBinding({ electron: '45.5.0' }, { EDW_SQLITE_BINDING: '/x.node' }, () => true),
    ).toBe('/x.node');
  });

  it('says how to fix a missing Electron build', () => {
    expect(() => chooseNativeBinding({ electron: '45.5.0' }, {})).toThrow(/npm start/);
    expect(() =>
      chooseNativeBinding({ electron: '45.5.0' }, { EDW_SQLITE_BINDING: '/x.node' }, () => false),
    ).toThrow(/missing at \/x.node/);
  });
});
