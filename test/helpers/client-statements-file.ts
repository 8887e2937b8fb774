import type { Language } from '../../shared/domain/workshop';
import type { WorkshopFile } from '../../shared/format/workshop-file';

/** Two statements a facilitator might write, in each report language. */
const TEXTS: Record<Language, [string, string]> = {
  en: [
    'When priorities change in the middle of a sprint, someone tells us why before we are asked to switch.',
    'Our release calendar is set by a committee that rarely sees the pipeline.',
  ],
  es: [
    'Cuando las prioridades cambian a mitad de un sprint, alguien nos explica el motivo antes de pedirnos el cambio.',
    'Nuestro calendario de entregas lo fija un comité que casi nunca ve el pipeline.',
  ],
  de: [
    'Wenn sich Prioritäten mitten im Sprint ändern, erklärt uns jemand den Grund, bevor wir umschwenken sollen.',
    'Unseren Releasekalender legt ein Gremium fest, das die Pipeline kaum je sieht.',
  ],
  fr: [
    'Quand les priorités changent en plein sprint, quelqu’un nous explique pourquoi avant de nous demander de basculer.',
    'Notre calendrier de livraison est fixé par un comité qui voit rarement la chaîne de déploiement.',
  ],
};

/**
 * The file with two client statements in its language: the first answered by everyone (one
 * "can't say", one "not applicable"), the second, reverse keyed, given a value by only k − 1
 * people, so it is withheld.
 */
export function withClientStatements(file: WorkshopFile): WorkshopFile {
  const [first, second] = TEXTS[file.workshop.language];
  const people = file.participants.map((participant) => participant.id);
  const k = file.workshop.anonymityThreshold;
  return {
    ...file,
    clientStatements: [
      {
        id: 'c1',
        text: first,
        reversed: false,
        answers: people.map((participant, index) => ({
          participant,
          value: index === 0 ? null : index === 1 ? 'na' : (((index % 5) + 1) as 1 | 2 | 3 | 4 | 5),
        })),
      },
      {
        id: 'c2',
        text: second,
        reversed: true,
        answers: people.slice(0, k - 1).map((participant) => ({ participant, value: 4 as const })),
      },
    ],
  };
}
