import type { Language } from '../../domain/workshop';
import { INSTRUMENTS } from '../../instrument';
import { DIMENSION_PREFIX, DIMENSIONS, type Dimension } from '../../instrument/types';
import type { PortfolioColumn } from '../../portfolio/types';
import { BAND_LABELS, type Band } from '../../scoring/constants';
import { REPORT_TEXTS } from '../texts';
import { portfolioText } from './texts';

/**
 * A factor key (`dv.replay`) by the name the instruments give it, newest instrument first: the
 * portfolio compares only factors every instrument in it shares, so any of them names it.
 */
export function factorName(key: string, language: Language): string {
  const [prefix, id] = key.split('.');
  const dimension = DIMENSIONS.find((candidate) => DIMENSION_PREFIX[candidate] === prefix);
  for (const instrument of [...INSTRUMENTS].reverse()) {
    const info = instrument.factors.find(
      (factor) => factor.id === id && factor.dimension === dimension,
    );
    if (info) return info.label[language];
  }
  return key;
}

/** A dimension's name in the language, as the newest instrument writes it. */
export function dimensionName(dimension: Dimension, language: Language): string {
  for (const instrument of [...INSTRUMENTS].reverse()) {
    const info = instrument.dimensions.find((candidate) => candidate.id === dimension);
    if (info) return info.label[language];
  }
  return dimension;
}

/** A heatmap column's row label: the index, a dimension or a factor. */
export function columnLabel(column: PortfolioColumn, language: Language): string {
  if (column.kind === 'headline') return portfolioText('rowIndex', language);
  if (column.kind === 'dimension') return dimensionName(column.id, language);
  return factorName(column.id, language);
}

/** A band's name as the one-team report prints it, or its short "n/a" when there is none. */
export function bandLabel(band: Band | null, language: Language): string {
  return band === null ? REPORT_TEXTS.insufficientShort[language] : BAND_LABELS[band][language];
}
