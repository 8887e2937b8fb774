import type { Language } from '../../domain/workshop';
import type { Dimension, Localized } from '../../instrument/types';
import { BAND_LABELS } from '../../scoring/constants';
import type { ReportInput } from '../model-types';
import { factorShortName } from '../../charts/factor-names';
import { formatFigure, reportText, type ReportTextKey } from '../texts';

// What every section builder needs: the input, and its texts and names in the report's language.

export interface Ctx {
  input: ReportInput;
  lang: Language;
  t: (key: ReportTextKey, values?: Record<string, string | number>) => string;
  num: (value: number | null) => string;
  factorName: (id: string) => string;
  factorShort: (id: string) => string;
  dimensionName: (dimension: Dimension) => string;
  k: number;
}

/** The context every section builder is handed, made once per report. */
export function contextOf(input: ReportInput): Ctx {
  const lang = input.language;
  const factorName = (id: string): string => {
    const [, factor] = id.split('.');
    return (
      input.instrument.factors.find(
        (info) => info.id === factor && id.startsWith(prefixOf(info.dimension)),
      )?.label[lang] ?? id
    );
  };
  return {
    input,
    lang,
    t: (key, values) => reportText(key, lang, values),
    num: (value) => formatFigure(value, lang),
    factorName,
    factorShort: (id) => factorShortName(id, lang, factorName(id)),
    dimensionName: (dimension) =>
      input.instrument.dimensions.find((info) => info.id === dimension)?.label[lang] ?? dimension,
    k: input.result.anonymityThreshold,
  };
}

const PREFIX: Record<Dimension, string> = {
  human: 'hd.',
  technical: 'td.',
  visibility: 'dv.',
  execution: 'er.',
};
function prefixOf(dimension: Dimension): string {
  return PREFIX[dimension];
}

/** A text given either already in the report's language or as {en, es}. */
export function localized(value: string | Localized, lang: Language): string {
  return typeof value === 'string' ? value : value[lang];
}

/** A band's name in the report's language, or the short "insufficient" word. */
export function bandName(ctx: Ctx, band: string | null): string {
  if (band === null) return ctx.t('insufficientShort');
  return BAND_LABELS[band as keyof typeof BAND_LABELS][ctx.lang];
}
