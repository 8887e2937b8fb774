import type { Localized } from '../instrument/types';

/** One way a debt in one factor feeds a debt in another (source → target). */
export interface FactorLink {
  from: string;
  to: string;
  why: Localized;
}

/**
 * The framework's reinforcing links between factors, as this app models them. Direction reads
 * "a debt here makes a debt there more likely". Our own reading of the framework, versioned with
 * the chart: changing a link changes the factor web, not any score.
 */
export const FACTOR_LINKS: readonly FactorLink[] = Object.freeze([
  {
    from: 'hd.load',
    to: 'hd.speakup',
    why: {
      en: 'People with no slack left rarely find the energy to question a plan.',
      es: 'Quien no tiene margen rara vez encuentra energía para cuestionar un plan.',
      de: 'Wer keinen Spielraum mehr hat, findet selten die Energie, einen Plan zu hinterfragen.',
      fr: 'Quand on n’a plus aucune marge, on trouve rarement l’énergie de remettre un plan en question.',
    },
  },
  {
    from: 'hd.load',
    to: 'hd.normalised',
    why: {
      en: 'When everyone is stretched, workarounds stop looking like exceptions.',
      es: 'Cuando todos van al límite, los atajos dejan de parecer excepciones.',
      de: 'Wenn alle am Limit sind, wirken Notlösungen nicht mehr wie Ausnahmen.',
      fr: 'Quand tout le monde est à bout, les contournements ne ressemblent plus à des exceptions.',
    },
  },
  {
    from: 'hd.speakup',
    to: 'dv.explain',
    why: {
      en: 'A choice nobody dares to question is never asked to explain itself.',
      es: 'A una decisión que nadie se atreve a cuestionar nunca se le pide explicación.',
      de: 'Eine Entscheidung, die niemand zu hinterfragen wagt, muss sich nie erklären.',
      fr: 'Un choix que personne n’ose questionner n’a jamais à se justifier.',
    },
  },
  {
    from: 'hd.speakup',
    to: 'er.progress',
    why: {
      en: 'Bad news that stays unspoken leaves status reports rosier than the work.',
      es: 'Las malas noticias que nadie dice dejan los informes más optimistas que el trabajo.',
      de: 'Schlechte Nachrichten, die unausgesprochen bleiben, lassen Statusmeldungen rosiger aussehen als die Arbeit.',
      fr: 'Les mauvaises nouvelles tues rendent les comptes rendus plus roses que le travail.',
    },
  },
  // Links of the factors instrument 2.0.0 added; a result without them simply skips these.
  {
    from: 'hd.trust',
    to: 'hd.speakup',
    why: {
      en: 'Where an objection is read as a personal agenda, people stop raising them.',
      es: 'Donde una objeción se interpreta como un interés personal, la gente deja de plantearlas.',
      de: 'Wo ein Einwand als persönliche Agenda gilt, hören die Menschen auf, Einwände zu erheben.',
      fr: 'Là où une objection passe pour un calcul personnel, on cesse d’en formuler.',
    },
  },
  {
    from: 'hd.learning',
    to: 'hd.normalised',
    why: {
      en: 'A failure met with blame keeps its cause, and the workaround becomes habit.',
      es: 'Un fallo que acaba en culpa deja su causa intacta, y el parche se vuelve costumbre.',
      de: 'Ein Fehler, auf den mit Schuldzuweisung reagiert wird, behält seine Ursache, und die Notlösung wird zur Gewohnheit.',
      fr: 'Un échec accueilli par des reproches garde sa cause, et le contournement devient une habitude.',
    },
  },
  {
    from: 'hd.autonomy',
    to: 'er.intent',
    why: {
      en: 'A team told how to work cannot adjust the method when it stops serving the goal.',
      es: 'Un equipo al que se le dice cómo trabajar no puede ajustar el método cuando deja de servir al objetivo.',
      de: 'Ein Team, dem vorgeschrieben wird, wie es arbeiten soll, kann die Methode nicht anpassen, wenn sie dem Ziel nicht mehr dient.',
      fr: 'Une équipe à qui l’on dicte sa façon de travailler ne peut pas adapter la méthode quand elle ne sert plus l’objectif.',
    },
  },
  {
    from: 'td.coupling',
    to: 'td.coordination',
    why: {
      en: 'Code bound across team lines turns a change into a negotiation between teams.',
      es: 'El código acoplado entre equipos convierte cada cambio en una negociación entre ellos.',
      de: 'Code, der über Teamgrenzen hinweg verflochten ist, macht aus einer Änderung eine Verhandlung zwischen Teams.',
      fr: 'Du code lié par-delà les frontières d’équipe transforme un changement en négociation entre équipes.',
    },
  },
  {
    from: 'td.coordination',
    to: 'hd.load',
    why: {
      en: 'Work waiting on other teams adds chasing and context switches to everyone’s week.',
      es: 'El trabajo que espera a otros equipos añade seguimientos y cambios de tema a la semana de todos.',
      de: 'Arbeit, die auf andere Teams wartet, füllt die Woche aller mit Nachfassen und Kontextwechseln.',
      fr: 'Le travail qui attend d’autres équipes ajoute relances et changements de contexte à la semaine de chacun.',
    },
  },
  {
    from: 'hd.incentives',
    to: 'er.progress',
    why: {
      en: 'Rewarding the look of being on track invites reports that run ahead of reality.',
      es: 'Premiar la apariencia de ir en plazo invita a informes que se adelantan a la realidad.',
      de: 'Wer den Anschein belohnt, im Plan zu sein, bekommt Berichte, die der Wirklichkeit vorauseilen.',
      fr: 'Récompenser l’apparence d’être dans les temps invite des comptes rendus qui devancent la réalité.',
    },
  },
  {
    from: 'hd.incentives',
    to: 'hd.normalised',
    why: {
      en: 'Targets that pay for speed turn shortcuts into accepted practice.',
      es: 'Los objetivos que premian la velocidad convierten los atajos en costumbre.',
      de: 'Ziele, die Tempo belohnen, machen Abkürzungen zur akzeptierten Praxis.',
      fr: 'Des objectifs qui rémunèrent la vitesse font des raccourcis une pratique admise.',
    },
  },
  {
    from: 'hd.normalised',
    to: 'td.pipeline',
    why: {
      en: 'Once a red build is normal, nobody stops to repair the pipeline.',
      es: 'Cuando una compilación rota es lo normal, nadie se detiene a reparar el proceso de entrega.',
      de: 'Sobald ein roter Build normal ist, hält niemand mehr an, um die Pipeline zu reparieren.',
      fr: 'Dès qu’un build rouge devient normal, plus personne ne s’arrête pour réparer la chaîne de livraison.',
    },
  },
  {
    from: 'dv.ownership',
    to: 'hd.accountability',
    why: {
      en: 'If no one can be named as a decision’s owner, answering for its result dissolves.',
      es: 'Si nadie figura como dueño de una decisión, responder por su resultado se diluye.',
      de: 'Wenn niemand als verantwortlich für eine Entscheidung benannt werden kann, löst sich das Einstehen für ihr Ergebnis auf.',
      fr: 'Si personne ne peut être désigné responsable d’une décision, le fait d’en répondre se dissout.',
    },
  },
  {
    from: 'hd.accountability',
    to: 'dv.controls',
    why: {
      en: 'Controls nobody answers for drift until they no longer match what happens.',
      es: 'Los controles de los que nadie responde se desajustan hasta no reflejar lo que ocurre.',
      de: 'Kontrollen, für die niemand einsteht, driften ab, bis sie nicht mehr zu dem passen, was tatsächlich geschieht.',
      fr: 'Les contrôles dont personne ne répond dérivent jusqu’à ne plus correspondre à ce qui se passe.',
    },
  },
  {
    from: 'td.coupling',
    to: 'er.propagation',
    why: {
      en: 'Hidden dependencies carry a change far from where it was made.',
      es: 'Las dependencias ocultas llevan un cambio lejos de donde se hizo.',
      de: 'Versteckte Abhängigkeiten tragen eine Änderung weit weg von ihrem Ursprung.',
      fr: 'Les dépendances cachées portent un changement loin de son point d’origine.',
    },
  },
  {
    from: 'td.coupling',
    to: 'td.change',
    why: {
      en: 'Tightly bound parts make every change touch more than planned.',
      es: 'Las piezas muy acopladas hacen que cada cambio toque más de lo previsto.',
      de: 'Eng verflochtene Teile lassen jede Änderung mehr berühren als geplant.',
      fr: 'Des parties étroitement liées font que chaque changement touche plus que prévu.',
    },
  },
  {
    from: 'td.legacy',
    to: 'td.change',
    why: {
      en: 'Old constraints add a toll to every change that crosses them.',
      es: 'Las restricciones heredadas cobran peaje a cada cambio que las atraviesa.',
      de: 'Alte Einschränkungen erheben einen Zoll auf jede Änderung, die sie kreuzt.',
      fr: 'Les vieilles contraintes prélèvent un péage sur chaque changement qui les traverse.',
    },
  },
  {
    from: 'td.legacy',
    to: 'dv.explain',
    why: {
      en: 'Choices bent around old limits are hard to explain to anyone who was not there.',
      es: 'Las decisiones que esquivan límites antiguos cuestan de explicar a quien no estuvo.',
      de: 'Entscheidungen, die um alte Grenzen herumgebogen wurden, lassen sich niemandem erklären, der nicht dabei war.',
      fr: 'Des choix pliés autour de vieilles limites sont difficiles à expliquer à qui n’était pas là.',
    },
  },
  {
    from: 'td.pipeline',
    to: 'hd.load',
    why: {
      en: 'A fragile delivery path adds firefighting to everyone’s week.',
      es: 'Un camino de entrega frágil añade apagar fuegos a la semana de todos.',
      de: 'Eine anfällige Pipeline füllt die Woche aller mit Feuerwehreinsätzen.',
      fr: 'Une chaîne de livraison fragile ajoute de la gestion de crise à la semaine de chacun.',
    },
  },
  {
    from: 'td.change',
    to: 'er.intent',
    why: {
      en: 'When change is expensive, teams ship what is feasible instead of what was meant.',
      es: 'Cuando cambiar sale caro, se entrega lo factible en lugar de lo que se pretendía.',
      de: 'Wenn Änderungen teuer sind, liefern Teams das Machbare statt des Gemeinten.',
      fr: 'Quand le changement coûte cher, les équipes livrent ce qui est faisable plutôt que ce qui était voulu.',
    },
  },
  {
    from: 'er.ai',
    to: 'dv.replay',
    why: {
      en: 'Output produced faster than it is recorded leaves decisions no one can replay.',
      es: 'Lo que se produce más rápido de lo que se registra deja decisiones imposibles de reconstruir.',
      de: 'Ergebnisse, die schneller entstehen, als sie festgehalten werden, hinterlassen Entscheidungen, die niemand nachvollziehen kann.',
      fr: 'Une production plus rapide que sa consignation laisse des décisions que personne ne peut retracer.',
    },
  },
  {
    from: 'er.ai',
    to: 'hd.load',
    why: {
      en: 'More generated output means more for people to review and vouch for.',
      es: 'Más resultados generados significa más que revisar y avalar.',
      de: 'Mehr generierte Ergebnisse bedeuten mehr, was Menschen prüfen und verantworten müssen.',
      fr: 'Plus de contenu généré, c’est davantage à passer en revue et à cautionner pour les personnes.',
    },
  },
  {
    from: 'dv.replay',
    to: 'dv.consistency',
    why: {
      en: 'Decisions that cannot be replayed cannot be checked for consistency.',
      es: 'Las decisiones que no se pueden reconstruir no se pueden comprobar en su coherencia.',
      de: 'Entscheidungen, die sich nicht nachvollziehen lassen, lassen sich nicht auf Konsistenz prüfen.',
      fr: 'Des décisions qu’on ne peut pas retracer ne peuvent pas être vérifiées quant à leur cohérence.',
    },
  },
  {
    from: 'dv.consistency',
    to: 'er.intent',
    why: {
      en: 'When the same request can end differently, results wander away from intent.',
      es: 'Si la misma petición puede acabar distinto, los resultados se alejan de la intención.',
      de: 'Wenn dieselbe Anfrage unterschiedlich enden kann, entfernen sich Ergebnisse von der Absicht.',
      fr: 'Quand une même demande peut aboutir différemment, les résultats s’éloignent de l’intention.',
    },
  },
  {
    from: 'dv.controls',
    to: 'er.progress',
    why: {
      en: 'Checks that do not track results let reported progress float free of the work.',
      es: 'Los controles que no siguen los resultados dejan el avance informado desligado del trabajo.',
      de: 'Prüfungen, die Ergebnisse nicht erfassen, lassen den gemeldeten Fortschritt von der Arbeit abheben.',
      fr: 'Des contrôles qui ne suivent pas les résultats laissent l’avancement annoncé se détacher du travail.',
    },
  },
  {
    from: 'er.propagation',
    to: 'hd.load',
    why: {
      en: 'Surprise side effects arrive as unplanned work.',
      es: 'Los efectos secundarios inesperados llegan como trabajo no planificado.',
      de: 'Überraschende Nebenwirkungen kommen als ungeplante Arbeit an.',
      fr: 'Les effets de bord imprévus arrivent sous forme de travail non planifié.',
    },
  },
  {
    from: 'er.intent',
    to: 'hd.speakup',
    why: {
      en: 'When outcomes drift without visible cause, raising concerns starts to feel pointless.',
      es: 'Cuando los resultados se desvían sin causa visible, plantear dudas empieza a parecer inútil.',
      de: 'Wenn Ergebnisse ohne sichtbare Ursache abdriften, fühlt es sich sinnlos an, Bedenken zu äußern.',
      fr: 'Quand les résultats dérivent sans cause visible, exprimer ses inquiétudes commence à sembler inutile.',
    },
  },
]);
