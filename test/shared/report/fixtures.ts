import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoWorkshopFile } from '../../../shared/demo/demo-workshop';
import type { Language } from '../../../shared/domain/workshop';
import { instrumentOf } from '../../../shared/instrument';
import {
  buildReportModel,
  type ReportFlavour,
  type ReportIntervention,
} from '../../../shared/report/model';
import type { ReportFonts } from '../../../shared/report/render-pdf';
import { scoreWorkshop } from '../../../shared/scoring';

export const GENERATED_AT = '2026-11-21T10:00:00.000Z';

/** The demo workshop scored, and its report model, in a language and flavour. */
export function demoReport(
  language: Language,
  flavour: ReportFlavour,
  recommendations?: readonly ReportIntervention[],
  alsoRecommended?: readonly ReportIntervention[],
) {
  const file = demoWorkshopFile({ language });
  const instrument = instrumentOf(file.workshop.instrumentVersion);
  const result = scoreWorkshop(file, instrument);
  const model = buildReportModel({
    file,
    result,
    instrument,
    language,
    flavour,
    generatedAt: GENERATED_AT,
    ...(recommendations ? { recommendations } : {}),
    ...(alsoRecommended ? { alsoRecommended } : {}),
  });
  return { file, result, model };
}

/** The fonts the app ships in resources/fonts, as raw bytes (the renderer also takes base64). */
export function shippedFonts(): ReportFonts {
  const dir = join(import.meta.dirname, '..', '..', '..', 'resources', 'fonts');
  return {
    regular: new Uint8Array(readFileSync(join(dir, 'DejaVuSans.ttf'))),
    bold: new Uint8Array(readFileSync(join(dir, 'DejaVuSans-Bold.ttf'))),
  };
}

/** The same fonts as base64, the way the app's main side hands them over. */
export function shippedFontsBase64(): ReportFonts {
  const fonts = shippedFonts();
  return {
    regular: Buffer.from(fonts.regular as Uint8Array).toString('base64'),
    bold: Buffer.from(fonts.bold as Uint8Array).toString('base64'),
  };
}
