import { FuseV1Options } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { PACKAGED_FUSES } from '../../../src-main/electron/fuses';

describe('the packaged app fuses', () => {
  it('turn off every way to run the binary as something else', () => {
    expect(PACKAGED_FUSES[FuseV1Options.RunAsNode]).toBe(false);
    expect(PACKAGED_FUSES[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(PACKAGED_FUSES[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(PACKAGED_FUSES[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });

  it('load the app only from an integrity-checked asar and encrypt cookies', () => {
    expect(PACKAGED_FUSES[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(PACKAGED_FUSES[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(PACKAGED_FUSES[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(Object.isFrozen(PACKAGED_FUSES)).toBe(true);
  });
});
