import type { Language } from '../../../shared/domain/workshop';

/** Numbers as the page shows them: counts plain, figures with two decimals, in the UI language. */
export interface HealthFormat {
  count(value: number): string;
  figure(value: number): string;
}

export function healthFormat(language: Language): HealthFormat {
  const count = new Intl.NumberFormat(language);
  const figure = new Intl.NumberFormat(language, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return { count: (value) => count.format(value), figure: (value) => figure.format(value) };
}
