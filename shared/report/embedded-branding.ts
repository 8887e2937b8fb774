import { checkAccent } from '../branding/contrast';
import type { Branding } from '../branding/branding';
import { sha256HexBytes } from '../hash/sha256';

/*
 * The branding a report was printed with, as its XMP records it, so `edw verify` can print the
 * same pages again and say when the workshop's branding has changed since. The firm's name and
 * footer line are printed on the pages anyway; the logo is recorded only by its SHA-256 (a report
 * need not carry it twice).
 */

export interface EmbeddedBranding {
  firmName: string;
  footer: string;
  accent: string | null;
  /** SHA-256 (hex) of the logo's PNG bytes; null without a logo. */
  logoSha256: string | null;
}

function base64Bytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** What a report records of the branding it was printed with. */
export function recordBranding(branding: Branding): EmbeddedBranding {
  return {
    firmName: branding.firmName,
    footer: branding.footer,
    accent: branding.accent,
    logoSha256: branding.logo ? sha256HexBytes(base64Bytes(branding.logo.base64)) : null,
  };
}

/**
 * A branding that prints the same text and colours as the recorded one, for printing a report
 * again: without the logo, which prints no text and moves nothing the check reads.
 */
export function brandingOfRecord(record: EmbeddedBranding): Branding {
  const check = record.accent ? checkAccent(record.accent) : null;
  return {
    firmName: record.firmName,
    footer: record.footer,
    accent: check?.ok ? record.accent : null,
    accentText: check?.ok ? check.text : null,
    logo: null,
  };
}

/** The recorded branding read back from a report's metadata; `invalid` for a wrong shape. */
export function readBrandingRecord(value: unknown): EmbeddedBranding | undefined | 'invalid' {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null) return 'invalid';
  const { firmName, footer, accent, logoSha256 } = value as Record<string, unknown>;
  const textOrNull = (field: unknown) => field === null || typeof field === 'string';
  if (typeof firmName !== 'string' || typeof footer !== 'string') return 'invalid';
  if (!textOrNull(accent) || !textOrNull(logoSha256)) return 'invalid';
  return {
    firmName,
    footer,
    accent: accent as string | null,
    logoSha256: logoSha256 as string | null,
  };
}

export type BrandingField = keyof EmbeddedBranding;

/** One field in which the report's branding and the workshop's present one differ. */
export interface BrandingDifference {
  field: BrandingField;
  report: string | null;
  current: string | null;
}

const NONE: EmbeddedBranding = { firmName: '', footer: '', accent: null, logoSha256: null };

/** Where the report's branding (none: the app's look) differs from the workshop's present one. */
export function compareBranding(
  report: EmbeddedBranding | undefined,
  current: Branding | undefined,
): BrandingDifference[] {
  const before = report ?? NONE;
  const now = current ? recordBranding(current) : NONE;
  const fields: BrandingField[] = ['firmName', 'footer', 'accent', 'logoSha256'];
  return fields
    .filter((field) => before[field] !== now[field])
    .map((field) => ({ field, report: before[field], current: now[field] }));
}
