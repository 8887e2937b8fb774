import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/domain/workshop';
import { dimensionLabel, INSTRUMENT } from '../../../shared/instrument';
import type { SectionKind } from '../../../shared/run/agenda';
import type { Dimension } from '../../../shared/instrument';

interface SectionLike {
  kind: SectionKind;
  title: string;
  prompt: string;
  dimensions: readonly Dimension[];
}

/**
 * A section's name: the facilitator's own for custom sections, else the app's, in the workshop's
 * `language` whatever the UI's: a statements section is named by its dimension in that language,
 * so the others must be too, or the agenda reads "Encuadre" beside "Human Debt".
 */
export function sectionTitle(t: TFunction, section: SectionLike, language: Language): string {
  if (section.kind === 'custom') return section.title;
  if (section.kind === 'statements') {
    const [dimension] = section.dimensions;
    return dimension
      ? dimensionLabel(INSTRUMENT, dimension, language)
      : t('run.kinds.statements', { lng: language });
  }
  return t(`run.kinds.${section.kind}`, { lng: language });
}

/** What the room is asked to do in the section, in the workshop's language as the room reads it. */
export function sectionPrompt(t: TFunction, section: SectionLike, language: Language): string {
  if (section.kind === 'custom') return section.prompt;
  return t(`run.prompts.${section.kind}`, { lng: language });
}
