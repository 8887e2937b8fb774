import { closeSync, openSync, readSync, writeSync } from 'node:fs';

/**
 * Flips every byte of the b-tree page headers of pages 2..4, the way a bad sector or a torn copy
 * would; `quick_check` walks every b-tree, so it always notices. The file header stays intact.
 */
export function flipPageBytes(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    const header = Buffer.alloc(100);
    readSync(fd, header, 0, 100, 0);
    const raw = header.readUInt16BE(16);
    const pageSize = raw === 1 ? 65536 : raw;
    for (let page = 1; page <= 3; page++) {
      const bytes = Buffer.alloc(12);
      const offset = page * pageSize;
      readSync(fd, bytes, 0, bytes.length, offset);
      for (let i = 0; i < bytes.length; i++) bytes[i] = (bytes[i] ?? 0) ^ 0xff;
      writeSync(fd, bytes, 0, bytes.length, offset);
    }
  } finally {
    closeSync(fd);
  }
}

/** Flips the first bytes of the file, where SQLite's magic string lives. */
export function flipHeaderBytes(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    const bytes = Buffer.alloc(8);
    readSync(fd, bytes, 0, bytes.length, 0);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (bytes[i] ?? 0) ^ 0xff;
    writeSync(fd, bytes, 0, bytes.length, 0);
  } finally {
    closeSync(fd);
  }
}
