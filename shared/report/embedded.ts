import { readBrandingRecord } from './embedded-branding';
import {
  EMBEDDED_FORMAT,
  type EmbeddedPlan,
  type EmbeddedReport,
  type FigureValue,
} from './figures';

/** Our XMP namespace: a name, not an address anything is fetched from. */
export const XMP_NAMESPACE = 'urn:x-edw:report:1/';

const OPEN = '<edw:figures>';
const CLOSE = '</edw:figures>';

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * The report's XMP packet: Dublin Core title and subject, PDF keywords, the fingerprint, and the
 * figures as readable JSON (one line), so an auditor can read them with any XMP tool.
 */
export function reportXmp(
  embedded: EmbeddedReport | { fingerprint: string },
  meta: { title: string; subject: string; keywords: string },
): string {
  return [
    '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:edw="${XMP_NAMESPACE}">`,
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(meta.title)}</rdf:li></rdf:Alt></dc:title>`,
    `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(meta.subject)}</rdf:li></rdf:Alt></dc:description>`,
    `<pdf:Keywords>${escapeXml(meta.keywords)}</pdf:Keywords>`,
    `<edw:fingerprint>${escapeXml(embedded.fingerprint)}</edw:fingerprint>`,
    `${OPEN}${escapeXml(JSON.stringify(embedded))}${CLOSE}`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}

export type ReadEmbeddedResult =
  | { ok: true; embedded: EmbeddedReport }
  | { ok: false; reason: 'not_pdf' | 'missing' | 'unreadable' };

export function isFigure(value: unknown): value is FigureValue {
  return value === null || typeof value === 'number' || typeof value === 'string';
}

export type ReadPayloadResult =
  | { ok: true; payload: object & { format?: unknown } }
  | { ok: false; reason: 'not_pdf' | 'missing' | 'unreadable' };

/**
 * The JSON object a PDF of this app embedded in its XMP packet (uncompressed by design), of
 * whichever kind: the one-team report's figures or the portfolio's. The caller checks its shape.
 */
export function readEmbeddedPayload(bytes: Uint8Array): ReadPayloadResult {
  // The packet is UTF-8 text inside an otherwise binary file; decoding the whole file as UTF-8
  // keeps it intact and only garbles binary streams we do not read.
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (!text.startsWith('%PDF-')) return { ok: false, reason: 'not_pdf' };
  const start = text.lastIndexOf(OPEN);
  if (start === -1) return { ok: false, reason: 'missing' };
  const end = text.indexOf(CLOSE, start);
  if (end === -1) return { ok: false, reason: 'unreadable' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(unescapeXml(text.slice(start + OPEN.length, end)));
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  if (typeof parsed !== 'object' || parsed === null) return { ok: false, reason: 'unreadable' };
  return { ok: true, payload: parsed };
}

/** Finds and parses the figures a one-team report embedded in its XMP packet. */
export function readEmbeddedReport(bytes: Uint8Array): ReadEmbeddedResult {
  const read = readEmbeddedPayload(bytes);
  if (!read.ok) return read;
  const candidate = read.payload as Partial<EmbeddedReport>;
  const figures = candidate.figures;
  if (
    candidate.format !== EMBEDDED_FORMAT ||
    typeof candidate.fingerprint !== 'string' ||
    typeof figures !== 'object' ||
    figures === null ||
    !Object.values(figures).every(isFigure)
  ) {
    return { ok: false, reason: 'unreadable' };
  }
  const plan = planOf(candidate.plan);
  if (plan === 'invalid') return { ok: false, reason: 'unreadable' };
  const branding = readBrandingRecord(candidate.branding);
  if (branding === 'invalid') return { ok: false, reason: 'unreadable' };
  return {
    ok: true,
    embedded: {
      format: EMBEDDED_FORMAT,
      fingerprint: candidate.fingerprint,
      modelVersion: String(candidate.modelVersion ?? ''),
      instrumentVersion: String(candidate.instrumentVersion ?? ''),
      language: String(candidate.language ?? ''),
      flavour: String(candidate.flavour ?? ''),
      generatedAt: String(candidate.generatedAt ?? ''),
      figures,
      ...(plan ? { plan } : {}),
      ...(candidate.demo === true ? { demo: true as const } : {}),
      ...(branding ? { branding } : {}),
    },
  };
}

const isText = (value: unknown): boolean =>
  typeof value === 'string' ||
  (typeof value === 'object' &&
    value !== null &&
    typeof (value as { en?: unknown }).en === 'string' &&
    typeof (value as { es?: unknown }).es === 'string');

function isInterventionList(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.every(
      (entry) =>
        typeof entry === 'object' && entry !== null && isText((entry as { title?: unknown }).title),
    )
  );
}

/** The embedded action plan, checked for the shape the renderer needs. */
function planOf(value: unknown): EmbeddedPlan | undefined | 'invalid' {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null) return 'invalid';
  const { recommendations, alsoRecommended } = value as Partial<EmbeddedPlan>;
  if (!isInterventionList(recommendations)) return 'invalid';
  if (alsoRecommended !== undefined && !isInterventionList(alsoRecommended)) return 'invalid';
  return value as EmbeddedPlan;
}
