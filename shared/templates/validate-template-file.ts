import type { FieldIssue } from '../api/errors';
import {
  AgendaTemplateFile,
  MAX_TEMPLATE_FILE_BYTES,
  TEMPLATE_FORMAT,
  TEMPLATE_FORMAT_VERSION,
} from './agenda-template';

export type TemplateValidation =
  { ok: true; file: AgendaTemplateFile } | { ok: false; tooLarge: boolean; issues: FieldIssue[] };

/** `code` lets the UI say the file-level problems in its own language (templates.problems.*). */
function refused(
  path: string,
  message: string,
  code: string,
  params: Record<string, string | number> = {},
): TemplateValidation {
  return { ok: false, tooLarge: code === 'too_large', issues: [{ path, message, code, params }] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A template file's text checked in the order a person can act on: size, JSON, what kind of
 * file it is, its version, then each field by path.
 */
export function validateTemplateFile(text: string): TemplateValidation {
  if (new TextEncoder().encode(text).length > MAX_TEMPLATE_FILE_BYTES) {
    const max = MAX_TEMPLATE_FILE_BYTES / 1024;
    return refused('', `is larger than ${max} KB`, 'too_large', { max });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refused('', 'is not JSON', 'not_json');
  }
  if (!isRecord(raw) || raw.format !== TEMPLATE_FORMAT) {
    return refused(
      'format',
      `must be "${TEMPLATE_FORMAT}": this is not an agenda template file`,
      'wrong_format',
    );
  }
  if (raw.version !== TEMPLATE_FORMAT_VERSION) {
    return refused(
      'version',
      `is ${JSON.stringify(raw.version)}; this app reads agenda template version ${TEMPLATE_FORMAT_VERSION}`,
      'wrong_version',
      { version: JSON.stringify(raw.version) ?? 'none', supported: TEMPLATE_FORMAT_VERSION },
    );
  }
  const parsed = AgendaTemplateFile.safeParse(raw);
  if (parsed.success) return { ok: true, file: parsed.data };
  return {
    ok: false,
    tooLarge: false,
    issues: parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    })),
  };
}
