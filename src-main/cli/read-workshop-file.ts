import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FieldIssue } from '../../shared/api/errors';
import { getInstrument } from '../../shared/instrument';
import type { WorkshopFile } from '../../shared/format/workshop-file';
import { validateWorkshopFile } from '../../shared/format/validate-workshop-file';
import { decodeUtf8, describeInvalidUtf8 } from '../../shared/format/utf8';
import { InvalidInputError } from './io';

const MAX_FILE_BYTES = 64 * 1024 * 1024;
const SHOWN_ISSUES = 10;

export function describeIssues(issues: readonly FieldIssue[]): string {
  const lines = issues
    .slice(0, SHOWN_ISSUES)
    .map((issue) => `  ${issue.path || '(file)'}: ${issue.message}`);
  if (issues.length > SHOWN_ISSUES) lines.push(`  … and ${issues.length - SHOWN_ISSUES} more`);
  return lines.join('\n');
}

/** Reads, parses and fully validates a workshop file, or throws InvalidInputError saying why. */
export function readWorkshopFile(path: string, cwd: string): WorkshopFile {
  const absolute = resolve(cwd, path);
  let bytes: Buffer;
  try {
    if (statSync(absolute).size > MAX_FILE_BYTES) {
      throw new InvalidInputError(
        `${path}: the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB.`,
      );
    }
    // Read as bytes: Node's 'utf8' decoding would turn a bad byte into U+FFFD without a word.
    bytes = readFileSync(absolute);
  } catch (error) {
    if (error instanceof InvalidInputError) throw error;
    throw new InvalidInputError(
      `${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
    );
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    throw new InvalidInputError(
      `${path}: ${describeInvalidUtf8(decoded.offset, decoded.byte)}. Nothing was changed; ` +
        'save the file as UTF-8 and try again.',
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(decoded.text);
  } catch (error) {
    throw new InvalidInputError(`${path}: not valid JSON (${(error as Error).message}).`);
  }
  const result = validateWorkshopFile(raw, getInstrument);
  if (!result.ok) {
    throw new InvalidInputError(`${path}: invalid workshop file\n${describeIssues(result.issues)}`);
  }
  return result.file;
}
