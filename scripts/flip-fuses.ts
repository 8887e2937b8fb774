// Flips the packaged app's Electron fuses (src-main/electron/fuses.ts) on a packaged binary:
//   npx tsx scripts/flip-fuses.ts <path to the packaged app's Electron executable>
// Refuses the development binary in node_modules, which `npm start` needs unfused.
import { existsSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { flipFuses, getCurrentFuseWire } from '@electron/fuses';
import { PACKAGED_FUSES } from '../src-main/electron/fuses';

async function main(): Promise<number> {
  const [target] = process.argv.slice(2);
  if (!target) {
    console.error('Usage: npx tsx scripts/flip-fuses.ts <packaged Electron executable>');
    return 2;
  }
  const binary = resolve(target);
  if (!existsSync(binary)) {
    console.error(`No such file: ${binary}`);
    return 1;
  }
  if (binary.includes(`${sep}node_modules${sep}electron${sep}`)) {
    console.error(
      'Refusing to fuse the development binary in node_modules; pass the packaged app.',
    );
    return 1;
  }
  await flipFuses(binary, PACKAGED_FUSES);
  console.log(`Fuses set on ${binary}:`, await getCurrentFuseWire(binary));
  return 0;
}

void main().then((code) => process.exit(code));
