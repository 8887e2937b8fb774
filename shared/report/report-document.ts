import { jsPDF } from 'jspdf';
import type { Language } from '../domain/workshop';
import { FONT } from './pdf-primitives';

/** The two TrueType faces the report embeds: raw bytes or base64. */
export interface ReportFonts {
  regular: Uint8Array | string;
  bold: Uint8Array | string;
}

/** The language the PDF declares, read by screen readers and search. */
const PDF_LANGUAGE = { en: 'en-GB', es: 'es-ES', de: 'de-DE', fr: 'fr-FR' } as const;

/** A font as jsPDF's virtual file system wants it; `btoa` in chunks, as the spread has a limit. */
function base64Of(font: Uint8Array | string): string {
  if (typeof font === 'string') return font;
  let binary = '';
  const chunk = 0x8000;
  for (let index = 0; index < font.length; index += chunk) {
    binary += String.fromCharCode(...font.subarray(index, index + chunk));
  }
  return btoa(binary);
}

/**
 * An empty A4 portrait document in millimetres, as every report starts: compressed, both faces
 * embedded (only the ones drawn with are written), the regular one set, and the language declared.
 */
export function createReportDocument(fonts: ReportFonts, language: Language): jsPDF {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
  doc.addFileToVFS('report-regular.ttf', base64Of(fonts.regular));
  doc.addFont('report-regular.ttf', FONT, 'normal');
  doc.addFileToVFS('report-bold.ttf', base64Of(fonts.bold));
  doc.addFont('report-bold.ttf', FONT, 'bold');
  doc.setFont(FONT, 'normal');
  doc.setLanguage(PDF_LANGUAGE[language]);
  return doc;
}
