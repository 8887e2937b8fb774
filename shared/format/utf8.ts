/** The bytes a UTF-8 byte order mark takes at the start of a file. */
const BOM = [0xef, 0xbb, 0xbf] as const;

export type DecodedText =
  | { ok: true; text: string }
  /** `offset` is where the first ill-formed sequence starts, counted from the first byte. */
  | { ok: false; offset: number; byte: number };

/**
 * Decodes a workshop file (or a request body) as UTF-8, refusing any ill-formed byte instead of
 * turning it into U+FFFD: a silently replaced character would be stored as if the file said it.
 * A leading byte order mark, which some editors on Windows write, is accepted and dropped.
 * The fast path is the platform's own strict decoder (Node and browsers alike); only a refused
 * text is scanned again, to say where the first bad byte is.
 */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  const start = BOM.every((value, index) => bytes[index] === value) ? BOM.length : 0;
  try {
    // ignoreBOM keeps a second mark as text: only the one at the very start is the file's mark.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
      bytes.subarray(start),
    );
    return { ok: true, text };
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    // The platform refused what the scan accepts: report the end rather than claim it valid.
    const at = offset === -1 ? bytes.length : offset;
    return { ok: false, offset: at, byte: bytes[at] ?? 0 };
  }
}

/**
 * The offset of the first byte that starts an ill-formed UTF-8 sequence, or -1 if there is none.
 * Follows the table of well-formed sequences in the Unicode Standard (§3.9, table 3-7), which the
 * WHATWG decoder also follows: no overlong forms, no surrogates, nothing above U+10FFFF, no
 * sequence cut short (by another byte or by the end of the text).
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    let trailing: number;
    // The allowed range of the byte after the lead; later ones are always 0x80–0xBF.
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) trailing = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      trailing = 2;
      if (lead === 0xe0) low = 0xa0; // overlong below U+0800
      if (lead === 0xed) high = 0x9f; // UTF-16 surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      trailing = 3;
      if (lead === 0xf0) low = 0x90; // overlong below U+10000
      if (lead === 0xf4) high = 0x8f; // above U+10FFFF
    } else return i; // a stray continuation byte, an overlong lead (C0, C1) or F5–FF
    for (let k = 1; k <= trailing; k++) {
      const next = bytes[i + k];
      const min = k === 1 ? low : 0x80;
      const max = k === 1 ? high : 0xbf;
      if (next === undefined || next < min || next > max) return i;
    }
    i += trailing + 1;
  }
  return -1;
}

/** The words naming the first bad byte, for every place that refuses such a text. */
export function describeInvalidUtf8(offset: number, byte: number): string {
  const hex = byte.toString(16).toUpperCase().padStart(2, '0');
  return `not valid UTF-8 text: the byte at offset ${offset} (0x${hex}) does not form a character`;
}
