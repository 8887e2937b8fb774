import { z } from 'zod';
import type { FieldIssue } from '../api/errors';
import { checkAccent, isHexColour } from './contrast';
import { looksLikePng, readPng } from './png';

/*
 * The consultant's own brand on the report, the projector and the phone page: a firm name, a PNG
 * logo kept in the store (never fetched), an accent that text can be read on, and a footer line.
 * The framework's attribution and the demo marker are drawn whatever the branding says.
 * SVG bytes are refused here: the report is drawn by jsPDF in Node, which cannot rasterise SVG
 * without a browser canvas or a native library. The branding screen draws an SVG to a PNG in the
 * browser engine first (src-renderer/features/branding/svg-logo.ts), so what is stored is a PNG.
 */

/** Largest logo file: a masthead logo needs no more, and every report embeds it. */
export const MAX_LOGO_BYTES = 512 * 1024;
/** Pixel bounds: below the minimum it prints blurred; above the maximum it only weighs. */
export const MIN_LOGO_PIXELS = 32;
export const MAX_LOGO_PIXELS = 4000;
export const MAX_FIRM_NAME = 80;
export const MAX_FOOTER = 160;

export const BrandingInput = z.object({
  firmName: z.string().trim().max(MAX_FIRM_NAME, `must be at most ${MAX_FIRM_NAME} characters`),
  footer: z.string().trim().max(MAX_FOOTER, `must be at most ${MAX_FOOTER} characters`),
  /** `#rrggbb`, or null for the app's own colours. */
  accent: z.string().nullable(),
  /** The logo file's bytes as base64, or null for none. */
  logoBase64: z
    .string()
    .max(Math.ceil(MAX_LOGO_BYTES / 3) * 4 + 1024, 'is larger than a logo may be')
    .nullable(),
});
export type BrandingInput = z.infer<typeof BrandingInput>;

/** A checked branding, as stored and as the report, projector and phone page use it. */
export const Branding = z.object({
  firmName: z.string(),
  footer: z.string(),
  accent: z.string().nullable(),
  /** White or dark: whichever reads on `accent` at AA (null without an accent). */
  accentText: z.string().nullable(),
  logo: z
    .object({ base64: z.string(), width: z.number().int(), height: z.number().int() })
    .nullable(),
});
export type Branding = z.infer<typeof Branding>;

/** True when the branding would change nothing (the app's own look). */
export function isEmptyBranding(branding: Branding): boolean {
  return !branding.firmName && !branding.footer && !branding.accent && !branding.logo;
}

/** What is wrong with a logo, for a UI to say in its own language. */
export type LogoProblem = 'too-large' | 'svg' | 'wrong-type' | 'corrupt' | 'too-small' | 'too-big';

function decodeBase64(base64: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 !== 0) return undefined;
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** The logo's pixel size, or the specific reason it is refused. */
export function checkLogo(
  bytes: Uint8Array,
): { width: number; height: number } | { problem: LogoProblem } {
  if (bytes.length > MAX_LOGO_BYTES) return { problem: 'too-large' };
  if (!looksLikePng(bytes)) {
    const head = new TextDecoder().decode(bytes.subarray(0, 2048)).toLowerCase();
    return { problem: head.includes('<svg') ? 'svg' : 'wrong-type' };
  }
  const png = readPng(bytes);
  if (typeof png === 'string') return { problem: 'corrupt' };
  if (Math.min(png.width, png.height) < MIN_LOGO_PIXELS) return { problem: 'too-small' };
  if (Math.max(png.width, png.height) > MAX_LOGO_PIXELS) return { problem: 'too-big' };
  return png;
}

const LOGO_MESSAGES: Record<LogoProblem, string> = {
  'too-large': `the logo file is larger than ${MAX_LOGO_BYTES / 1024} KB`,
  svg: 'SVG logos are not accepted (the report cannot draw them faithfully); save the logo as PNG',
  'wrong-type': 'the logo is not a PNG file',
  corrupt: 'the PNG file is damaged (its chunks do not check out)',
  'too-small': `the logo is smaller than ${MIN_LOGO_PIXELS} pixels on a side`,
  'too-big': `the logo is larger than ${MAX_LOGO_PIXELS} pixels on a side`,
};

/**
 * Checks a branding as a facilitator entered it: the accent must carry text at WCAG AA and the
 * logo must be a sound PNG of sensible size. Returns the branding to store, or every problem.
 */
export function checkBranding(
  input: BrandingInput,
): { branding: Branding } | { issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  let accentText: string | null = null;
  if (input.accent !== null) {
    if (!isHexColour(input.accent)) {
      issues.push({
        path: 'accent',
        message: 'must be a colour as #rrggbb',
        code: 'accent-format',
      });
    } else {
      const check = checkAccent(input.accent);
      const ratio = Math.floor(check.ratio * 100) / 100;
      if (check.ok) accentText = check.text;
      else
        issues.push({
          path: 'accent',
          message: `neither white nor dark text reaches the 4.5:1 contrast WCAG AA asks (best ${ratio.toFixed(2)}:1)`,
          code: 'accent-contrast',
          params: { ratio: ratio.toFixed(2) },
        });
    }
  }
  let logo: Branding['logo'] = null;
  if (input.logoBase64 !== null) {
    const bytes = decodeBase64(input.logoBase64);
    const checked = bytes ? checkLogo(bytes) : { problem: 'corrupt' as const };
    if ('problem' in checked)
      issues.push({
        path: 'logoBase64',
        message: LOGO_MESSAGES[checked.problem],
        code: `logo-${checked.problem}`,
      });
    else logo = { base64: input.logoBase64, ...checked };
  }
  if (issues.length > 0) return { issues };
  return {
    branding: {
      firmName: input.firmName,
      footer: input.footer,
      accent: input.accent === null ? null : input.accent.toLowerCase(),
      accentText,
      logo,
    },
  };
}
