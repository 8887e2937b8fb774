import { FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses';

/**
 * The Electron fuses a packaged app is shipped with: switches compiled into the binary that turn
 * off what this app never needs, so a tampered environment cannot turn it back on. They are
 * flipped on the packaged binary by `scripts/flip-fuses.ts`, never on the development binary in
 * node_modules (`npm start` must keep loading the app from the project folder).
 */
export const PACKAGED_FUSES: Readonly<FuseV1Config> = Object.freeze({
  version: FuseVersion.V1,
  // The binary can never be used as a plain Node.js (ELECTRON_RUN_AS_NODE).
  [FuseV1Options.RunAsNode]: false,
  // Cookies on disk are encrypted with the OS keychain.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS and --inspect cannot inject code into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // The app's code is loaded only from its signed-off asar archive, checked for integrity.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // file:// pages get no more privilege than any other origin.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
});
