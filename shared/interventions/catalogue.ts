import type { Catalogue, Intervention, MechanismInfo } from './types';

// Catalogue 1.0.0. Ids are stable: saved actions and reports refer to them. A reworded text keeps
// its id; a different intervention gets a new id and the catalogue a new version.

const MECHANISM_INFO: MechanismInfo[] = [
  {
    id: 'authority-topology',
    label: {
      en: 'Authority boundaries between people and AI',
      es: 'Límites de autoridad entre personas e IA',
      de: 'Entscheidungsgrenzen zwischen Menschen und KI',
      fr: 'Limites d’autorité entre personnes et IA',
    },
    summary: {
      en: 'Make clear who or what may decide each kind of thing, and who answers for it.',
      es: 'Dejar claro quién o qué puede decidir cada tipo de cosa, y quién responde por ello.',
      de: 'Klar machen, wer oder was welche Art von Entscheidung treffen darf und wer dafür einsteht.',
      fr: 'Clarifier qui, ou quoi, peut décider de chaque type de chose, et qui en répond.',
    },
  },
  {
    id: 'pathway-stabilisation',
    label: {
      en: 'Steady decision paths under delivery pressure',
      es: 'Caminos de decisión estables bajo presión de entrega',
      de: 'Stabile Entscheidungswege unter Lieferdruck',
      fr: 'Des circuits de décision stables sous pression',
    },
    summary: {
      en: 'Keep the way decisions are made the same when deadlines bite.',
      es: 'Mantener igual la forma de decidir cuando aprietan los plazos.',
      de: 'Die Art, wie Entscheidungen getroffen werden, auch dann beibehalten, wenn Termine drücken.',
      fr: 'Garder la même façon de décider quand les échéances se rapprochent.',
    },
  },
  {
    id: 'inspection-escalation',
    label: {
      en: 'Inspection that escalates early',
      es: 'Inspección que escala a tiempo',
      de: 'Prüfung, die früh eskaliert',
      fr: 'Une inspection qui alerte tôt',
    },
    summary: {
      en: 'Check real work against reports and raise a flag before small gaps compound.',
      es: 'Contrastar el trabajo real con lo informado y avisar antes de que las brechas crezcan.',
      de: 'Echte Arbeit mit Berichten abgleichen und Alarm schlagen, bevor sich kleine Lücken aufschaukeln.',
      fr: 'Confronter le travail réel aux comptes rendus et alerter avant que de petits écarts ne s’amplifient.',
    },
  },
  {
    id: 'trust-calibration',
    label: {
      en: 'Calibrating trust, autonomy and accountability',
      es: 'Calibrar confianza, autonomía y responsabilidad',
      de: 'Vertrauen, Autonomie und Verantwortung kalibrieren',
      fr: 'Calibrer confiance, autonomie et responsabilité',
    },
    summary: {
      en: 'Adjust how much people and tools are trusted to act alone, based on what is observed.',
      es: 'Ajustar cuánto se confía en personas y herramientas para actuar solas, según lo observado.',
      de: 'Anhand des Beobachteten anpassen, wie viel eigenständiges Handeln Menschen und Werkzeugen zugetraut wird.',
      fr: 'Ajuster, selon ce qui est observé, la latitude accordée aux personnes et aux outils pour agir seuls.',
    },
  },
];

