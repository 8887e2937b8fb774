import { MAX_BODY_BYTES } from '../../../shared/api/contract';
import type { FieldIssue } from '../../../shared/api/errors';
import { titleSlug } from '../../../shared/format/title-slug';
import { decodeUtf8 } from '../../../shared/format/utf8';

/** Extension of a saved workshop file: still JSON, but recognisable in a folder. */
export const WORKSHOP_FILE_SUFFIX = '.edw.json';
/** How many invalid-file issues the import alert lists; the rest are counted. */
export const MAX_LISTED_ISSUES = 10;

/** A title as a file-name part: the one slug every exported file name uses. */
export const slugify = titleSlug;

/** `<title-slug>-<date>.edw.json`, the name an exported workshop file is saved under. */
export function workshopFileName(title: string, date: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? `-${date}` : '';
  return `${slugify(title)}${day}${WORKSHOP_FILE_SUFFIX}`;
}

/** Hands JSON to the browser as a download; works the same in Electron and in browser mode. */
export function downloadJson(fileName: string, data: unknown): void {
  const blob = new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some engines; a tick later it has started.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export type ReadOutcome =
  | { ok: true; data: unknown }
  | { ok: false; reason: 'too_large' | 'not_json'; detail: string }
  /** `detail` is the byte offset of the first byte that is not UTF-8. */
  | { ok: false; reason: 'not_utf8'; detail: string };

/** Reads a picked file as JSON, telling a too-large, non-UTF-8 or non-JSON file apart (never throws). */
export async function readWorkshopFile(file: Blob): Promise<ReadOutcome> {
  // Checked before reading, so a huge file is refused without loading it into memory.
  if (file.size > MAX_BODY_BYTES) {
    return { ok: false, reason: 'too_large', detail: String(Math.ceil(file.size / 1024 / 1024)) };
  }
  let bytes: Uint8Array;
  try {
    // Bytes, not file.text(): that would replace a bad byte with U+FFFD and import the result.
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return { ok: false, reason: 'not_json', detail: errorText(error) };
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { ok: false, reason: 'not_utf8', detail: String(decoded.offset) };
  try {
    return { ok: true, data: JSON.parse(decoded.text) as unknown };
  } catch (error) {
    return { ok: false, reason: 'not_json', detail: errorText(error) };
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The first issues of a refused file as `path: text` lines, and how many were left out. `say`
 * words an issue (in the UI's language: `issueText`); by default, the host's English message.
 */
export function issueLines(
  issues: readonly FieldIssue[],
  max = MAX_LISTED_ISSUES,
  say: (issue: FieldIssue) => string = (issue) => issue.message,
): { lines: string[]; more: number } {
  const lines = issues.slice(0, max).map((issue) => {
    const text = say(issue);
    // The path stays as the file spells it: it points into the JSON, in any language.
    return issue.path ? `${issue.path}: ${text}` : text;
  });
  return { lines, more: Math.max(0, issues.length - max) };
}
