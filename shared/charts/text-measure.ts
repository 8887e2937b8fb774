/**
 * Advance widths of DejaVu Sans, the face the PDF report embeds, in thousandths of an em, read
 * from the font for printable ASCII (U+0020–U+007E), Latin-1 (U+00A0–U+00FF) and a few
 * punctuation marks the texts use. Charts wrap and place their labels with these, with no DOM in
 * shared/: the report prints in this face, and the app's sans-serif faces (Segoe UI, Roboto,
 * Arial, Liberation Sans) are narrower, so a label measured here fits on screen too.
 */
const EXTRA = '–—‘’“”…→·×≥≤';

const REGULAR: readonly number[] = [
  318, 401, 460, 838, 637, 951, 780, 275, 391, 391, 500, 838, 318, 361, 318, 337, 637, 637, 637,
  637, 637, 637, 637, 637, 637, 637, 337, 337, 838, 838, 838, 531, 1000, 685, 687, 699, 771, 632,
  576, 775, 752, 295, 295, 656, 558, 863, 749, 788, 604, 788, 695, 635, 611, 732, 685, 989, 686,
  611, 686, 391, 337, 391, 838, 500, 500, 613, 635, 550, 635, 616, 353, 635, 634, 278, 278, 580,
  278, 975, 634, 612, 635, 635, 412, 521, 393, 634, 592, 818, 592, 592, 525, 637, 337, 637, 838,
  318, 401, 637, 637, 637, 637, 337, 500, 500, 1000, 472, 612, 838, 361, 1000, 500, 500, 838, 401,
  401, 500, 637, 637, 318, 500, 401, 472, 612, 970, 970, 970, 531, 685, 685, 685, 685, 685, 685,
  975, 699, 632, 632, 632, 632, 295, 295, 295, 295, 775, 749, 788, 788, 788, 788, 788, 838, 788,
  732, 732, 732, 732, 611, 605, 630, 613, 613, 613, 613, 613, 613, 982, 550, 616, 616, 616, 616,
  278, 278, 278, 278, 612, 634, 612, 612, 612, 612, 612, 838, 612, 634, 634, 634, 634, 592, 635,
  592, 500, 1000, 318, 318, 519, 519, 1000, 838, 318, 838, 838, 838,
];

const BOLD: readonly number[] = [
  349, 457, 521, 838, 696, 1002, 873, 307, 458, 458, 523, 838, 380, 416, 380, 366, 696, 696, 696,
  696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 581, 1000, 774, 763, 734, 831, 684,
  684, 821, 837, 373, 373, 775, 638, 996, 837, 851, 733, 851, 771, 721, 683, 813, 774, 1104, 771,
  725, 726, 458, 366, 458, 838, 500, 500, 675, 716, 593, 716, 679, 436, 716, 712, 343, 343, 666,
  343, 1042, 712, 688, 716, 716, 494, 596, 479, 712, 652, 924, 646, 652, 583, 712, 366, 712, 838,
  349, 457, 696, 696, 637, 696, 366, 500, 500, 1000, 564, 646, 838, 416, 1000, 500, 500, 838, 438,
  438, 500, 736, 637, 380, 500, 438, 564, 646, 1036, 1036, 1036, 581, 774, 774, 774, 774, 774, 774,
  1085, 734, 684, 684, 684, 684, 373, 373, 373, 373, 838, 837, 851, 851, 851, 851, 851, 838, 851,
  813, 813, 813, 813, 725, 738, 720, 675, 675, 675, 675, 675, 675, 1048, 593, 679, 679, 679, 679,
  343, 343, 343, 343, 688, 712, 688, 688, 688, 688, 688, 838, 688, 712, 712, 712, 712, 652, 716,
  652, 500, 1000, 380, 380, 658, 658, 1000, 838, 380, 838, 838, 838,
];

/** Widest advance in the face's common range: an unknown character is never measured too narrow. */
const UNKNOWN = 1110;

function advance(char: string, table: readonly number[]): number {
  const code = char.codePointAt(0) ?? 0;
  let index = -1;
  if (code >= 0x20 && code <= 0x7e) index = code - 0x20;
  else if (code >= 0xa0 && code <= 0xff) index = 95 + code - 0xa0;
  else {
    const extra = EXTRA.indexOf(char);
    if (extra !== -1) index = 191 + extra;
  }
  return index === -1 ? UNKNOWN : (table[index] ?? UNKNOWN);
}

/** Width of `text` at `size` user units, in the same units. */
export function measureText(text: string, size: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let total = 0;
  for (const char of text) total += advance(char, table);
  return (total / 1000) * size;
}

/**
 * Breaks a label into lines no wider than `width`: at spaces, and after a hyphen or slash when a
 * word alone is too wide; a single piece wider than the line is cut between characters, so no
 * line ever overflows.
 */
export function wrapText(text: string, width: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (piece: string, space: boolean) => {
    const joined = line === '' ? piece : `${line}${space ? ' ' : ''}${piece}`;
    if (measureText(joined, size, bold) <= width) {
      line = joined;
      return;
    }
    if (line !== '') lines.push(line);
    line = '';
    let rest = piece;
    while (measureText(rest, size, bold) > width && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && measureText(rest.slice(0, cut), size, bold) > width) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  };
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const pieces = word.match(/[^-/]+[-/]*|[-/]+/g) ?? [word];
    pieces.forEach((piece, index) => push(piece, index === 0));
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The widest piece `wrapText` will not break (a word, or a part of it after a hyphen or slash). */
export function widestPiece(text: string, size: number, bold = false): number {
  let widest = 0;
  for (const word of text.split(/\s+/).filter(Boolean))
    for (const piece of word.match(/[^-/]+[-/]*|[-/]+/g) ?? [word])
      widest = Math.max(widest, measureText(piece, size, bold));
  return widest;
}