const INTERVENTIONS: Intervention[] = [
  // Authority boundaries between people and AI
  {
    id: 'decision-rights-map',
    mechanism: 'authority-topology',
    title: {
      en: 'Decision rights map',
      es: 'Mapa de derechos de decisión',
      de: 'Karte der Entscheidungsrechte',
      fr: 'Carte des droits de décision',
    },
    what: {
      en: 'A one-page table of the ten decisions the team makes most often, with who decides, who is consulted and who is only told. It sits where the team works and is corrected whenever reality differs from it.',
      es: 'Una tabla de una página con las diez decisiones que el equipo toma más a menudo: quién decide, a quién se consulta y a quién solo se informa. Está donde el equipo trabaja y se corrige cada vez que la realidad no coincide.',
      de: 'Eine einseitige Tabelle der zehn Entscheidungen, die das Team am häufigsten trifft: wer entscheidet, wer gefragt und wer nur informiert wird. Sie hängt dort, wo das Team arbeitet, und wird korrigiert, sobald die Wirklichkeit davon abweicht.',
      fr: 'Un tableau d’une page des dix décisions que l’équipe prend le plus souvent, avec qui décide, qui est consulté et qui est seulement informé. Il est affiché là où l’équipe travaille et corrigé dès que la réalité s’en écarte.',
    },
    why: {
      en: 'When nobody can say who decided, ownership fragments and nobody can step in; naming the decider per decision type restores an owner the room can point to.',
      es: 'Si nadie sabe quién decidió, la responsabilidad se diluye y nadie puede intervenir; nombrar a quien decide en cada tipo de decisión devuelve un responsable al que señalar.',
      de: 'Wenn niemand sagen kann, wer entschieden hat, zerfasert die Verantwortung und niemand kann eingreifen; wer für jeden Entscheidungstyp die entscheidende Person benennt, schafft wieder eine Verantwortung, auf die die Gruppe zeigen kann.',
      fr: 'Quand personne ne peut dire qui a décidé, la responsabilité se disperse et personne ne peut intervenir ; nommer le décideur pour chaque type de décision rétablit un responsable que la salle peut désigner.',
    },
    firstStep: {
      en: 'In a 30-minute session, list the last ten consequential decisions and write the decider next to each; circle every one where the room disagrees.',
      es: 'En una sesión de 30 minutos, listar las diez últimas decisiones relevantes y escribir al lado quién decidió; marcar cada una en la que la sala no esté de acuerdo.',
      de: 'In einer 30-minütigen Sitzung die letzten zehn folgenreichen Entscheidungen auflisten und jeweils die entscheidende Person daneben schreiben; jede einkreisen, bei der sich die Gruppe uneinig ist.',
      fr: 'En 30 minutes, lister les dix dernières décisions importantes et écrire le décideur à côté de chacune ; entourer toutes celles sur lesquelles la salle n’est pas d’accord.',
    },
    owner: {
      en: 'Team lead with the product owner',
      es: 'Líder del equipo con la persona de producto',
      de: 'Teamleitung mit dem Product Owner',
      fr: 'Responsable d’équipe avec le product owner',
    },
    successSignal: {
      en: 'Ownership assignability and accountability clarity fall by at least 5 points, and fewer Reality Check items have an unclear owner.',
      es: 'La asignabilidad de la responsabilidad y la claridad de responsabilidades bajan al menos 5 puntos, y menos elementos de la Comprobación de realidad tienen un responsable poco claro.',
      de: 'Benennbare Verantwortliche und Klare Verantwortlichkeiten sinken um mindestens 5 Punkte, und weniger Einträge im Realitätscheck haben eine unklare Verantwortung.',
      fr: 'Les responsabilités identifiables et la clarté des responsabilités baissent d’au moins 5 points, et moins d’éléments de la Vérification de la réalité ont un responsable flou.',
    },
    horizon: 'two-weeks',
    // Autonomy (instrument 2.0.0) is about who may decide, which the map makes explicit.
    triggers: {
      rules: ['ownership-unassignable'],
      factors: ['dv.ownership', 'hd.accountability', 'hd.autonomy'],
    },
    targets: ['dv.ownership', 'hd.accountability'],
  },
  {
    id: 'single-owner-per-item',
    mechanism: 'authority-topology',
    title: {
      en: 'One name per work item',
      es: 'Un nombre por elemento de trabajo',
      de: 'Ein Name pro Arbeitspaket',
      fr: 'Un nom par élément de travail',
    },
    what: {
      en: 'Every item the team reports on carries exactly one accountable person, never a group or a role. Shared work still has helpers, but one name answers for whether it is really done.',
      es: 'Cada elemento sobre el que el equipo informa lleva exactamente una persona responsable, nunca un grupo ni un rol. El trabajo compartido puede tener ayudantes, pero un solo nombre responde de si está hecho de verdad.',
      de: 'Jedes Arbeitspaket, über das das Team berichtet, hat genau eine verantwortliche Person, nie eine Gruppe oder eine Rolle. Gemeinsame Arbeit hat weiterhin Helfende, aber ein Name steht dafür ein, ob sie wirklich erledigt ist.',
      fr: 'Chaque élément sur lequel l’équipe rend compte porte exactement une personne responsable, jamais un groupe ni un rôle. Le travail partagé garde ses contributeurs, mais un seul nom répond de son achèvement réel.',
    },
    why: {
      en: 'Diffused accountability is one of the first ways Human Debt builds; a single name makes it possible to verify and to escalate.',
      es: 'La responsabilidad difusa es una de las primeras formas en que crece la Deuda Humana; un solo nombre hace posible verificar y escalar.',
      de: 'Verwässerte Verantwortung ist einer der ersten Wege, auf denen Human Debt entsteht; ein einzelner Name macht Prüfen und Eskalieren möglich.',
      fr: 'La dilution des responsabilités est l’une des premières voies par lesquelles la Human Debt s’accumule ; un seul nom rend possibles la vérification et l’escalade.',
    },
    firstStep: {
      en: 'Go through the board today and put one name on every open item; items nobody will take go to the next planning as a decision.',
      es: 'Recorrer hoy el tablero y poner un nombre en cada elemento abierto; los que nadie asuma pasan a la próxima planificación como decisión pendiente.',
      de: 'Heute das Board durchgehen und jedem offenen Arbeitspaket einen Namen geben; was niemand übernimmt, kommt als Entscheidung in die nächste Planung.',
      fr: 'Passer le tableau en revue aujourd’hui et mettre un nom sur chaque élément ouvert ; ceux que personne ne prend vont à la prochaine planification comme décision à prendre.',
    },
    owner: {
      en: 'Delivery lead',
      es: 'Responsable de entrega',
      de: 'Delivery Lead',
      fr: 'Responsable de la livraison',
    },
    successSignal: {
      en: 'Accountability clarity falls by at least 5 points and the Reality Check shows an owner for every item.',
      es: 'La claridad de responsabilidades baja al menos 5 puntos y la Comprobación de realidad muestra un responsable en cada elemento.',
      de: 'Klare Verantwortlichkeiten sinkt um mindestens 5 Punkte, und der Realitätscheck zeigt für jedes Arbeitspaket eine Verantwortung.',
      fr: 'La clarté des responsabilités baisse d’au moins 5 points et la Vérification de la réalité montre un responsable pour chaque élément.',
    },
    horizon: 'two-weeks',
    triggers: {
      rules: ['ownership-unassignable', 'reported-work-not-verified'],
      factors: ['hd.accountability'],
    },
    targets: ['hd.accountability', 'dv.ownership'],
  },
  {
    id: 'ai-autonomy-levels',
    mechanism: 'authority-topology',
    title: {
      en: 'Autonomy levels for AI tools',
      es: 'Niveles de autonomía para herramientas de IA',
      de: 'Autonomiestufen für KI-Werkzeuge',
      fr: 'Niveaux d’autonomie des outils d’IA',
    },
    what: {
      en: 'Each AI-assisted workflow gets a level: suggests, drafts for review, acts and reports, or acts alone. Every level names the person who reviews or answers for its output.',
      es: 'Cada flujo de trabajo asistido por IA recibe un nivel: sugiere, redacta para revisión, actúa e informa, o actúa solo. Cada nivel nombra a la persona que revisa su resultado o responde por él.',
      de: 'Jeder KI-gestützte Ablauf erhält eine Stufe: schlägt vor, entwirft zur Prüfung, handelt und berichtet, oder handelt allein. Jede Stufe nennt die Person, die das Ergebnis prüft oder dafür einsteht.',
      fr: 'Chaque flux de travail assisté par l’IA reçoit un niveau : suggère, rédige pour revue, agit et rend compte, ou agit seul. Chaque niveau désigne la personne qui passe ses productions en revue ou en répond.',
    },
    why: {
      en: 'AI speeds work up without making decisions more visible; an explicit boundary keeps speed from outrunning anyone’s ability to explain the result.',
      es: 'La IA acelera el trabajo sin hacer más visibles las decisiones; un límite explícito evita que la velocidad supere la capacidad de explicar el resultado.',
      de: 'KI beschleunigt die Arbeit, ohne Entscheidungen sichtbarer zu machen; eine ausdrückliche Grenze verhindert, dass das Tempo der Fähigkeit davonläuft, das Ergebnis zu erklären.',
      fr: 'L’IA accélère le travail sans rendre les décisions plus visibles ; une limite explicite empêche la vitesse de dépasser la capacité de quiconque à expliquer le résultat.',
    },
    firstStep: {
      en: 'List the AI tools in use this week and agree, for each, the highest level it may run at until the next review.',
      es: 'Listar las herramientas de IA que se usan esta semana y acordar, para cada una, el nivel máximo en que puede operar hasta la próxima revisión.',
      de: 'Die diese Woche genutzten KI-Werkzeuge auflisten und für jedes die höchste Stufe vereinbaren, auf der es bis zur nächsten Überprüfung laufen darf.',
      fr: 'Lister les outils d’IA utilisés cette semaine et convenir, pour chacun, du niveau le plus élevé auquel il peut fonctionner jusqu’à la prochaine revue.',
    },
    owner: {
      en: 'Engineering lead',
      es: 'Líder de ingeniería',
      de: 'Entwicklungsleitung',
      fr: 'Responsable technique',
    },
    successSignal: {
      en: 'AI acceleration without visibility and explainability fall by at least 5 points.',
      es: 'La aceleración por IA sin visibilidad y la explicabilidad bajan al menos 5 puntos.',
      de: 'KI-Beschleunigung ohne Transparenz und Erklärbarkeit sinken um mindestens 5 Punkte.',
      fr: 'L’accélération par l’IA sans visibilité et l’explicabilité baissent d’au moins 5 points.',
    },
    horizon: 'quarter',
    triggers: { rules: ['visibility-perception-mismatch'], factors: ['er.ai', 'dv.explain'] },
    targets: ['er.ai', 'dv.explain'],
  },
  {
    id: 'boundary-owners',
    mechanism: 'authority-topology',
    title: {
      en: 'Owners for shared components',
      es: 'Responsables de los componentes compartidos',
      de: 'Verantwortliche für gemeinsame Komponenten',
      fr: 'Des responsables pour les composants partagés',
    },
    what: {
      en: 'Each shared service, library or data set gets an owner who must hear about a change before it ships. The list of owners is short, public and kept current.',
      es: 'Cada servicio, biblioteca o conjunto de datos compartido tiene un responsable que debe conocer un cambio antes de que salga. La lista es corta, pública y está al día.',
      de: 'Jeder gemeinsam genutzte Dienst, jede Bibliothek und jeder Datenbestand erhält eine verantwortliche Person, die von einer Änderung erfahren muss, bevor sie live geht. Die Liste der Verantwortlichen ist kurz, öffentlich und aktuell.',
      fr: 'Chaque service, bibliothèque ou jeu de données partagé reçoit un responsable qui doit être informé d’une modification avant sa mise en production. La liste des responsables est courte, publique et tenue à jour.',
    },
    why: {
      en: 'Changes that land far from where they were made are a sign that nobody holds the boundary; an owner turns a surprise into a conversation.',
      es: 'Los cambios que repercuten lejos de donde se hicieron indican que nadie cuida la frontera; un responsable convierte la sorpresa en una conversación.',
      de: 'Änderungen, die weit entfernt von ihrem Ursprung wirken, sind ein Zeichen dafür, dass niemand die Grenze hält; eine verantwortliche Person macht aus einer Überraschung ein Gespräch.',
      fr: 'Des changements qui frappent loin de leur origine signalent que personne ne tient la frontière ; un responsable transforme une surprise en conversation.',
    },
    firstStep: {
      en: 'Take the last change that broke something elsewhere and name, together, who should have been told first.',
      es: 'Tomar el último cambio que rompió algo en otro sitio y nombrar, juntos, a quién se le debería haber avisado primero.',
      de: 'Die letzte Änderung nehmen, die anderswo etwas kaputt gemacht hat, und gemeinsam benennen, wer zuerst hätte Bescheid wissen müssen.',
      fr: 'Reprendre la dernière modification qui a cassé quelque chose ailleurs et désigner ensemble qui aurait dû être prévenu en premier.',
    },
    owner: {
      en: 'Architect or senior engineer',
      es: 'Arquitectura o ingeniería sénior',
      de: 'Architektur oder Senior Engineer',
      fr: 'Architecte ou ingénieur senior',
    },
    successSignal: {
      en: 'Non-local change propagation and coupling fall by at least 5 points.',
      es: 'La propagación de cambios lejos de su origen y el acoplamiento bajan al menos 5 puntos.',
      de: 'Änderungen mit Fernwirkung und Kopplung sinken um mindestens 5 Punkte.',
      fr: 'Les changements aux effets lointains et le couplage baissent d’au moins 5 points.',
    },
    horizon: 'quarter',
    // Coordination cost (instrument 2.0.0) gathers at the same boundaries an owner holds.
    triggers: { rules: ['non-local-propagation'], factors: ['td.coupling', 'td.coordination'] },
    targets: ['er.propagation', 'td.coupling'],
  },

  // Steady decision paths under delivery pressure
  {
    id: 'decision-log',
    mechanism: 'pathway-stabilisation',
    title: {
      en: 'Five-line decision log',
      es: 'Registro de decisiones en cinco líneas',
      de: 'Entscheidungslog in fünf Zeilen',
      fr: 'Un registre des décisions en cinq lignes',
    },
    what: {
      en: 'Every consequential decision gets five lines in one shared place: what, who, on which inputs, the options dropped, and the date. Writing it takes two minutes, at the moment of deciding.',
      es: 'Cada decisión relevante queda en cinco líneas en un sitio compartido: qué, quién, con qué datos, qué opciones se descartaron y la fecha. Escribirlo lleva dos minutos, en el momento de decidir.',
      de: 'Jede folgenreiche Entscheidung erhält fünf Zeilen an einem gemeinsamen Ort: was, wer, auf welcher Grundlage, welche Optionen verworfen wurden und das Datum. Das Schreiben dauert zwei Minuten, im Moment der Entscheidung.',
      fr: 'Chaque décision importante reçoit cinq lignes dans un lieu partagé : quoi, qui, sur quelles données, les options écartées et la date. Les écrire prend deux minutes, au moment de décider.',
    },
    why: {
      en: 'A decision that cannot be replayed cannot be inspected or corrected; a short record is the cheapest way to make the path visible again.',
      es: 'Una decisión que no se puede reconstruir no se puede inspeccionar ni corregir; un registro corto es la forma más barata de volver a hacer visible el camino.',
      de: 'Eine Entscheidung, die sich nicht nachvollziehen lässt, lässt sich weder prüfen noch korrigieren; ein kurzer Eintrag ist der günstigste Weg, den Entscheidungsweg wieder sichtbar zu machen.',
      fr: 'Une décision qu’on ne peut pas retracer ne peut être ni examinée ni corrigée ; une courte trace est le moyen le moins coûteux de rendre le cheminement de nouveau visible.',
    },
    firstStep: {
      en: 'Create the log this week and back-fill the three decisions from the Decision Replay that had no record.',
      es: 'Crear el registro esta semana y completar las tres decisiones del Repaso de decisiones que no tenían registro.',
      de: 'Das Log diese Woche anlegen und die drei Entscheidungen aus dem Entscheidungsrückblick nachtragen, zu denen es keine Aufzeichnung gab.',
      fr: 'Créer le registre cette semaine et y reporter les trois décisions de la Relecture des décisions qui n’avaient laissé aucune trace.',
    },
    owner: {
      en: 'Whoever chairs the decision meeting',
      es: 'Quien preside la reunión de decisión',
      de: 'Wer die Entscheidungsrunde leitet',
      fr: 'La personne qui préside la réunion de décision',
    },
    successSignal: {
      en: 'Replayability and explainability fall by at least 5 points, and more replayed decisions have a record.',
      es: 'La trazabilidad y la explicabilidad bajan al menos 5 puntos, y más decisiones revisadas tienen registro.',
      de: 'Nachvollziehbarkeit & Entscheidungsprotokoll und Erklärbarkeit sinken um mindestens 5 Punkte, und mehr der nachvollzogenen Entscheidungen sind festgehalten.',
      fr: 'La traçabilité et l’historique des décisions ainsi que l’explicabilité baissent d’au moins 5 points, et davantage de décisions retracées ont une trace écrite.',
    },
    horizon: 'two-weeks',
    triggers: {
      rules: ['decisions-not-replayable', 'inconsistent-outcomes'],
      factors: ['dv.replay', 'dv.explain'],
    },
    targets: ['dv.replay', 'dv.explain'],
  },
  {
    id: 'decision-criteria',
    mechanism: 'pathway-stabilisation',
    title: {
      en: 'Written criteria for recurring calls',
      es: 'Criterios escritos para decisiones recurrentes',
      de: 'Schriftliche Kriterien für wiederkehrende Entscheidungen',
      fr: 'Des critères écrits pour les arbitrages récurrents',
    },
    what: {
      en: 'The team writes down the criteria for the calls it makes again and again, such as priority, go or no-go, and severity. Two people given the same facts should reach the same answer.',
      es: 'El equipo pone por escrito los criterios de las decisiones que repite una y otra vez, como prioridad, salir o no salir, y gravedad. Dos personas con los mismos datos deberían llegar a la misma respuesta.',
      de: 'Das Team schreibt die Kriterien für die Entscheidungen auf, die es immer wieder trifft, etwa Priorität, Go oder No-Go und Schweregrad. Zwei Personen mit denselben Fakten sollten zur selben Antwort kommen.',
      fr: 'L’équipe met par écrit les critères des arbitrages qu’elle refait sans cesse, comme la priorité, le go/no-go ou la gravité. Deux personnes disposant des mêmes faits devraient aboutir à la même réponse.',
    },
    why: {
      en: 'Identical inputs giving different outcomes means the path depends on who is in the room or how tired they are; shared criteria make it steady.',
      es: 'Que los mismos datos den resultados distintos significa que el camino depende de quién esté en la sala o de su cansancio; unos criterios compartidos lo estabilizan.',
      de: 'Wenn gleiche Eingaben zu unterschiedlichen Ergebnissen führen, hängt der Weg davon ab, wer im Raum sitzt oder wie müde die Leute sind; gemeinsame Kriterien machen ihn stabil.',
      fr: 'Quand des données identiques donnent des résultats différents, le chemin dépend de qui est dans la pièce ou de sa fatigue ; des critères partagés le rendent stable.',
    },
    firstStep: {
      en: 'Pick the one recurring call that was made differently last month and draft its criteria on a single page.',
      es: 'Elegir la decisión recurrente que el mes pasado se tomó de formas distintas y redactar sus criterios en una sola página.',
      de: 'Die eine wiederkehrende Entscheidung auswählen, die letzten Monat unterschiedlich getroffen wurde, und ihre Kriterien auf einer Seite entwerfen.',
      fr: 'Choisir l’arbitrage récurrent qui a été tranché différemment le mois dernier et rédiger ses critères sur une seule page.',
    },
    owner: {
      en: 'Product owner',
      es: 'Persona de producto',
      de: 'Product Owner',
      fr: 'Product owner',
    },
    successSignal: {
      en: 'Consistency falls by at least 5 points and fewer replayed decisions would come out differently today.',
      es: 'La consistencia baja al menos 5 puntos y menos decisiones revisadas saldrían distintas hoy.',
      de: 'Die Konsistenz sinkt um mindestens 5 Punkte, und weniger nachvollzogene Entscheidungen würden heute anders ausfallen.',
      fr: 'La cohérence baisse d’au moins 5 points et moins de décisions retracées seraient prises différemment aujourd’hui.',
    },
    horizon: 'two-weeks',
    triggers: { rules: ['inconsistent-outcomes'], factors: ['dv.consistency'] },
    targets: ['dv.consistency'],
  },
  {
    id: 'pressure-protocol',
    mechanism: 'pathway-stabilisation',
    title: {
      en: 'Agreed rules for crunch time',
      es: 'Reglas acordadas para los momentos de presión',
      de: 'Vereinbarte Regeln für Crunch-Zeiten',
      fr: 'Des règles convenues pour les périodes de rush',
    },
    what: {
      en: 'Before the next deadline, the team agrees which steps are never skipped, such as review, tests and the decision record, and who may grant an exception. Every exception is written down with its reason.',
      es: 'Antes de la próxima fecha límite, el equipo acuerda qué pasos no se saltan nunca, como la revisión, las pruebas y el registro de la decisión, y quién puede autorizar una excepción. Cada excepción se anota con su motivo.',
      de: 'Vor dem nächsten Termin vereinbart das Team, welche Schritte nie übersprungen werden, etwa Review, Tests und der Entscheidungseintrag, und wer eine Ausnahme genehmigen darf. Jede Ausnahme wird mit ihrem Grund festgehalten.',
      fr: 'Avant la prochaine échéance, l’équipe convient des étapes qui ne sont jamais sautées, comme la revue, les tests et la trace de décision, et de qui peut accorder une exception. Chaque exception est consignée avec sa raison.',
    },
    why: {
      en: 'Dysfunction becomes normal one rushed shortcut at a time; deciding the rules while calm keeps the path intact when pressure arrives.',
      es: 'Lo disfuncional se vuelve normal atajo a atajo; decidir las reglas con calma mantiene el camino intacto cuando llega la presión.',
      de: 'Fehlentwicklungen werden Abkürzung für Abkürzung normal; wer die Regeln in ruhigen Zeiten festlegt, hält den Weg intakt, wenn der Druck kommt.',
      fr: 'Les dysfonctionnements deviennent la norme un raccourci après l’autre ; fixer les règles à tête reposée préserve le cheminement quand la pression arrive.',
    },
    firstStep: {
      en: 'Ask everyone to name one step they skipped in the last crunch; keep the three the room agrees must never be skipped again.',
      es: 'Pedir a cada persona un paso que se saltó en el último apuro; quedarse con los tres que la sala acuerde no volver a saltarse.',
      de: 'Alle bitten, einen Schritt zu nennen, den sie im letzten Crunch übersprungen haben; die drei behalten, die laut Gruppe nie wieder übersprungen werden dürfen.',
      fr: 'Demander à chacun de citer une étape sautée lors du dernier rush ; garder les trois que la salle juge à ne plus jamais sauter.',
    },
    owner: {
      en: 'Team lead',
      es: 'Líder del equipo',
      de: 'Teamleitung',
      fr: 'Responsable d’équipe',
    },
    successSignal: {
      en: 'Normalised dysfunction under pressure falls by at least 5 points.',
      es: 'La disfunción normalizada bajo presión baja al menos 5 puntos.',
      de: 'Normalisierte Missstände unter Lieferdruck sinken um mindestens 5 Punkte.',
      fr: 'Les dysfonctionnements banalisés sous la pression des livraisons baissent d’au moins 5 points.',
    },
    horizon: 'quarter',
    triggers: { rules: [], factors: ['hd.normalised'] },
    targets: ['hd.normalised'],
  },
  {
    id: 'commitment-cap',
    mechanism: 'pathway-stabilisation',
    title: {
      en: 'A cap on work in progress',
      es: 'Un límite al trabajo en curso',
      de: 'Eine Obergrenze für laufende Arbeit',
      fr: 'Un plafond de travail en cours',
    },
    what: {
      en: 'The team sets a maximum number of items in progress per person and stops starting new work when it is reached. Anything new has to replace something, openly.',
      es: 'El equipo fija un máximo de elementos en curso por persona y deja de empezar trabajo nuevo al alcanzarlo. Lo nuevo tiene que sustituir a algo, a la vista de todos.',
      de: 'Das Team legt eine Höchstzahl laufender Arbeitspakete pro Person fest und beginnt keine neue Arbeit, wenn sie erreicht ist. Alles Neue muss offen etwas anderes ersetzen.',
      fr: 'L’équipe fixe un nombre maximal d’éléments en cours par personne et cesse d’en commencer de nouveaux quand il est atteint. Toute nouveauté doit en remplacer une autre, ouvertement.',
    },
    why: {
      en: 'Over-commitment degrades decision quality and makes reported progress drift from real progress; a visible cap protects both.',
      es: 'El exceso de compromisos empeora la calidad de las decisiones y separa el avance informado del real; un límite visible protege ambos.',
      de: 'Überlastung verschlechtert die Qualität von Entscheidungen und lässt gemeldeten und tatsächlichen Fortschritt auseinanderlaufen; eine sichtbare Obergrenze schützt beides.',
      fr: 'Le surengagement dégrade la qualité des décisions et fait dériver l’avancement annoncé par rapport à l’avancement réel ; un plafond visible protège les deux.',
    },
    firstStep: {
      en: 'Count what each person has in progress today, agree a cap slightly below the average, and park the excess in a visible list.',
      es: 'Contar lo que cada persona tiene hoy en curso, acordar un límite algo por debajo de la media y aparcar el exceso en una lista visible.',
      de: 'Zählen, was jede Person heute in Arbeit hat, eine Obergrenze knapp unter dem Durchschnitt vereinbaren und den Überhang in einer sichtbaren Liste parken.',
      fr: 'Compter ce que chacun a en cours aujourd’hui, convenir d’un plafond légèrement inférieur à la moyenne et mettre l’excédent de côté dans une liste visible.',
    },
    owner: {
      en: 'Delivery lead',
      es: 'Responsable de entrega',
      de: 'Delivery Lead',
      fr: 'Responsable de la livraison',
    },
    successSignal: {
      en: 'Cognitive load and over-commitment, and reported versus actual progress, fall by at least 5 points.',
      es: 'La carga mental y el exceso de compromisos, y el avance informado frente al real, bajan al menos 5 puntos.',
      de: 'Mentale Belastung & zu viele Zusagen sowie Gemeldeter vs. tatsächlicher Fortschritt sinken um mindestens 5 Punkte.',
      fr: 'La charge mentale et le surengagement, ainsi que l’écart entre avancement annoncé et réel, baissent d’au moins 5 points.',
    },
    horizon: 'two-weeks',
    triggers: { rules: ['progress-perception-mismatch'], factors: ['hd.load'] },
    targets: ['hd.load', 'er.progress'],
  },
  {
    id: 'steady-pipeline',
    mechanism: 'pathway-stabilisation',
    title: {
      en: 'Make the delivery path repeatable',
      es: 'Hacer repetible el proceso de entrega',
      de: 'Die Pipeline wiederholbar machen',
      fr: 'Rendre la chaîne de livraison reproductible',
    },
    what: {
      en: 'The team picks the most fragile step between a change and production and makes it behave the same every time. Flaky tests are quarantined with an owner and manual steps are scripted.',
      es: 'El equipo elige el paso más frágil entre un cambio y producción y hace que se comporte igual cada vez. Las pruebas inestables se aíslan con un responsable y los pasos manuales se automatizan.',
      de: 'Das Team wählt den fragilsten Schritt zwischen einer Änderung und der Produktion und sorgt dafür, dass er sich jedes Mal gleich verhält. Instabile Tests werden mit einer verantwortlichen Person in Quarantäne genommen, manuelle Schritte werden automatisiert.',
      fr: 'L’équipe choisit l’étape la plus fragile entre une modification et la production et fait en sorte qu’elle se comporte chaque fois de la même façon. Les tests instables sont mis en quarantaine avec un responsable et les étapes manuelles sont scriptées.',
    },
    why: {
      en: 'A brittle pipeline makes every change costly and every outcome uncertain, which pushes people towards shortcuts under pressure.',
      es: 'Un proceso de entrega frágil encarece cada cambio y vuelve incierto cada resultado, lo que empuja a tomar atajos bajo presión.',
      de: 'Eine anfällige Pipeline macht jede Änderung teuer und jedes Ergebnis unsicher, was Menschen unter Druck zu Abkürzungen drängt.',
      fr: 'Une chaîne de livraison fragile rend chaque changement coûteux et chaque résultat incertain, ce qui pousse aux raccourcis sous pression.',
    },
    firstStep: {
      en: 'Look at the last twenty pipeline failures and name the step that caused most of them.',
      es: 'Revisar los últimos veinte fallos del proceso de entrega y señalar el paso que causó la mayoría.',
      de: 'Die letzten zwanzig Fehlschläge der Pipeline ansehen und den Schritt benennen, der die meisten verursacht hat.',
      fr: 'Examiner les vingt derniers échecs de la chaîne de livraison et désigner l’étape à l’origine de la plupart d’entre eux.',
    },
    owner: {
      en: 'Platform or DevOps engineer',
      es: 'Ingeniería de plataforma o DevOps',
      de: 'Platform- oder DevOps-Engineer',
      fr: 'Ingénieur plateforme ou DevOps',
    },
    successSignal: {
      en: 'Pipeline brittleness and cost of change fall by at least 5 points.',
      es: 'La fragilidad del proceso de entrega y el costo del cambio bajan al menos 5 puntos.',
      de: 'Anfällige Pipeline und Änderungskosten sinken um mindestens 5 Punkte.',
      fr: 'La fragilité de la chaîne de livraison et le coût du changement baissent d’au moins 5 points.',
    },
    horizon: 'quarter',
    triggers: { rules: [], factors: ['td.pipeline', 'td.change'] },
    targets: ['td.pipeline', 'td.change'],
  },
  {
    id: 'constraint-register',
    mechanism: 'pathway-stabilisation',
    title: {
      en: 'Register of legacy constraints',
      es: 'Registro de restricciones heredadas',
      de: 'Register der Altlast-Einschränkungen',
      fr: 'Registre des contraintes héritées',
    },
    what: {
      en: 'A short list of the legacy constraints that shape decisions, each with the cost it imposes and an owner. One item from it is on the plan every quarter.',
      es: 'Una lista corta de las restricciones heredadas que condicionan las decisiones, cada una con el costo que impone y un responsable. Cada trimestre hay un elemento de la lista en el plan.',
      de: 'Eine kurze Liste der Einschränkungen durch Altsysteme, die Entscheidungen prägen, jeweils mit ihren Kosten und einer verantwortlichen Person. Ein Punkt daraus steht jedes Quartal im Plan.',
      fr: 'Une courte liste des contraintes héritées qui pèsent sur les décisions, chacune avec le coût qu’elle impose et un responsable. Un élément de la liste figure au plan chaque trimestre.',
    },
    why: {
      en: 'Technical Debt is accumulated constraint; constraints nobody names quietly bend decisions, and naming them lets the team decide around them on purpose.',
      es: 'La Deuda Técnica es restricción acumulada; las restricciones que nadie nombra tuercen las decisiones en silencio, y nombrarlas permite decidir teniéndolas en cuenta.',
      de: 'Technische Schulden sind angesammelte Einschränkungen; Einschränkungen, die niemand benennt, verbiegen Entscheidungen unbemerkt, und sie zu benennen erlaubt dem Team, bewusst um sie herum zu entscheiden.',
      fr: 'La dette technique est une contrainte accumulée ; les contraintes que personne ne nomme infléchissent les décisions en silence, et les nommer permet à l’équipe de décider en connaissance de cause.',
    },
    firstStep: {
      en: 'Ask each engineer for the constraint that cost them most time this month and collect the answers in one list.',
      es: 'Pedir a cada persona de ingeniería la restricción que más tiempo le costó este mes y reunir las respuestas en una lista.',
      de: 'Alle Entwicklerinnen und Entwickler nach der Einschränkung fragen, die sie diesen Monat am meisten Zeit gekostet hat, und die Antworten in einer Liste sammeln.',
      fr: 'Demander à chaque ingénieur la contrainte qui lui a coûté le plus de temps ce mois-ci et réunir les réponses dans une seule liste.',
    },
    owner: {
      en: 'Engineering lead',
      es: 'Líder de ingeniería',
      de: 'Entwicklungsleitung',
      fr: 'Responsable technique',
    },
    successSignal: {
      en: 'Legacy constraints and cost of change fall by at least 5 points.',
      es: 'Las restricciones heredadas y el costo del cambio bajan al menos 5 puntos.',
      de: 'Einschränkungen durch Altsysteme und Änderungskosten sinken um mindestens 5 Punkte.',
      fr: 'Les contraintes des systèmes hérités et le coût du changement baissent d’au moins 5 points.',
    },
    horizon: 'quarter',
    triggers: { rules: [], factors: ['td.legacy', 'td.change'] },
    targets: ['td.legacy', 'td.change'],
  },

  // Inspection that escalates early
  {
    id: 'show-dont-report',
    mechanism: 'inspection-escalation',
    title: {
      en: 'Done means shown',
      es: 'Hecho significa demostrado',
      de: 'Erledigt heißt gezeigt',
      fr: 'Terminé veut dire montré',
    },
    what: {
      en: 'An item only counts as done when someone can show it working or point to the evidence. Status meetings look at the thing itself, not at a colour on a report.',
      es: 'Un elemento solo cuenta como hecho cuando alguien puede enseñarlo funcionando o señalar la evidencia. Las reuniones de seguimiento miran la cosa en sí, no un color en un informe.',
      de: 'Ein Arbeitspaket gilt erst als erledigt, wenn jemand es funktionierend zeigen oder auf den Beleg verweisen kann. Statusrunden schauen auf die Sache selbst, nicht auf eine Farbe im Bericht.',
      fr: 'Un élément ne compte comme terminé que si quelqu’un peut le montrer en fonctionnement ou en désigner la preuve. Les points d’avancement regardent la chose elle-même, pas une couleur dans un rapport.',
    },
    why: {
      en: 'Execution risk is work reported as complete that is not actually happening; asking for evidence closes the gap between the report and reality.',
      es: 'El riesgo de ejecución es el trabajo informado como terminado que en realidad no está ocurriendo; pedir evidencia cierra la distancia entre el informe y la realidad.',
      de: 'Umsetzungsrisiko ist Arbeit, die als abgeschlossen gemeldet wird, aber nicht tatsächlich geschieht; nach Belegen zu fragen schließt die Lücke zwischen Bericht und Wirklichkeit.',
      fr: 'Le risque d’exécution, c’est du travail annoncé comme terminé qui n’a pas réellement lieu ; demander des preuves referme l’écart entre le compte rendu et la réalité.',
    },
    firstStep: {
      en: 'At the next status meeting, ask for a demo or a link for every item marked done; note which ones cannot be shown.',
      es: 'En la próxima reunión de seguimiento, pedir una demostración o un enlace por cada elemento marcado como hecho; anotar cuáles no se pueden enseñar.',
      de: 'In der nächsten Statusrunde für jedes als erledigt markierte Arbeitspaket eine Demo oder einen Link verlangen und notieren, welche sich nicht zeigen lassen.',
      fr: 'Au prochain point d’avancement, demander une démo ou un lien pour chaque élément marqué terminé ; noter ceux qui ne peuvent pas être montrés.',
    },
    owner: {
      en: 'Delivery lead',
      es: 'Responsable de entrega',
      de: 'Delivery Lead',
      fr: 'Responsable de la livraison',
    },
    successSignal: {
      en: 'Reported versus actual progress falls by at least 5 points and more Reality Check items are verified.',
      es: 'El avance informado frente al real baja al menos 5 puntos y se verifican más elementos en la Comprobación de realidad.',
      de: 'Gemeldeter vs. tatsächlicher Fortschritt sinkt um mindestens 5 Punkte, und mehr Einträge im Realitätscheck sind geprüft.',
      fr: 'L’écart entre avancement annoncé et réel baisse d’au moins 5 points et davantage d’éléments de la Vérification de la réalité sont vérifiés.',
    },
    horizon: 'two-weeks',
    triggers: {
      rules: ['reported-work-not-verified', 'progress-perception-mismatch'],
      factors: ['er.progress'],
    },
    targets: ['er.progress', 'er.intent'],
  },
  {
    id: 'reality-check-cadence',
    mechanism: 'inspection-escalation',
    title: {
      en: 'A fortnightly Reality Check',
      es: 'Una Comprobación de realidad cada quince días',
      de: 'Ein Realitätscheck alle zwei Wochen',
      fr: 'Une Vérification de la réalité tous les quinze jours',
    },
    what: {
      en: 'Every two weeks the team takes five items it reported as done or on track and checks them the way this workshop did. The result goes on one line of the team’s board.',
      es: 'Cada dos semanas el equipo toma cinco elementos que reportó como hechos o en plazo y los comprueba como se hizo en este taller. El resultado ocupa una línea del tablero del equipo.',
      de: 'Alle zwei Wochen nimmt das Team fünf Arbeitspakete, die es als erledigt oder im Plan gemeldet hat, und prüft sie so, wie es dieser Workshop getan hat. Das Ergebnis kommt als eine Zeile auf das Board des Teams.',
      fr: 'Tous les quinze jours, l’équipe prend cinq éléments qu’elle a annoncés comme terminés ou dans les temps et les vérifie comme l’a fait cet atelier. Le résultat tient sur une ligne du tableau de l’équipe.',
    },
    why: {
      en: 'Surveys capture perception, not execution; a regular, small check keeps evidence in front of the team instead of once a year.',
      es: 'Las encuestas miden percepción, no ejecución; una comprobación pequeña y regular mantiene la evidencia delante del equipo, no una vez al año.',
      de: 'Umfragen erfassen Wahrnehmung, nicht Umsetzung; eine regelmäßige kleine Prüfung hält dem Team Belege vor Augen, statt einmal im Jahr.',
      fr: 'Les questionnaires saisissent la perception, pas l’exécution ; une petite vérification régulière garde les preuves sous les yeux de l’équipe, plutôt qu’une fois par an.',
    },
    firstStep: {
      en: 'Put a 20-minute slot in the calendar every other week and name who picks the five items.',
      es: 'Reservar 20 minutos cada dos semanas en el calendario y nombrar a quien elige los cinco elementos.',
      de: 'Alle zwei Wochen einen 20-Minuten-Termin in den Kalender setzen und festlegen, wer die fünf Arbeitspakete auswählt.',
      fr: 'Réserver un créneau de 20 minutes une semaine sur deux et désigner qui choisit les cinq éléments.',
    },
    owner: {
      en: 'Agile coach or delivery lead',
      es: 'Coach ágil o responsable de entrega',
      de: 'Agile Coach oder Delivery Lead',
      fr: 'Coach agile ou responsable de la livraison',
    },
    successSignal: {
      en: 'Reported versus actual progress falls by at least 5 points and the observed execution gap shrinks.',
      es: 'El avance informado frente al real baja al menos 5 puntos y la brecha de ejecución observada se reduce.',
      de: 'Gemeldeter vs. tatsächlicher Fortschritt sinkt um mindestens 5 Punkte, und die beobachtete Umsetzungslücke wird kleiner.',
      fr: 'L’écart entre avancement annoncé et réel baisse d’au moins 5 points et l’écart d’exécution observé se réduit.',
    },
    horizon: 'quarter',
    triggers: {
      rules: [
        'reported-work-not-verified',
        'progress-perception-mismatch',
        'visibility-perception-mismatch',
      ],
      factors: [],
    },
    targets: ['er.progress'],
  },
  {
    id: 'escalation-triggers',
    mechanism: 'inspection-escalation',
    title: {
      en: 'Named escalation triggers',
      es: 'Señales de escalado con nombre',
      de: 'Benannte Eskalationsauslöser',
      fr: 'Des déclencheurs d’escalade nommés',
    },
    what: {
      en: 'The team agrees three to five observable signals, such as an item stuck for ten days or an outcome nobody can explain, that start an inspection. Each signal names who looks into it within two working days.',
      es: 'El equipo acuerda de tres a cinco señales observables, como un elemento atascado diez días o un resultado que nadie sabe explicar, que ponen en marcha una inspección. Cada señal nombra a quién la revisa en dos días laborables.',
      de: 'Das Team vereinbart drei bis fünf beobachtbare Signale, etwa ein Arbeitspaket, das seit zehn Tagen feststeckt, oder ein Ergebnis, das niemand erklären kann, die eine Prüfung auslösen. Jedes Signal nennt, wer sich innerhalb von zwei Arbeitstagen darum kümmert.',
      fr: 'L’équipe convient de trois à cinq signaux observables qui déclenchent une inspection, comme un élément bloqué depuis dix jours ou un résultat que personne ne sait expliquer. Chaque signal désigne qui s’en saisit sous deux jours ouvrés.',
    },
    why: {
      en: 'Risk compounds silently when nobody has to look; agreed triggers make inspection automatic instead of a matter of courage.',
      es: 'El riesgo se acumula en silencio cuando nadie está obligado a mirar; unas señales acordadas hacen que inspeccionar sea automático y no una cuestión de valentía.',
      de: 'Risiken wachsen still, wenn niemand hinsehen muss; vereinbarte Auslöser machen die Prüfung zur Routine statt zur Frage des Mutes.',
      fr: 'Le risque s’amplifie en silence quand personne n’est tenu de regarder ; des déclencheurs convenus rendent l’inspection automatique au lieu d’en faire une question de courage.',
    },
    firstStep: {
      en: 'Write down the last two surprises and the earliest sign each gave; turn those signs into the first triggers.',
      es: 'Anotar las dos últimas sorpresas y la primera señal que dio cada una; convertir esas señales en los primeros disparadores.',
      de: 'Die letzten zwei Überraschungen aufschreiben und das früheste Anzeichen, das jede gegeben hat; aus diesen Anzeichen die ersten Auslöser machen.',
      fr: 'Noter les deux dernières surprises et le premier signe que chacune a donné ; faire de ces signes les premiers déclencheurs.',
    },
    owner: {
      en: 'Team lead with the sponsor',
      es: 'Líder del equipo con el patrocinador',
      de: 'Teamleitung mit dem Sponsor',
      fr: 'Responsable d’équipe avec le sponsor',
    },
    successSignal: {
      en: 'Controls that map to results and outcome–intent divergence fall by at least 5 points.',
      es: 'Los controles que se reflejan en resultados y la divergencia entre resultado e intención bajan al menos 5 puntos.',
      de: 'Kontrollen mit Wirkung auf die Ergebnisse und Abweichung zwischen Absicht und Ergebnis sinken um mindestens 5 Punkte.',
      fr: 'Les contrôles qui se reflètent dans les résultats et l’écart entre intention et résultat baissent d’au moins 5 points.',
    },
    horizon: 'quarter',
    triggers: {
      rules: ['controls-not-mapping', 'non-local-propagation'],
      factors: ['er.intent'],
    },
    targets: ['dv.controls', 'er.intent'],
  },
  {
    id: 'control-audit',
    mechanism: 'inspection-escalation',
    title: {
      en: 'Check what each control changes',
      es: 'Comprobar qué cambia cada control',
      de: 'Prüfen, was jede Kontrolle verändert',
      fr: 'Vérifier ce que change chaque contrôle',
    },
    what: {
      en: 'The team lists its controls, such as approvals, gates, dashboards and reviews, and for each one names a result it changed last month. Controls that changed nothing are fixed or retired.',
      es: 'El equipo lista sus controles, como aprobaciones, puertas de calidad, paneles y revisiones, y para cada uno nombra un resultado que cambió el mes pasado. Los que no cambiaron nada se arreglan o se retiran.',
      de: 'Das Team listet seine Kontrollen auf, etwa Freigaben, Gates, Dashboards und Reviews, und nennt für jede ein Ergebnis, das sie letzten Monat verändert hat. Kontrollen, die nichts verändert haben, werden repariert oder abgeschafft.',
      fr: 'L’équipe liste ses contrôles, comme les validations, jalons, tableaux de bord et revues, et nomme pour chacun un résultat qu’il a changé le mois dernier. Les contrôles qui n’ont rien changé sont corrigés ou supprimés.',
    },
    why: {
      en: 'Controls that do not map to results turn governance into ceremony; pruning them frees attention for the ones that work.',
      es: 'Los controles que no se reflejan en resultados convierten la gobernanza en ceremonia; podarlos libera atención para los que funcionan.',
      de: 'Kontrollen ohne Wirkung auf Ergebnisse machen Governance zur Zeremonie; sie auszudünnen schafft Aufmerksamkeit für die, die funktionieren.',
      fr: 'Des contrôles sans lien avec les résultats transforment la gouvernance en cérémonial ; les élaguer libère de l’attention pour ceux qui fonctionnent.',
    },
    firstStep: {
      en: 'Write the controls on one page this week and mark the ones nobody can link to a real result.',
      es: 'Escribir los controles en una página esta semana y marcar los que nadie sabe vincular a un resultado real.',
      de: 'Diese Woche die Kontrollen auf einer Seite aufschreiben und die markieren, die niemand mit einem echten Ergebnis verbinden kann.',
      fr: 'Écrire les contrôles sur une page cette semaine et marquer ceux que personne ne peut relier à un résultat réel.',
    },
    owner: {
      en: 'Sponsor or governance lead',
      es: 'Patrocinador o responsable de gobernanza',
      de: 'Sponsor oder Governance-Verantwortliche',
      fr: 'Sponsor ou responsable de la gouvernance',
    },
    successSignal: {
      en: 'Controls that map to results falls by at least 5 points.',
      es: 'Los controles que se reflejan en resultados bajan al menos 5 puntos.',
      de: 'Kontrollen mit Wirkung auf die Ergebnisse sinken um mindestens 5 Punkte.',
      fr: 'Les contrôles qui se reflètent dans les résultats baissent d’au moins 5 points.',
    },
    horizon: 'quarter',
    triggers: { rules: ['controls-not-mapping'], factors: ['dv.controls'] },
    targets: ['dv.controls'],
  },
  {
    id: 'impact-note',
    mechanism: 'inspection-escalation',
    title: {
      en: 'Impact note before shared changes',
      es: 'Nota de impacto antes de cambios compartidos',
      de: 'Auswirkungsnotiz vor gemeinsamen Änderungen',
      fr: 'Note d’impact avant les changements partagés',
    },
    what: {
      en: 'A change that touches a shared part carries a three-line note: what else it touches, who was told, and how to undo it. Reviewers check the note before the code.',
      es: 'Un cambio que toca una parte compartida lleva una nota de tres líneas: qué más toca, a quién se avisó y cómo deshacerlo. Quien revisa mira la nota antes que el código.',
      de: 'Eine Änderung, die einen gemeinsam genutzten Teil berührt, trägt eine dreizeilige Notiz: was sie sonst noch berührt, wer informiert wurde und wie sie sich rückgängig machen lässt. Reviewer prüfen die Notiz vor dem Code.',
      fr: 'Une modification qui touche une partie partagée porte une note de trois lignes : ce qu’elle touche d’autre, qui a été prévenu et comment l’annuler. Les personnes chargées de la revue vérifient la note avant le code.',
    },
    why: {
      en: 'Changes spreading in unexpected ways are a symptom of latent dependencies; asking for the impact up front surfaces them while they are cheap.',
      es: 'Que los cambios se propaguen de forma imprevista es síntoma de dependencias ocultas; pedir el impacto por adelantado las saca a la luz cuando aún son baratas.',
      de: 'Änderungen, die sich unerwartet ausbreiten, sind ein Symptom verborgener Abhängigkeiten; wer die Auswirkungen vorab erfragt, deckt sie auf, solange sie günstig sind.',
      fr: 'Des changements qui se propagent de façon inattendue sont le symptôme de dépendances latentes ; demander l’impact dès le départ les fait apparaître tant qu’elles coûtent peu.',
    },
    firstStep: {
      en: 'Add the three lines to the change template today and try them on this week’s changes.',
      es: 'Añadir las tres líneas a la plantilla de cambios hoy y probarlas con los cambios de esta semana.',
      de: 'Die drei Zeilen heute in die Änderungsvorlage aufnehmen und an den Änderungen dieser Woche ausprobieren.',
      fr: 'Ajouter les trois lignes au modèle de modification aujourd’hui et les essayer sur les changements de la semaine.',
    },
    owner: {
      en: 'Senior engineer',
      es: 'Ingeniería sénior',
      de: 'Senior Engineer',
      fr: 'Ingénieur senior',
    },
    successSignal: {
      en: 'Non-local change propagation and coupling fall by at least 5 points.',
      es: 'La propagación de cambios lejos de su origen y el acoplamiento bajan al menos 5 puntos.',
      de: 'Änderungen mit Fernwirkung und Kopplung sinken um mindestens 5 Punkte.',
      fr: 'Les changements aux effets lointains et le couplage baissent d’au moins 5 points.',
    },
    horizon: 'two-weeks',
    triggers: {
      rules: ['non-local-propagation'],
      factors: ['er.propagation', 'td.coupling', 'td.legacy'],
    },
    targets: ['er.propagation', 'td.coupling'],
  },

  // Calibrating trust, autonomy and accountability
  {
    id: 'perception-swap',
    mechanism: 'trust-calibration',
    title: {
      en: 'Swap perspectives between roles',
      es: 'Intercambiar perspectivas entre roles',
      de: 'Perspektivwechsel zwischen Rollen',
      fr: 'Échanger les points de vue entre rôles',
    },
    what: {
      en: 'The role groups that see a factor differently each explain, with one concrete example, why they see it that way. Together they pick one fact that would settle it and go and check it.',
      es: 'Los grupos de rol que ven un factor de forma distinta explican cada uno, con un ejemplo concreto, por qué lo ven así. Juntos eligen un dato que lo resolvería y van a comprobarlo.',
      de: 'Die Rollengruppen, die einen Faktor unterschiedlich sehen, erklären jeweils mit einem konkreten Beispiel, warum sie ihn so sehen. Gemeinsam wählen sie eine Tatsache, die die Frage klären würde, und prüfen sie.',
      fr: 'Les groupes de rôles qui voient un facteur différemment expliquent chacun, par un exemple concret, pourquoi ils le voient ainsi. Ensemble, ils choisissent un fait qui trancherait la question et vont le vérifier.',
    },
    why: {
      en: 'When groups see a different reality, trust is miscalibrated in one direction or the other; checking a shared fact recalibrates it without blame.',
      es: 'Cuando los grupos ven realidades distintas, la confianza está mal calibrada en un sentido u otro; comprobar un dato compartido la recalibra sin culpables.',
      de: 'Wenn Gruppen eine andere Realität sehen, ist Vertrauen in die eine oder andere Richtung falsch kalibriert; eine gemeinsame Tatsache zu prüfen kalibriert es neu, ohne Schuldzuweisung.',
      fr: 'Quand des groupes voient une autre réalité, la confiance est mal calibrée dans un sens ou dans l’autre ; vérifier un fait partagé la recalibre sans chercher de coupable.',
    },
    firstStep: {
      en: 'Book 45 minutes with two people from each group and bring the example each group would give.',
      es: 'Reservar 45 minutos con dos personas de cada grupo y traer el ejemplo que daría cada grupo.',
      de: '45 Minuten mit je zwei Personen aus jeder Gruppe einplanen und das Beispiel mitbringen, das jede Gruppe nennen würde.',
      fr: 'Réserver 45 minutes avec deux personnes de chaque groupe et apporter l’exemple que chaque groupe donnerait.',
    },
    owner: {
      en: 'Facilitator or agile coach',
      es: 'Facilitación o coach ágil',
      de: 'Moderation oder Agile Coach',
      fr: 'Animateur ou coach agile',
    },
    successSignal: {
      en: 'On the factors the groups disagreed about, the gap between groups and the spread of answers narrow in the follow-up.',
      es: 'En los factores en los que los grupos discrepaban, la distancia entre grupos y la dispersión de las respuestas se reducen en el seguimiento.',
      de: 'Bei den Faktoren, bei denen sich die Gruppen uneinig waren, werden der Abstand zwischen den Gruppen und die Streuung der Antworten im Folge-Workshop kleiner.',
      fr: 'Sur les facteurs où les groupes divergeaient, l’écart entre groupes et la dispersion des réponses se réduisent lors de l’atelier de suivi.',
    },
    horizon: 'two-weeks',
    // Trust and learning from failure (instrument 2.0.0): checking a shared fact without blame.
    triggers: {
      rules: ['role-reality-gap', 'split-room', 'revote-diverged'],
      factors: ['hd.trust', 'hd.learning'],
    },
    targets: [],
    targetsFromFindings: true,
  },
  {
    id: 'dissent-round',
    mechanism: 'trust-calibration',
    title: {
      en: 'A dissent round before deciding',
      es: 'Una ronda de desacuerdo antes de decidir',
      de: 'Eine Widerspruchsrunde vor der Entscheidung',
      fr: 'Un tour de désaccord avant de décider',
    },
    what: {
      en: 'Before any significant decision, everyone names one risk or disagreement in turn, and the most senior person speaks last. Objections are written down next to the decision.',
      es: 'Antes de cualquier decisión importante, cada persona nombra por turnos un riesgo o un desacuerdo, y la persona de más rango habla la última. Las objeciones se anotan junto a la decisión.',
      de: 'Vor jeder wichtigen Entscheidung nennt reihum jede Person ein Risiko oder einen Einwand, und die ranghöchste Person spricht zuletzt. Einwände werden neben der Entscheidung festgehalten.',
      fr: 'Avant toute décision importante, chacun cite à tour de rôle un risque ou un désaccord, et la personne la plus haut placée parle en dernier. Les objections sont consignées à côté de la décision.',
    },
    why: {
      en: 'When people stop challenging assumptions, problems surface late; a routine that asks for dissent makes speaking up the default rather than the exception.',
      es: 'Cuando la gente deja de cuestionar supuestos, los problemas aparecen tarde; una rutina que pide desacuerdo hace que hablar sea lo normal y no la excepción.',
      de: 'Wenn Menschen aufhören, Annahmen zu hinterfragen, zeigen sich Probleme spät; eine Routine, die Widerspruch einfordert, macht offenes Sprechen zur Regel statt zur Ausnahme.',
      fr: 'Quand on cesse de remettre en question les hypothèses, les problèmes apparaissent tard ; une routine qui sollicite le désaccord fait de la prise de parole la règle plutôt que l’exception.',
    },
    firstStep: {
      en: 'Run the round in the next planning meeting and count how many risks were new to the leader.',
      es: 'Hacer la ronda en la próxima planificación y contar cuántos riesgos eran nuevos para quien lidera.',
      de: 'Die Runde in der nächsten Planungsbesprechung durchführen und zählen, wie viele Risiken für die Leitung neu waren.',
      fr: 'Faire ce tour lors de la prochaine réunion de planification et compter combien de risques étaient nouveaux pour le responsable.',
    },
    owner: {
      en: 'Team lead',
      es: 'Líder del equipo',
      de: 'Teamleitung',
      fr: 'Responsable d’équipe',
    },
    successSignal: {
      en: 'Speaking up and psychological safety falls by at least 5 points.',
      es: 'Hablar con franqueza y seguridad psicológica baja al menos 5 puntos.',
      de: 'Offen sprechen und psychologische Sicherheit sinkt um mindestens 5 Punkte.',
      fr: 'La prise de parole et la sécurité psychologique baissent d’au moins 5 points.',
    },
    horizon: 'two-weeks',
    triggers: { rules: [], factors: ['hd.speakup'] },
    targets: ['hd.speakup'],
  },
  {
    id: 'ai-output-sampling',
    mechanism: 'trust-calibration',
    title: {
      en: 'Sample and explain AI output',
      es: 'Muestrear y explicar lo que produce la IA',
      de: 'KI-Ergebnisse stichprobenartig erklären',
      fr: 'Échantillonner et expliquer les productions de l’IA',
    },
    what: {
      en: 'Each week the team samples a few changes or decisions produced with AI help and asks whether a person can explain them. The autonomy each tool has is adjusted from what the sample shows.',
      es: 'Cada semana el equipo toma una muestra de cambios o decisiones hechos con ayuda de IA y comprueba si una persona sabe explicarlos. La autonomía de cada herramienta se ajusta según lo que muestre la muestra.',
      de: 'Jede Woche zieht das Team eine Stichprobe von Änderungen oder Entscheidungen, die mit KI-Hilfe entstanden sind, und fragt, ob ein Mensch sie erklären kann. Die Autonomie jedes Werkzeugs wird nach dem Ergebnis der Stichprobe angepasst.',
      fr: 'Chaque semaine, l’équipe prélève quelques modifications ou décisions produites avec l’aide de l’IA et se demande si une personne peut les expliquer. L’autonomie de chaque outil est ajustée selon ce que montre l’échantillon.',
    },
    why: {
      en: 'Trust in a tool should follow evidence; sampling keeps autonomy matched to how explainable the work really is.',
      es: 'La confianza en una herramienta debe seguir a la evidencia; muestrear mantiene la autonomía acorde con lo explicable que es de verdad el trabajo.',
      de: 'Vertrauen in ein Werkzeug sollte Belegen folgen; Stichproben halten die Autonomie im Einklang damit, wie erklärbar die Arbeit wirklich ist.',
      fr: 'La confiance accordée à un outil doit suivre les preuves ; l’échantillonnage maintient l’autonomie en phase avec l’explicabilité réelle du travail.',
    },
    firstStep: {
      en: 'Pick three AI-assisted changes from last week and ask their authors to explain them to someone else in ten minutes.',
      es: 'Elegir tres cambios de la semana pasada hechos con IA y pedir a sus autores que se los expliquen a otra persona en diez minutos.',
      de: 'Drei KI-gestützte Änderungen der letzten Woche auswählen und ihre Urheber bitten, sie jemand anderem in zehn Minuten zu erklären.',
      fr: 'Choisir trois modifications assistées par l’IA de la semaine dernière et demander à leurs auteurs de les expliquer à quelqu’un d’autre en dix minutes.',
    },
    owner: {
      en: 'Engineering lead',
      es: 'Líder de ingeniería',
      de: 'Entwicklungsleitung',
      fr: 'Responsable technique',
    },
    successSignal: {
      en: 'AI acceleration without visibility, explainability and replayability fall by at least 5 points.',
      es: 'La aceleración por IA sin visibilidad, la explicabilidad y la trazabilidad bajan al menos 5 puntos.',
      de: 'KI-Beschleunigung ohne Transparenz, Erklärbarkeit und Nachvollziehbarkeit von Entscheidungen sinken um mindestens 5 Punkte.',
      fr: 'L’accélération par l’IA sans visibilité, l’explicabilité et la traçabilité des décisions baissent d’au moins 5 points.',
    },
    horizon: 'quarter',
    triggers: {
      rules: ['visibility-perception-mismatch', 'decisions-not-replayable'],
      factors: ['er.ai'],
    },
    targets: ['er.ai', 'dv.explain', 'dv.replay'],
  },
  {
    id: 'incentive-check',
    mechanism: 'trust-calibration',
    title: {
      en: 'Reward verified outcomes',
      es: 'Premiar resultados verificados',
      de: 'Geprüfte Ergebnisse belohnen',
      fr: 'Récompenser les résultats vérifiés',
    },
    what: {
      en: 'The team compares what it is praised and measured on with what it has verifiably delivered. At least one measure that rewards looking busy or reporting green is dropped or changed.',
      es: 'El equipo compara aquello por lo que se le elogia y se le mide con lo que ha entregado de forma verificable. Se elimina o cambia al menos una medida que premia parecer ocupado o informar en verde.',
      de: 'Das Team vergleicht, wofür es gelobt und woran es gemessen wird, mit dem, was es nachweislich geliefert hat. Mindestens eine Kennzahl, die Beschäftigtsein oder grüne Statusmeldungen belohnt, wird gestrichen oder geändert.',
      fr: 'L’équipe compare ce sur quoi elle est félicitée et mesurée avec ce qu’elle a livré de façon vérifiable. Au moins un indicateur qui récompense l’agitation ou les comptes rendus au vert est supprimé ou modifié.',
    },
    why: {
      en: 'When incentives reward reported progress, outcomes drift from intent; tying recognition to verified results pulls them back together.',
      es: 'Cuando los incentivos premian el avance informado, los resultados se alejan de la intención; vincular el reconocimiento a resultados verificados los vuelve a unir.',
      de: 'Wenn Anreize gemeldeten Fortschritt belohnen, entfernen sich Ergebnisse von der Absicht; Anerkennung an geprüfte Ergebnisse zu knüpfen, bringt beides wieder zusammen.',
      fr: 'Quand les incitations récompensent l’avancement annoncé, les résultats s’éloignent de l’intention ; lier la reconnaissance aux résultats vérifiés les rapproche de nouveau.',
    },
    firstStep: {
      en: 'List the numbers the team reports upwards and mark, for each, whether it can be checked against real work.',
      es: 'Listar las cifras que el equipo reporta hacia arriba y marcar, para cada una, si se puede contrastar con el trabajo real.',
      de: 'Die Zahlen auflisten, die das Team nach oben meldet, und bei jeder markieren, ob sie sich an echter Arbeit überprüfen lässt.',
      fr: 'Lister les chiffres que l’équipe remonte à la hiérarchie et indiquer, pour chacun, s’il peut être vérifié sur le travail réel.',
    },
    owner: {
      en: 'Sponsor with the team lead',
      es: 'Patrocinador con el líder del equipo',
      de: 'Sponsor mit der Teamleitung',
      fr: 'Sponsor avec le responsable d’équipe',
    },
    successSignal: {
      en: 'Incentive alignment and outcome–intent divergence fall by at least 5 points.',
      es: 'La alineación de incentivos y la divergencia entre resultado e intención bajan al menos 5 puntos.',
      de: 'Ausrichtung der Anreize und Abweichung zwischen Absicht und Ergebnis sinken um mindestens 5 Punkte.',
      fr: 'L’alignement des incitations et l’écart entre intention et résultat baissent d’au moins 5 points.',
    },
    horizon: 'quarter',
    triggers: {
      rules: ['progress-perception-mismatch'],
      factors: ['hd.incentives', 'er.intent'],
    },
    targets: ['hd.incentives', 'er.intent'],
  },
];

/** Freezes the whole tree so no caller can change what other callers recommend from. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The Execution Pod intervention catalogue, version 1.0.0. */
export const CATALOGUE: Catalogue = deepFreeze({
  version: '1.0.0',
  mechanisms: MECHANISM_INFO,
  interventions: INTERVENTIONS,
});

/** The intervention with that id, or undefined when the catalogue has none. */
export function interventionById(catalogue: Catalogue, id: string): Intervention | undefined {
  return catalogue.interventions.find((intervention) => intervention.id === id);
}
