// `npm run package`: builds the app with electron-vite, then packs it with electron-builder into
// an AppImage and a .deb (Linux), a .dmg (macOS) or an NSIS installer (Windows). Packaging
// downloads Electron's zip and rebuilds better-sqlite3 for Electron, so it needs the internet.
import { Arch, type AfterPackContext, type Configuration } from 'electron-builder';
import { PACKAGED_FUSES } from './src-main/electron/fuses';

/**
 * The after-pack step: flips the app's fuse list (src-main/electron/fuses.ts) on the packed
 * binary, after the files are in place and before signing, as the fuses require. The packager's
 * own `addElectronFuses` finds the executable for each platform (the .app, the .exe, Linux's
 * executable name).
 */
export async function flipPackagedFuses(context: AfterPackContext): Promise<void> {
  const macOs = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
  await context.packager.addElectronFuses(context, {
    ...PACKAGED_FUSES,
    // Flipping a fuse breaks the ad-hoc signature Apple silicon requires even of unsigned apps.
    resetAdHocDarwinSignature: macOs && context.arch === Arch.arm64,
  });
}

const config: Configuration = {
  appId: 'com.executiondebt.workshop',
  productName: 'Execution Debt Workshop',
  directories: { output: 'dist' },
  // The built app (package.json's main is out/main/main.js) and the report's fonts, which the main
  // process reads from resources/fonts; production dependencies are added by the packager.
  files: ['package.json', 'out/**/*', 'resources/fonts/**/*'],
  // The fuses load the app only from an integrity-checked asar, so the archive is not optional.
  asar: true,
  // Native modules cannot be loaded from inside the archive.
  asarUnpack: ['**/*.node'],
  afterPack: flipPackagedFuses,
  // No `electronFuses` here: the after-pack step is the one place fuses are set, from one list.
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    maintainer: 'Execution Debt Workshop maintainers',
  },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.productivity',
    hardenedRuntime: true,
  },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
};

export default config;
