/** Bytes as base64 for the contract, in slices so a large archive never overflows the call stack. */
export function base64FromBytes(bytes: Uint8Array): string {
  let binary = '';
  const SLICE = 0x8000;
  for (let at = 0; at < bytes.length; at += SLICE) {
    binary += String.fromCharCode(...bytes.subarray(at, at + SLICE));
  }
  return btoa(binary);
}
