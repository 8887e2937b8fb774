import { inflateSync } from 'node:zlib';

// An object whose dictionary names Flate; its /Length (jsPDF writes it direct) says where it ends.
const STREAM =
  /\d+ 0 obj\s*<<((?:(?!>>)[\s\S])*?)\/Filter \/FlateDecode((?:(?!>>)[\s\S])*?)>>\s*stream\r?\n/y;

/**
 * Rewrites a PDF with every Flate-compressed stream stored uncompressed, after passing each
 * page content stream (one that draws text) through `edit`; then writes a fresh cross-reference
 * table, so the result is a valid PDF that any reader opens. Streams are handled as latin1 text,
 * byte for byte.
 */
export function editContentStreams(
  bytes: Uint8Array,
  edit: (content: string, index: number) => string,
): Uint8Array {
  const text = Buffer.from(bytes).toString('latin1');
  let out = '';
  let last = 0;
  let index = 0;
  for (let at = text.indexOf(' 0 obj'); at !== -1; at = text.indexOf(' 0 obj', at + 1)) {
    STREAM.lastIndex = text.lastIndexOf('\n', at) + 1;
    const match = STREAM.exec(text);
    if (!match) continue;
    const dictionary = `${match[1] ?? ''}${match[2] ?? ''}`;
    const length = Number(/\/Length (\d+)/.exec(dictionary)?.[1]);
    const start = match.index + match[0].length;
    const raw = Buffer.from(text.slice(start, start + length), 'latin1');
    let content = inflateSync(raw).toString('latin1');
    if (/\bT[jJ]\b/.test(content)) content = edit(content, index++);
    const head = match[0].slice(0, match[0].indexOf('<<'));
    out += text.slice(last, match.index);
    out += `${head}<<${dictionary.replace(/\/Length \d+/, '')}/Length ${Buffer.byteLength(content, 'latin1')}\n>>\nstream\n${content}`;
    last = start + length;
    at = last;
  }
  out += text.slice(last);
  return withFreshXref(out);
}

/** Replaces the cross-reference table and trailer offsets with ones measured on `pdf`. */
function withFreshXref(pdf: string): Uint8Array {
  const xrefAt = pdf.lastIndexOf('\nxref\n');
  const trailerAt = pdf.indexOf('trailer', xrefAt);
  const body = pdf.slice(0, xrefAt + 1);
  const offsets = new Map<number, number>();
  for (const match of body.matchAll(/(?<=\n)(\d+) 0 obj\b/g)) {
    offsets.set(Number(match[1]), match.index ?? 0);
  }
  const size = Math.max(...offsets.keys()) + 1;
  const rows = ['0000000000 65535 f '];
  for (let number = 1; number < size; number++) {
    const offset = offsets.get(number);
    rows.push(
      offset === undefined ? '0000000000 65535 f ' : `${String(offset).padStart(10, '0')} 00000 n `,
    );
  }
  const trailer = pdf
    .slice(trailerAt, pdf.lastIndexOf('startxref'))
    .replace(/\/Size \d+/, `/Size ${size}`);
  const rebuilt = `${body}xref\n0 ${size}\n${rows.join('\n')}\n${trailer}startxref\n${body.length}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(rebuilt, 'latin1'));
}

/**
 * The hex string a report's content stream shows `text` with: the embedded TrueType faces are
 * written as glyph ids (Identity-H), and in their glyph order a printable ASCII character's id is
 * its code less 29 ("6" is glyph 0x19).
 */
export function glyphHex(text: string): string {
  return [...text]
    .map((character) => ((character.codePointAt(0) ?? 0) - 29).toString(16).padStart(4, '0'))
    .join('');
}
