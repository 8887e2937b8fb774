/*
 * Reads just enough of a PNG to trust it: the signature, every chunk's CRC, an IHDR first and an
 * IEND last. A logo is embedded in reports as it is, so a damaged one must be refused on upload,
 * not discovered when a PDF fails to open at a client.
 */

export interface PngInfo {
  width: number;
  height: number;
}

export type PngProblem = 'not-png' | 'corrupt';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

let crcTable: Uint32Array | undefined;

function crc32(bytes: Uint8Array, start: number, end: number): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let index = start; index < end; index++) {
    crc = (crcTable[(crc ^ (bytes[index] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** True when the bytes start like a PNG (whatever follows). */
export function looksLikePng(bytes: Uint8Array): boolean {
  return SIGNATURE.every((byte, index) => bytes[index] === byte);
}

/** The PNG's pixel size, or the problem that makes it unusable. */
export function readPng(bytes: Uint8Array): PngInfo | PngProblem {
  if (!looksLikePng(bytes)) return 'not-png';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = SIGNATURE.length;
  let info: PngInfo | undefined;
  let sawData = false;
  while (offset + 12 <= bytes.length) {
    const length = view.getUint32(offset);
    const dataStart = offset + 8;
    const dataEnd = dataStart + length;
    if (dataEnd + 4 > bytes.length) return 'corrupt';
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    if (crc32(bytes, offset + 4, dataEnd) !== view.getUint32(dataEnd)) return 'corrupt';
    if (!info && type !== 'IHDR') return 'corrupt';
    if (type === 'IHDR') {
      if (length !== 13) return 'corrupt';
      info = { width: view.getUint32(dataStart), height: view.getUint32(dataStart + 4) };
      if (info.width === 0 || info.height === 0) return 'corrupt';
    }
    if (type === 'IDAT') sawData = true;
    if (type === 'IEND') return info && sawData && dataEnd + 4 === bytes.length ? info : 'corrupt';
    offset = dataEnd + 4;
  }
  return 'corrupt';
}
