import { readFileSync } from 'node:fs';
import { FuseV1Options } from '@electron/fuses';
import { Arch, type AfterPackContext } from 'electron-builder';
import { describe, expect, it, vi } from 'vitest';
import config, { flipPackagedFuses } from '../../../electron-builder.config';
import { PACKAGED_FUSES } from '../../../src-main/electron/fuses';

// Packaging downloads Electron, so it cannot run here: the config is checked as data, and the
// after-pack hook is called with a fake packager.
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  main: string;
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
};

function contextFor(electronPlatformName: string, arch: Arch) {
  const addElectronFuses = vi.fn(() => Promise.resolve(1));
  const context = { electronPlatformName, arch, appOutDir: '/x', packager: { addElectronFuses } };
  return { context: context as unknown as AfterPackContext, addElectronFuses };
}

describe('the packaging config', () => {
  it('builds AppImage and deb, dmg, and an NSIS installer', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(pkg.scripts.package).toMatch(
      /^electron-vite build && electron-builder --config electron-builder\.config\.ts\b/,
    );
    expect(pkg.devDependencies['electron-builder']).toBeDefined();
  });

  it('packs the built app, its entry point and the report fonts', () => {
    expect(config.files).toEqual(expect.arrayContaining(['package.json', 'out/**/*']));
    expect(pkg.main.startsWith('out/')).toBe(true);
    expect(config.files).toContain('resources/fonts/**/*');
  });

  it('keeps asar on everywhere, as the asar fuses require', () => {
    const needsAsar =
      PACKAGED_FUSES[FuseV1Options.OnlyLoadAppFromAsar] === true ||
      PACKAGED_FUSES[FuseV1Options.EnableEmbeddedAsarIntegrityValidation] === true;
    expect(needsAsar).toBe(true);
    expect(config.asar).toBe(true);
    for (const platform of [config.linux, config.mac, config.win]) {
      expect(platform?.asar).not.toBe(false);
    }
  });

  it('sets fuses in one place only: the after-pack hook, from the app’s one fuse list', () => {
    expect(config.afterPack).toBe(flipPackagedFuses);
    // electron-builder flips its own `electronFuses` after afterPack, which would override ours.
    expect(config.electronFuses).toBeUndefined();
  });

  it('flips exactly the app’s fuse list on the packed binary', async () => {
    const linux = contextFor('linux', Arch.x64);
    await flipPackagedFuses(linux.context);
    expect(linux.addElectronFuses).toHaveBeenCalledWith(linux.context, {
      ...PACKAGED_FUSES,
      resetAdHocDarwinSignature: false,
    });
    const windows = contextFor('win32', Arch.arm64);
    await flipPackagedFuses(windows.context);
    expect(windows.addElectronFuses).toHaveBeenCalledWith(windows.context, {
      ...PACKAGED_FUSES,
      resetAdHocDarwinSignature: false,
    });
  });

  it('re-signs ad hoc only on Apple silicon, where a flipped fuse breaks the signature', async () => {
    const arm = contextFor('darwin', Arch.arm64);
    await flipPackagedFuses(arm.context);
    expect(arm.addElectronFuses).toHaveBeenCalledWith(arm.context, {
      ...PACKAGED_FUSES,
      resetAdHocDarwinSignature: true,
    });
    const intel = contextFor('darwin', Arch.x64);
    await flipPackagedFuses(intel.context);
    expect(intel.addElectronFuses).toHaveBeenCalledWith(intel.context, {
      ...PACKAGED_FUSES,
      resetAdHocDarwinSignature: false,
    });
  });

  it('the manual fuse script uses the same list', () => {
    expect(readFileSync('scripts/flip-fuses.ts', 'utf8')).toMatch(
      /flipFuses\(binary, PACKAGED_FUSES\)/,
    );
  });
});
