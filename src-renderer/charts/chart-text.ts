import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useInstrument } from './instrument-context';
import type { TFunction } from 'i18next';
import { Language, type Language as LanguageCode } from '../../shared/domain/workshop';
import { DIMENSION_PREFIX, type Dimension, type Instrument } from '../../shared/instrument';
import { AGREEMENT_LABELS, BAND_LABELS, type Agreement, type Band } from '../../shared/scoring';
import { factorShortName } from '../../shared/charts/factor-names';

/** Look of a chart: `projector` has larger type, thicker strokes and stronger contrast. */
export type ChartTheme = 'default' | 'projector';

export interface ChartText {
  t: TFunction;
  lang: LanguageCode;
  /** A 0–100 figure as the UI language writes it, at most one decimal. */
  num(value: number | null | undefined): string;
  /** A 0–1 share as a whole percentage number (no % sign: the sentence carries it). */
  pct(share: number): string;
  factorName(factorId: string): string;
  factorShort(factorId: string): string;
  dimensionName(dimension: Dimension): string;
  bandName(band: Band | null): string;
  agreementName(agreement: Agreement): string;
  /** A statement's own wording, or its id when the instrument does not have it. */
  itemText(itemId: string): string;
}

function factorInfoOf(instrument: Instrument, factorId: string) {
  const [prefix, factor] = factorId.split('.');
  return instrument.factors.find(
    (info) => DIMENSION_PREFIX[info.dimension] === prefix && info.id === factor,
  );
}

/** Text helpers for the charts: translations under `charts.*`, labels from the instrument and scoring model. */
export function useChartText(given?: Instrument): ChartText {
  const fromWorkshop = useInstrument();
  const instrument = given ?? fromWorkshop;
  const { t, i18n } = useTranslation();
  const parsed = Language.safeParse(i18n.resolvedLanguage ?? i18n.language);
  const lang: LanguageCode = parsed.success ? parsed.data : 'en';
  return useMemo(() => {
    // One decimal always, as the report prints it (59.0, not 59), so the two read the same.
    const oneDecimal = new Intl.NumberFormat(lang, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    const whole = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
    const factorName = (factorId: string) =>
      factorInfoOf(instrument, factorId)?.label[lang] ?? factorId;
    return {
      t,
      lang,
      num: (value) =>
        value === null || value === undefined ? t('charts.common.none') : oneDecimal.format(value),
      pct: (share) => whole.format(share * 100),
      factorName,
      factorShort: (factorId) => factorShortName(factorId, lang, factorName(factorId)),
      dimensionName: (dimension) =>
        instrument.dimensions.find((info) => info.id === dimension)?.label[lang] ?? dimension,
      bandName: (band) => (band === null ? t('charts.common.none') : BAND_LABELS[band][lang]),
      agreementName: (agreement) => AGREEMENT_LABELS[agreement][lang],
      itemText: (itemId) =>
        instrument.items.find((item) => item.id === itemId)?.text[lang] ?? itemId,
    };
  }, [t, lang, instrument]);
}
