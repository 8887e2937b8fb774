import type { Language } from '../domain/workshop';
import type { Localized } from '../instrument/types';

/**
 * Every sentence the report prints that is not data: our own wording, in English, Spanish, German
 * and French.
 * Placeholders are `{name}`, filled by `fillText`.
 */
export const REPORT_TEXTS = {
  reportTitle: {
    en: 'Execution Debt diagnostic',
    es: 'Diagnóstico de Deuda de Ejecución',
    de: 'Execution-Debt-Diagnose',
    fr: 'Diagnostic d’Execution Debt',
  },
  briefTitle: {
    en: 'Execution Debt — executive brief',
    es: 'Deuda de Ejecución — resumen ejecutivo',
    de: 'Execution Debt – Management Summary',
    fr: 'Execution Debt – synthèse pour la direction',
  },
  coverPreparedFor: {
    en: 'Prepared for',
    es: 'Preparado para',
    de: 'Erstellt für',
    fr: 'Préparé pour',
  },
  coverClient: { en: 'Client', es: 'Cliente', de: 'Kunde', fr: 'Client' },
  coverTeam: { en: 'Team', es: 'Equipo', de: 'Team', fr: 'Équipe' },
  coverDate: { en: 'Workshop date', es: 'Fecha del taller', de: 'Datum', fr: 'Date' },
  coverFacilitator: { en: 'Facilitator', es: 'Facilitación', de: 'Moderation', fr: 'Animation' },
  coverConfidential: {
    en: 'Confidential: no figure describes fewer than {k} people · model {model} · Human Debt™, Execution Debt™ and Execution Pods: concepts by Duena Blomstrom (PeopleNotTech)',
    es: 'Confidencial: ninguna cifra describe a menos de {k} personas · modelo {model} · Human Debt™, Execution Debt™ y Execution Pods: conceptos de Duena Blomstrom (PeopleNotTech)',
    de: 'Vertraulich: Keine Zahl beschreibt weniger als {k} Personen · Modell {model} · Human Debt™, Execution Debt™ und Execution Pods: Konzepte von Duena Blomstrom (PeopleNotTech)',
    fr: 'Confidentiel : aucun chiffre ne décrit moins de {k} personnes · modèle {model} · Human Debt™, Execution Debt™ et Execution Pods : concepts de Duena Blomstrom (PeopleNotTech)',
  },
  notSet: { en: 'not given', es: 'sin indicar', de: 'nicht angegeben', fr: 'non renseigné' },
  demoFooter: {
    en: 'Demonstration data · fictitious',
    es: 'Datos de demostración · ficticios',
    de: 'Demonstrationsdaten · fiktiv',
    fr: 'Données de démonstration · fictives',
  },
  withheldTitle: {
    en: 'Fewer than {k} people answered: no figures',
    es: 'Respondieron menos de {k} personas: no hay cifras',
    de: 'Weniger als {k} Personen haben geantwortet: keine Zahlen',
    fr: 'Moins de {k} personnes ont répondu : aucun chiffre',
  },
  withheldText: {
    en: '{n} of the {k} people needed answered the statements. With so few, every index, factor figure and finding would describe fewer than {k} people, so this report gives none: not the headline, not the dimensions, not the role groups, not the findings.',
    es: 'Respondieron a las afirmaciones {n} de las {k} personas necesarias. Con tan pocas, cada índice, cifra de factor y hallazgo describiría a menos de {k} personas, así que este informe no da ninguno: ni el índice principal, ni las dimensiones, ni los grupos de rol, ni los hallazgos.',
    de: '{n} der {k} benötigten Personen haben die Aussagen beantwortet. Bei so wenigen würde jeder Index, jeder Faktorwert und jeder Befund weniger als {k} Personen beschreiben. Dieser Bericht nennt daher keinen davon: weder den Gesamtindex noch die Dimensionen, die Rollengruppen oder die Befunde.',
    fr: '{n} des {k} personnes nécessaires ont répondu aux affirmations. Avec si peu de réponses, chaque indice, chaque valeur de facteur et chaque constat décrirait moins de {k} personnes ; ce rapport n’en donne donc aucun : ni l’indice global, ni les dimensions, ni les groupes de rôles, ni les constats.',
  },
  withheldNext: {
    en: 'To get a diagnosis, have at least {k} people answer, or agree a lower anonymity threshold (never below 3) with the room before it answers: a lower threshold shows figures sooner, and each describes fewer people.',
    es: 'Para obtener un diagnóstico, haz que respondan al menos {k} personas, o acuerda con la sala un umbral de anonimato más bajo (nunca menos de 3) antes de que responda: un umbral más bajo muestra cifras antes, y cada una describe a menos personas.',
    de: 'Für eine Diagnose müssen mindestens {k} Personen antworten, oder die Gruppe vereinbart vor dem Antworten eine niedrigere Anonymitätsschwelle (nie unter 3): Eine niedrigere Schwelle zeigt früher Zahlen, und jede beschreibt weniger Personen.',
    fr: 'Pour obtenir un diagnostic, il faut qu’au moins {k} personnes répondent, ou convenir avec la salle d’un seuil d’anonymat plus bas (jamais inférieur à 3) avant qu’elle ne réponde : un seuil plus bas fait apparaître les chiffres plus tôt, et chacun décrit moins de personnes.',
  },
  // A label and its value; French sets a no-break space before the colon.
  labelled: {
    en: '{label}: {value}',
    es: '{label}: {value}',
    de: '{label}: {value}',
    fr: '{label}\u00a0: {value}',
  },
  page: {
    en: 'Page {page} of {pages}',
    es: 'Página {page} de {pages}',
    de: 'Seite {page} von {pages}',
    fr: 'Page {page} sur {pages}',
  },
  contents: { en: 'Contents', es: 'Índice', de: 'Inhalt', fr: 'Sommaire' },

  summaryTitle: {
    en: 'Executive summary',
    es: 'Resumen ejecutivo',
    de: 'Management Summary',
    fr: 'Synthèse',
  },
  headlineLabel: {
    en: 'Execution Debt Index',
    es: 'Índice de Deuda de Ejecución',
    de: 'Execution-Debt-Index',
    fr: 'Indice d’Execution Debt',
  },
  headlineScale: {
    en: '0–100, higher means more debt · band: {band}',
    es: '0–100, más alto significa más deuda · banda: {band}',
    de: '0–100, höher heißt mehr Schulden · Stufe: {band}',
    fr: '0–100, plus haut signifie plus de dette · niveau : {band}',
  },
  headlineInterval: {
    en: ' · 95 % interval {low}–{high}',
    es: ' · intervalo del 95 %: {low}–{high}',
    de: ' · 95-%-Intervall {low}–{high}',
    fr: ' · intervalle à 95 % : {low}–{high}',
  },
  headlineBandUnsure: {
    en: ' (crosses a band boundary)',
    es: ' (cruza un límite de banda)',
    de: ' (überschreitet eine Stufengrenze)',
    fr: ' (chevauche une limite de niveau)',
  },
  headlineInsufficient: {
    en: 'There are not enough answers yet to compute the headline index.',
    es: 'Todavía no hay respuestas suficientes para calcular el índice principal.',
    de: 'Für den Gesamtindex liegen noch nicht genug Antworten vor.',
    fr: 'Il n’y a pas encore assez de réponses pour calculer l’indice global.',
  },
  headlineReading: {
    en: 'Execution here is {band}: structural debt of {structural} from how people, systems and decision visibility interact, raised by an observed gap of {gap} in the evidence the room checked.',
    es: 'La ejecución aquí está {band}: una deuda estructural de {structural}, fruto de cómo interactúan las personas, los sistemas y la visibilidad de las decisiones, elevada por una brecha observada de {gap} en la evidencia que revisó la sala.',
    de: 'Die Execution Debt liegt hier in der Stufe „{bandLabel}“: strukturelle Schulden von {structural} aus dem Zusammenspiel von Menschen, Systemen und Sichtbarkeit von Entscheidungen, erhöht durch eine beobachtete Lücke von {gap} in den Belegen, die die Gruppe geprüft hat.',
    fr: 'Ici, l’Execution Debt est {band} : une dette structurelle de {structural}, issue de l’interaction entre les personnes, les systèmes et la visibilité des décisions, accrue par un écart observé de {gap} dans les preuves examinées par la salle.',
  },
  headlineReadingNoGap: {
    en: 'Execution here is {band}: structural debt of {structural} from how people, systems and decision visibility interact. No evidence exercise was recorded, so nothing observed raises it.',
    es: 'La ejecución aquí está {band}: una deuda estructural de {structural}, fruto de cómo interactúan las personas, los sistemas y la visibilidad de las decisiones. No se registró ningún ejercicio de evidencia que la eleve.',
    de: 'Die Execution Debt liegt hier in der Stufe „{bandLabel}“: strukturelle Schulden von {structural} aus dem Zusammenspiel von Menschen, Systemen und Sichtbarkeit von Entscheidungen. Es wurde keine Belegprüfung erfasst, also erhöht nichts Beobachtetes diesen Wert.',
    fr: 'Ici, l’Execution Debt est {band} : une dette structurelle de {structural}, issue de l’interaction entre les personnes, les systèmes et la visibilité des décisions. Aucun exercice de preuve n’a été enregistré ; rien d’observé ne l’accroît donc.',
  },
  keyFiguresTitle: {
    en: 'The four dimensions',
    es: 'Las cuatro dimensiones',
    de: 'Die vier Dimensionen',
    fr: 'Les quatre dimensions',
  },
  findingsTitle: {
    en: 'What matters most',
    es: 'Lo que más importa',
    de: 'Was am meisten zählt',
    fr: 'Ce qui compte le plus',
  },
  noFindings: {
    en: 'No rule fired: nothing in these answers or this evidence reaches a finding.',
    es: 'Ninguna regla se activó: nada en estas respuestas ni en esta evidencia llega a ser un hallazgo.',
    de: 'Keine Regel hat angeschlagen: Nichts in diesen Antworten oder Belegen ergibt einen Befund.',
    fr: 'Aucune règle ne s’est déclenchée : rien dans ces réponses ni dans ces preuves n’aboutit à un constat.',
  },
  findingMeta: {
    en: 'Severity {severity} · confidence {confidence} · based on {inputs}',
    es: 'Gravedad {severity} · confianza {confidence} · basado en {inputs}',
    de: 'Schweregrad {severity} · Sicherheit {confidence} · Grundlage: {inputs}',
    fr: 'Gravité {severity} · confiance {confidence} · fondé sur {inputs}',
  },
  inputsStatements: {
    en: '{count} statements',
    es: '{count} afirmaciones',
    de: '{count} Aussagen',
    fr: '{count} affirmations',
  },
  inputsRealityCheck: {
    en: '{count} Reality Check items',
    es: '{count} elementos de la Comprobación de realidad',
    de: '{count} Arbeitspakete aus dem Realitätscheck',
    fr: '{count} éléments de la Vérification de la réalité',
  },
  inputsReplayed: {
    en: '{count} replayed decisions',
    es: '{count} decisiones reconstruidas',
    de: '{count} nachvollzogene Entscheidungen',
    fr: '{count} décisions retracées',
  },
  confidenceTitle: {
    en: 'How sure we are',
    es: 'Qué grado de certeza tenemos',
    de: 'Wie sicher die Aussagen sind',
    fr: 'Degré de certitude',
  },
  confidenceLevel: {
    en: 'Our overall confidence is {level}.',
    es: 'Nuestra confianza global es {level}.',
    de: 'Die Gesamtsicherheit ist {level}.',
    fr: 'La confiance globale est {level}.',
  },
  confidenceRespondents: {
    en: '{respondents} of {participants} participants answered ({responses} answers, {cantSay} "can\'t say").',
    es: 'Respondieron {respondents} de {participants} participantes ({responses} respuestas, {cantSay} «no sabría decir»).',
    de: '{respondents} von {participants} Teilnehmenden haben geantwortet ({responses} Antworten, {cantSay}-mal „Kann ich nicht sagen“).',
    fr: '{respondents} participants sur {participants} ont répondu ({responses} réponses, dont {cantSay} « Je ne saurais dire »).',
  },
  appendixNotApplicable: {
    en: '"not applicable to my role": {n}',
    es: '«no aplica a mi rol»: {n}',
    de: '„trifft auf meine Rolle nicht zu“: {n}',
    fr: '«\u00a0sans objet pour mon rôle\u00a0»\u00a0: {n}',
  },
  confidenceNotApplicable: {
    en: '"Not applicable to my role": {n}, counted toward no figure.',
    es: '«No aplica a mi rol»: {n}, que no cuentan en ninguna cifra.',
    de: '„Trifft auf meine Rolle nicht zu“: {n}, in keiner Zahl gezählt.',
    fr: '« Sans objet pour mon rôle » : {n}, compté dans aucun chiffre.',
  },
  confidenceReliability: {
    en: 'The room agrees at least moderately (rwg(j) ≥ 0.51) in {good} of {scored} dimensions{weak}.',
    es: 'La sala coincide al menos de forma moderada (rwg(j) ≥ 0,51) en {good} de {scored} dimensiones{weak}.',
    de: 'Die Gruppe stimmt in {good} von {scored} Dimensionen mindestens mäßig überein (rwg(j) ≥ 0,51){weak}.',
    fr: 'La salle s’accorde au moins modérément (rwg(j) ≥ 0,51) sur {good} des {scored} dimensions{weak}.',
  },
  confidenceWeak: {
    en: ' (read {list} with care)',
    es: ' (léase {list} con cautela)',
    de: ' ({list} mit Vorsicht lesen)',
    fr: ' ({list} à lire avec prudence)',
  },
  confidenceEvidence: {
    en: 'The observed gap rests on {rc} Reality Check items and {dr} Decision Replay decisions.',
    es: 'La brecha observada se apoya en {rc} elementos de la Comprobación de realidad y {dr} decisiones del Repaso de decisiones.',
    de: 'Die beobachtete Lücke stützt sich auf {rc} Arbeitspakete aus dem Realitätscheck und {dr} Entscheidungen aus dem Entscheidungsrückblick.',
    fr: 'L’écart observé repose sur {rc} éléments de la Vérification de la réalité et {dr} décisions de la Relecture des décisions.',
  },
  confidenceNoEvidence: {
    en: 'No Reality Check or Decision Replay was recorded: every figure is perception only.',
    es: 'No se registró Comprobación de realidad ni Repaso de decisiones: todas las cifras son solo percepción.',
    de: 'Es wurde weder ein Realitätscheck noch ein Entscheidungsrückblick erfasst: Alle Zahlen geben nur die Wahrnehmung wieder.',
    fr: 'Aucune Vérification de la réalité ni Relecture des décisions n’a été enregistrée : tous les chiffres reflètent uniquement la perception.',
  },
  interventionsTopTitle: {
    en: 'What to do next',
    es: 'Qué hacer a continuación',
    de: 'Nächste Schritte',
    fr: 'Prochaines étapes',
  },
  interventionsRecommendedTitle: {
    en: 'What to do first (recommended until the team agrees its own plan)',
    es: 'Qué hacer primero (recomendado hasta que el equipo acuerde su plan)',
    de: 'Was zuerst zu tun ist (Empfehlung, bis das Team einen eigenen Plan vereinbart)',
    fr: 'Par quoi commencer (recommandé jusqu’à ce que l’équipe convienne de son propre plan)',
  },
  tileVisibilityDeficit: {
    en: 'Visibility deficit',
    es: 'Déficit de visibilidad',
    de: 'Sichtbarkeitsdefizit',
    fr: 'Déficit de visibilité',
  },
  executionRealityNote: {
    en: 'Execution Reality ({value}) is the room’s own view of the symptoms the evidence measures; it is shown beside the evidence, not added to the index.',
    es: 'La Realidad de la ejecución ({value}) es la visión de la sala sobre los síntomas que mide la evidencia; se muestra junto a la evidencia y no se suma al índice.',
    de: 'Die Realität der Umsetzung ({value}) ist die eigene Sicht der Gruppe auf die Symptome, die die Belege messen; sie steht neben den Belegen und fließt nicht in den Index ein.',
    fr: 'La réalité de l’exécution ({value}) est le regard de la salle sur les symptômes que mesurent les preuves ; elle figure à côté des preuves et ne s’ajoute pas à l’indice.',
  },
  interventionSuggestedOwner: {
    en: 'Suggested owner',
    es: 'Responsable sugerido',
    de: 'Verantwortlich (Vorschlag)',
    fr: 'Responsable suggéré',
  },
  interventionsNone: {
    en: 'Interventions have not been agreed yet; the findings above are where to start.',
    es: 'Aún no se han acordado intervenciones; los hallazgos anteriores son el punto de partida.',
    de: 'Es wurden noch keine Interventionen vereinbart; die Befunde oben sind der Ausgangspunkt.',
    fr: 'Aucune intervention n’a encore été convenue ; les constats ci-dessus sont le point de départ.',
  },

  mapTitle: {
    en: 'Debt Interaction Map',
    es: 'Mapa de interacción de deudas',
    de: 'Schulden-Interaktionskarte',
    fr: 'Carte des interactions entre dettes',
  },
  mapIntro: {
    en: "Execution Debt appears where Human Debt and Technical Debt meet under poor decision visibility. The ground is shaded by the structural Execution Debt at this team's visibility deficit of {visibility}; darker means more. Dashed lines mark where a band begins.",
    es: 'La Deuda de Ejecución aparece donde se encuentran la Deuda Humana y la Deuda Técnica con poca visibilidad de las decisiones. El fondo se sombrea según la Deuda de Ejecución estructural con el déficit de visibilidad de este equipo, {visibility}; más oscuro significa más. Las líneas discontinuas marcan dónde empieza cada banda.',
    de: 'Execution Debt entsteht dort, wo Human Debt und technische Schulden bei geringer Sichtbarkeit von Entscheidungen zusammentreffen. Die Fläche ist nach der strukturellen Execution Debt beim Sichtbarkeitsdefizit dieses Teams von {visibility} schattiert; dunkler heißt mehr. Gestrichelte Linien markieren, wo eine Stufe beginnt.',
    fr: 'L’Execution Debt apparaît là où la Human Debt et la dette technique se rencontrent sous une faible visibilité des décisions. Le fond est ombré selon l’Execution Debt structurelle au déficit de visibilité de cette équipe, {visibility} ; plus foncé signifie plus de dette. Les lignes pointillées marquent le début de chaque niveau.',
  },
  mapCaption: {
    en: 'The diamond is the team (Human Debt {human}, Technical Debt {technical}).',
    es: 'El rombo es el equipo (Deuda Humana {human}, Deuda Técnica {technical}).',
    de: 'Die Raute ist das Team (Human Debt {human}, technische Schulden {technical}).',
    fr: 'Le losange représente l’équipe (Human Debt {human}, dette technique {technical}).',
  },
  mapTeamValue: {
    en: 'Its figure, {structural}, is the structural Execution Debt the map draws; the index on page one, {headline}, is that figure raised by the gap the evidence showed.',
    es: 'Su cifra, {structural}, es la Deuda de Ejecución estructural que dibuja el mapa; el índice de la página 1, {headline}, es esa cifra elevada por la brecha que mostró la evidencia.',
    de: 'Sein Wert, {structural}, ist die strukturelle Execution Debt, die die Karte zeigt; der Index auf Seite 1, {headline}, ist dieser Wert, erhöht um die Lücke, die die Belege gezeigt haben.',
    fr: 'Sa valeur, {structural}, est l’Execution Debt structurelle que trace la carte ; l’indice de la page 1, {headline}, est cette valeur accrue de l’écart qu’ont montré les preuves.',
  },
  mapTeamValueSame: {
    en: 'Its figure, {structural}, is the structural Execution Debt, which is also the index on page one: no evidence exercise raised it.',
    es: 'Su cifra, {structural}, es la Deuda de Ejecución estructural, que es también el índice de la página 1: ningún ejercicio de evidencia la elevó.',
    de: 'Sein Wert, {structural}, ist die strukturelle Execution Debt und zugleich der Index auf Seite 1: Keine Belegprüfung hat ihn erhöht.',
    fr: 'Sa valeur, {structural}, est l’Execution Debt structurelle, qui est aussi l’indice de la page 1 : aucun exercice de preuve ne l’a accrue.',
  },
  mapSpread: {
    en: "The dotted ellipse is the room's spread: one standard deviation around the mean of participants' own positions (n = {n}; SD {sdHuman} on Human Debt, {sdTechnical} on Technical Debt).",
    es: 'La elipse punteada es la dispersión de la sala: una desviación típica alrededor de la media de las posiciones propias de los participantes (n = {n}; DT {sdHuman} en Deuda Humana, {sdTechnical} en Deuda Técnica).',
    de: 'Die gepunktete Ellipse ist die Streuung der Gruppe: eine Standardabweichung um den Mittelwert der eigenen Positionen der Teilnehmenden (n = {n}; SA {sdHuman} bei Human Debt, {sdTechnical} bei technischen Schulden).',
    fr: 'L’ellipse en pointillés représente la dispersion de la salle : un écart type autour de la moyenne des positions propres des participants (n = {n} ; ET {sdHuman} pour la Human Debt, {sdTechnical} pour la dette technique).',
  },
  mapSpreadHidden: {
    en: "The room's spread is not drawn because fewer than {k} people have both a Human Debt and a Technical Debt score.",
    es: 'La dispersión de la sala no se dibuja porque menos de {k} personas tienen puntuación tanto de Deuda Humana como de Deuda Técnica.',
    de: 'Die Streuung der Gruppe ist nicht eingezeichnet, weil weniger als {k} Personen sowohl einen Wert für Human Debt als auch für technische Schulden haben.',
    fr: 'La dispersion de la salle n’est pas tracée, car moins de {k} personnes ont à la fois un score de Human Debt et un score de dette technique.',
  },
  mapGroups: {
    en: 'Circles are role groups of at least {k} people, placed by their own Human and Technical Debt.',
    es: 'Los círculos son grupos de rol de al menos {k} personas, situados según su propia Deuda Humana y Deuda Técnica.',
    de: 'Kreise sind Rollengruppen mit mindestens {k} Personen, platziert nach ihrer eigenen Human Debt und ihren eigenen technischen Schulden.',
    fr: 'Les cercles sont des groupes de rôles d’au moins {k} personnes, placés selon leur propre Human Debt et leur propre dette technique.',
  },
  mapGroupsHidden: {
    en: 'Role groups of fewer than {k} people, and groups hidden so that a smaller group cannot be worked out, are not drawn.',
    es: 'No se dibujan los grupos de rol de menos de {k} personas ni los grupos ocultos para que no pueda deducirse uno más pequeño.',
    de: 'Rollengruppen mit weniger als {k} Personen sowie Gruppen, die verborgen sind, damit sich keine kleinere Gruppe erschließen lässt, werden nicht gezeigt.',
    fr: 'Les groupes de rôles de moins de {k} personnes, et ceux masqués pour qu’un groupe plus petit ne puisse pas être déduit, ne sont pas tracés.',
  },
  mapNoPerson: {
    en: 'No mark on the map stands for one person.',
    es: 'Ninguna marca del mapa representa a una sola persona.',
    de: 'Keine Markierung auf der Karte steht für eine einzelne Person.',
    fr: 'Aucune marque sur la carte ne représente une seule personne.',
  },
  mapGroup: {
    en: '{role} (n = {n})',
    es: '{role} (n = {n})',
    de: '{role} (n = {n})',
    fr: '{role} (n = {n})',
  },
  mapInsufficient: {
    en: 'There are not enough answers on Human Debt or Technical Debt to place the team.',
    es: 'No hay respuestas suficientes sobre Deuda Humana o Deuda Técnica para situar al equipo.',
    de: 'Es gibt nicht genug Antworten zu Human Debt oder technischen Schulden, um das Team zu platzieren.',
    fr: 'Il n’y a pas assez de réponses sur la Human Debt ou la dette technique pour placer l’équipe.',
  },
  mapAxisHuman: {
    en: 'Human Debt (0–100) →',
    es: 'Deuda Humana (0–100) →',
    de: 'Human Debt (0–100) →',
    fr: 'Human Debt (0–100) →',
  },
  mapAxisTechnical: {
    en: 'Technical Debt (0–100) →',
    es: 'Deuda Técnica (0–100) →',
    de: 'Technische Schulden (0–100) →',
    fr: 'Dette technique (0–100) →',
  },
  mapTeam: { en: 'Team', es: 'Equipo', de: 'Team', fr: 'Équipe' },
  mapBoundary: {
    en: '{band} ≥ {floor}',
    es: '{band} ≥ {floor}',
    de: '{band} ≥ {floor}',
    fr: '{band} ≥ {floor}',
  },
  webTitle: {
    en: 'Links the model assumes between the factors at 50 or more',
    es: 'Vínculos que supone el modelo entre los factores en 50 o más',
    de: 'Verbindungen, die das Modell zwischen den Faktoren ab 50 annimmt',
    fr: 'Liens que le modèle suppose entre les facteurs à 50 ou plus',
  },
  webIntro: {
    en: 'Each box is a factor this room scores at 50 or more (the neutral point), with its mean debt. Each arrow is a link the model assumes, not one this room measured: debt at its start makes debt at its end more likely. Every link and its reason is documented in docs/scoring.md, section “The factor web”; the links change this picture, never a score. Arrows run left to right, except one that closes a loop, and are thicker when both factors are high; dark arrows form the chains listed below, and lettered arrows are the strongest links.',
    es: 'Cada recuadro es un factor que esta sala puntúa en 50 o más (el punto neutro), con su deuda media. Cada flecha es un vínculo que supone el modelo, no algo que esta sala haya medido: la deuda en su origen hace más probable la deuda en su destino. Cada vínculo y su razón se explican en la documentación del modelo (docs/scoring.md); los vínculos cambian esta figura, nunca una puntuación. Las flechas van de izquierda a derecha, salvo la que cierra un bucle, y son más gruesas cuando ambos factores están altos; las flechas oscuras forman las cadenas listadas debajo y las que llevan letra son los vínculos más fuertes.',
    de: 'Jedes Kästchen ist ein Faktor, den diese Gruppe mit 50 oder mehr bewertet (dem neutralen Punkt), mit seinen mittleren Schulden. Jeder Pfeil ist eine Verbindung, die das Modell annimmt, nicht eine, die diese Gruppe gemessen hat: Schulden an seinem Anfang machen Schulden an seinem Ende wahrscheinlicher. Jede Verbindung und ihre Begründung sind in der Dokumentation des Modells (docs/scoring.md) beschrieben; die Verbindungen ändern dieses Bild, nie einen Wert. Die Pfeile verlaufen von links nach rechts, außer einem, der eine Schleife schließt, und sind dicker, wenn beide Faktoren hoch sind; dunkle Pfeile bilden die unten aufgeführten Ketten, Pfeile mit Buchstaben sind die stärksten Verbindungen.',
    fr: 'Chaque case est un facteur que cette salle note à 50 ou plus (le point neutre), avec sa dette moyenne. Chaque flèche est un lien que le modèle suppose, et non un lien mesuré par cette salle : de la dette à son origine rend plus probable de la dette à son extrémité. Chaque lien et sa raison sont décrits dans la documentation du modèle (docs/scoring.md) ; les liens modifient cette figure, jamais un score. Les flèches vont de gauche à droite, sauf celle qui ferme une boucle, et sont plus épaisses quand les deux facteurs sont élevés ; les flèches foncées forment les chaînes listées ci-dessous, et les flèches marquées d’une lettre sont les liens les plus forts.',
  },
  webPaths: {
    en: 'Chains where debt may compound',
    es: 'Cadenas en las que la deuda puede agravarse',
    de: 'Ketten, in denen sich Schulden verstärken können',
    fr: 'Chaînes où la dette peut s’amplifier',
  },
  webNoPaths: {
    en: 'No chain of two or more assumed links joins factors at 50 or more.',
    es: 'Ninguna cadena de dos o más vínculos supuestos une factores en 50 o más.',
    de: 'Keine Kette aus zwei oder mehr angenommenen Verbindungen verbindet Faktoren ab 50.',
    fr: 'Aucune chaîne de deux liens supposés ou plus ne relie des facteurs à 50 ou plus.',
  },
  webReasons: {
    en: 'The strongest links and why the model assumes them',
    es: 'Los vínculos más fuertes y por qué los supone el modelo',
    de: 'Die stärksten Verbindungen und warum das Modell sie annimmt',
    fr: 'Les liens les plus forts et pourquoi le modèle les suppose',
  },
  webUnlinked: {
    en: 'Also at 50 or more, with no assumed link to another such factor: {list}.',
    es: 'También en 50 o más, sin vínculo supuesto con otro factor así: {list}.',
    de: 'Ebenfalls ab 50, ohne angenommene Verbindung zu einem anderen solchen Faktor: {list}.',
    fr: 'Également à 50 ou plus, sans lien supposé avec un autre facteur de ce type : {list}.',
  },
  webEmpty: {
    en: 'No two factors at 50 or more are joined by a link the model assumes.',
    es: 'Ningún par de factores en 50 o más está unido por un vínculo que suponga el modelo.',
    de: 'Keine zwei Faktoren ab 50 sind durch eine vom Modell angenommene Verbindung verbunden.',
    fr: 'Aucune paire de facteurs à 50 ou plus n’est reliée par un lien que suppose le modèle.',
  },
  webLoop: { en: 'loop', es: 'bucle', de: 'Schleife', fr: 'boucle' },
  insufficientShort: { en: 'n/a', es: 'n/d', de: 'k. A.', fr: 'n.d.' },

  dimensionIntro: {
    en: '{label}: {index} of 100 (n = {n}; {scored} of {total} factors scored). {reliability}.',
    es: '{label}: {index} de 100 (n = {n}; {scored} de {total} factores puntuados). {reliability}.',
    de: '{label}: {index} von 100 (n = {n}; {scored} von {total} Faktoren bewertet). {reliability}.',
    fr: '{label} : {index} sur 100 (n = {n} ; {scored} facteurs notés sur {total}). {reliability}.',
  },
  dimensionInsufficient: {
    en: '{label}: not enough answers to score this dimension yet.',
    es: '{label}: todavía no hay respuestas suficientes para puntuar esta dimensión.',
    de: '{label}: noch nicht genug Antworten, um diese Dimension zu bewerten.',
    fr: '{label} : pas encore assez de réponses pour noter cette dimension.',
  },
  colFactor: { en: 'Factor', es: 'Factor', de: 'Faktor', fr: 'Facteur' },
  colMean: { en: 'Mean', es: 'Media', de: 'Mittelwert', fr: 'Moyenne' },
  colN: { en: 'n', es: 'n', de: 'n', fr: 'n' },
  colSd: { en: 'SD', es: 'DE', de: 'SA', fr: 'ET' },
  colAgreement: { en: 'Agreement', es: 'Acuerdo', de: 'Übereinstimmung', fr: 'Accord' },
  colCantSay: {
    en: "Can't say",
    es: 'No sabe',
    de: 'Kann ich nicht sagen',
    fr: 'Je ne saurais dire',
  },
  colStatement: { en: 'Statement', es: 'Afirmación', de: 'Aussage', fr: 'Affirmation' },
  colKeyed: { en: 'Keyed', es: 'Sentido', de: 'Richtung', fr: 'Sens' },
  keyedDebt: { en: 'debt', es: 'deuda', de: 'Schulden', fr: 'dette' },
  keyedHealth: { en: 'health', es: 'salud', de: 'Gesund', fr: 'santé' },
  stripsCaption: {
    en: 'Bars count participants by factor score, from low debt (0–20) to high (80–100), then "?" for those who could not say. Where the room re-voted, round 1 (open) sits above the re-vote (filled), with one standard deviation either side. A triangle marks a split room.',
    es: 'Las barras cuentan participantes según su puntuación en el factor, de poca deuda (0–20) a mucha (80–100), y «?» para quienes no supieron decir. Donde la sala volvió a votar, la ronda 1 (hueca) está sobre la segunda votación (rellena), con una desviación típica a cada lado. Un triángulo marca una sala dividida.',
    de: 'Die Balken zählen Teilnehmende nach ihrem Faktorwert, von geringen Schulden (0–20) bis zu hohen (80–100), dann „?“ für „Kann ich nicht sagen“. Wo die Gruppe erneut abgestimmt hat, steht Runde 1 (hohl) über der zweiten Abstimmung (gefüllt), mit einer Standardabweichung zu jeder Seite. Ein Dreieck markiert eine gespaltene Gruppe.',
    fr: 'Les barres comptent les participants selon leur score sur le facteur, de peu de dette (0–20) à beaucoup (80–100), puis « ? » pour « Je ne saurais dire ». Là où la salle a revoté, le tour 1 (vide) figure au-dessus du second vote (plein), avec un écart type de chaque côté. Un triangle signale une salle divisée.',
  },
  stripsRevote: {
    en: 'Round 1 vs re-vote',
    es: 'Ronda 1 frente a segunda votación',
    de: 'Runde 1 gegenüber zweiter Abstimmung',
    fr: 'Tour 1 face au second vote',
  },
  stripsSplit: { en: 'split', es: 'dividida', de: 'gespalten', fr: 'divisée' },
  relatedFindings: {
    en: 'Findings on this dimension',
    es: 'Hallazgos de esta dimensión',
    de: 'Befunde zu dieser Dimension',
    fr: 'Constats sur cette dimension',
  },

  evidenceTitle: {
    en: 'Reality Check and Decision Replay',
    es: 'Comprobación de realidad y Repaso de decisiones',
    de: 'Realitätscheck und Entscheidungsrückblick',
    fr: 'Vérification de la réalité et Relecture des décisions',
  },
  evidenceIntro: {
    en: 'Surveys capture perception; these two exercises test execution. The room checked work it had reported as done or on track, and replayed recent consequential decisions.',
    es: 'Las encuestas recogen percepciones; estos dos ejercicios ponen a prueba la ejecución. La sala revisó trabajo que había dado por hecho o en plazo, y reconstruyó decisiones relevantes recientes.',
    de: 'Umfragen erfassen Wahrnehmung; diese beiden Übungen prüfen die Umsetzung. Die Gruppe hat Arbeit geprüft, die sie als erledigt oder im Plan gemeldet hatte, und wichtige Entscheidungen der letzten Zeit nachvollzogen.',
    fr: 'Les questionnaires saisissent la perception ; ces deux exercices mettent l’exécution à l’épreuve. La salle a vérifié du travail qu’elle avait annoncé comme terminé ou dans les temps, et a retracé des décisions récentes aux conséquences importantes.',
  },
  evidenceGaps: {
    en: 'Observed execution gap {gap} (Reality Check {rc}, Decision Replay {dr}).',
    es: 'Brecha de ejecución observada {gap} (Comprobación de realidad {rc}, Repaso de decisiones {dr}).',
    de: 'Beobachtete Umsetzungslücke {gap} (Realitätscheck {rc}, Entscheidungsrückblick {dr}).',
    fr: 'Écart d’exécution observé {gap} (Vérification de la réalité {rc}, Relecture des décisions {dr}).',
  },
  mismatchProgress: {
    en: 'Perceived progress problems {perceived} against {observed} observed: {verdict}.',
    es: 'Problemas de avance percibidos {perceived} frente a {observed} observados: {verdict}.',
    de: 'Wahrgenommene Fortschrittsprobleme {perceived} gegenüber {observed} beobachtet: {verdict}.',
    fr: 'Problèmes d’avancement perçus {perceived} contre {observed} observés : {verdict}.',
  },
  mismatchVisibility: {
    en: 'Perceived visibility deficit {perceived} against {observed} observed: {verdict}.',
    es: 'Déficit de visibilidad percibido {perceived} frente a {observed} observado: {verdict}.',
    de: 'Wahrgenommenes Sichtbarkeitsdefizit {perceived} gegenüber {observed} beobachtet: {verdict}.',
    fr: 'Déficit de visibilité perçu {perceived} contre {observed} observé : {verdict}.',
  },
  mismatchFlagged: {
    en: 'perception and evidence disagree',
    es: 'percepción y evidencia no coinciden',
    de: 'Wahrnehmung und Belege widersprechen sich',
    fr: 'perception et preuves divergent',
  },
  mismatchAligned: {
    en: 'they broadly agree',
    es: 'coinciden en líneas generales',
    de: 'sie stimmen weitgehend überein',
    fr: 'elles concordent dans l’ensemble',
  },
  funnelCaption: {
    en: 'Reality funnel: of the items reported, how many the room could fully verify, how many of those have a clear owner, and how many of those trace back to a decision. Hatched: partly verified, not counted as verified.',
    es: 'Embudo de realidad: de lo informado, cuánto pudo verificar la sala por completo, cuánto de ello tiene un responsable claro y cuánto se remonta a una decisión. Rayado: verificado en parte, no cuenta como verificado.',
    de: 'Realitätstrichter: Von den gemeldeten Arbeitspaketen, wie viele die Gruppe vollständig prüfen konnte, wie viele davon eine klare Verantwortung haben und wie viele davon sich auf eine Entscheidung zurückführen lassen. Schraffiert: teilweise geprüft, nicht als geprüft gezählt.',
    fr: 'Entonnoir de réalité : parmi les éléments annoncés, combien la salle a pu vérifier entièrement, combien d’entre eux ont un responsable clair, et combien de ceux-ci remontent à une décision. Hachuré : vérifié en partie, non compté comme vérifié.',
  },
  funnelReported: { en: 'Reported', es: 'Informado', de: 'Gemeldet', fr: 'Annoncé' },
  funnelVerified: { en: 'Verified', es: 'Verificado', de: 'Geprüft', fr: 'Vérifié' },
  funnelOwned: {
    en: 'Owner clear',
    es: 'Responsable claro',
    de: 'Verantwortung klar',
    fr: 'Responsable clair',
  },
  funnelTraceable: {
    en: 'Decision traceable',
    es: 'Decisión trazable',
    de: 'Nachvollziehbar',
    fr: 'Décision traçable',
  },
  funnelStage: {
    en: '{count} of {total} ({share} %)',
    es: '{count} de {total} ({share} %)',
    de: '{count} von {total} ({share} %)',
    fr: '{count} sur {total} ({share} %)',
  },
  funnelPartly: {
    en: '+{count} partly',
    es: '+{count} en parte',
    de: '+{count} teilweise',
    fr: '+{count} en partie',
  },
  funnelEmpty: {
    en: 'No work items were checked in the Reality Check.',
    es: 'No se revisó ningún elemento en la Comprobación de realidad.',
    de: 'Im Realitätscheck wurden keine Arbeitspakete geprüft.',
    fr: 'Aucun élément de travail n’a été vérifié lors de la Vérification de la réalité.',
  },
  rcTableTitle: {
    en: 'Reality Check entries',
    es: 'Elementos de la Comprobación de realidad',
    de: 'Einträge des Realitätschecks',
    fr: 'Éléments de la Vérification de la réalité',
  },
  rcItem: {
    en: 'Work item',
    es: 'Elemento de trabajo',
    de: 'Arbeitspaket',
    fr: 'Élément de travail',
  },
  rcReported: { en: 'Reported', es: 'Informado', de: 'Gemeldet', fr: 'Annoncé' },
  rcVerified: { en: 'Verified', es: 'Verificado', de: 'Geprüft', fr: 'Vérifié' },
  rcOwner: {
    en: 'Owner clear',
    es: 'Responsable claro',
    de: 'Verantwortung klar',
    fr: 'Responsable clair',
  },
  rcTraceable: { en: 'Traceable', es: 'Trazable', de: 'Nachvollziehbar', fr: 'Traçable' },
  drTableTitle: {
    en: 'Decision Replay entries',
    es: 'Decisiones del Repaso de decisiones',
    de: 'Einträge des Entscheidungsrückblicks',
    fr: 'Décisions de la Relecture des décisions',
  },
  drDecision: { en: 'Decision', es: 'Decisión', de: 'Entscheidung', fr: 'Décision' },
  drDecider: {
    en: 'Decider known',
    es: 'Se sabe quién',
    de: 'Entscheider bekannt',
    fr: 'Décideur connu',
  },
  drInputs: {
    en: 'Inputs known',
    es: 'Datos conocidos',
    de: 'Grundlagen bekannt',
    fr: 'Données connues',
  },
  drRecorded: {
    en: 'Recorded in',
    es: 'Registrada en',
    de: 'Festgehalten in',
    fr: 'Consignée dans',
  },
  drReplayable: {
    en: 'Same today?',
    es: '¿Igual hoy?',
    de: 'Heute gleich?',
    fr: 'Identique aujourd’hui ?',
  },
  drNowhere: { en: 'nowhere', es: 'en ningún sitio', de: 'nirgends', fr: 'nulle part' },
  notAssessed: { en: 'not assessed', es: 'sin evaluar', de: 'nicht bewertet', fr: 'non évalué' },
  place_personal_notes: {
    en: "someone's notes",
    es: 'notas de una persona',
    de: 'persönliche Notizen',
    fr: 'notes personnelles',
  },
  place_team_chat: {
    en: 'team chat',
    es: 'chat del equipo',
    de: 'Team-Chat',
    fr: 'messagerie d’équipe',
  },
  place_meeting_minutes: {
    en: 'meeting minutes',
    es: 'acta de reunión',
    de: 'Besprechungsprotokoll',
    fr: 'compte rendu de réunion',
  },
  place_ticket: { en: 'ticket', es: 'ticket', de: 'Ticket', fr: 'ticket' },
  place_decision_log: {
    en: 'decision log',
    es: 'registro de decisiones',
    de: 'Entscheidungslog',
    fr: 'registre des décisions',
  },
  place_other: { en: 'elsewhere', es: 'otro lugar', de: 'anderswo', fr: 'ailleurs' },
  drNone: {
    en: 'No decisions were replayed.',
    es: 'No se reconstruyó ninguna decisión.',
    de: 'Es wurden keine Entscheidungen nachvollzogen.',
    fr: 'Aucune décision n’a été retracée.',
  },

  rolesTitle: {
    en: 'Role gaps and disagreement',
    es: 'Diferencias entre roles y desacuerdo',
    de: 'Unterschiede zwischen Rollen und Uneinigkeit',
    fr: 'Écarts entre rôles et désaccords',
  },
  rolesIntro: {
    en: "Each cell is a role group's mean debt on a factor, darker for more. A hatched cell marked n<{k} is hidden to protect anonymity: fewer than {k} people stand behind it, or it could be worked out from the others.",
    es: 'Cada celda es la deuda media de un grupo de rol en un factor, más oscura cuanta más deuda. Una celda rayada con n<{k} se oculta para proteger el anonimato: la respaldan menos de {k} personas, o podría deducirse de las demás.',
    de: 'Jede Zelle zeigt die mittleren Schulden einer Rollengruppe bei einem Faktor, dunkler bei mehr. Eine schraffierte Zelle mit n<{k} ist zum Schutz der Anonymität verborgen: Weniger als {k} Personen stehen dahinter, oder sie ließe sich aus den anderen erschließen.',
    fr: 'Chaque cellule indique la dette moyenne d’un groupe de rôles sur un facteur, plus foncée quand elle est plus élevée. Une cellule hachurée marquée n<{k} est masquée pour protéger l’anonymat : moins de {k} personnes la composent, ou elle pourrait être déduite des autres.',
  },
  heatmapAll: { en: 'Whole room', es: 'Toda la sala', de: 'Gesamt', fr: 'Toute la salle' },
  heatmapHidden: { en: 'n<{k}', es: 'n<{k}', de: 'n<{k}', fr: 'n<{k}' },
  gapsTitle: {
    en: 'Where role groups see a different reality',
    es: 'Dónde los grupos de rol ven otra realidad',
    de: 'Wo Rollengruppen eine andere Realität sehen',
    fr: 'Là où les groupes de rôles voient une autre réalité',
  },
  gapsNone: {
    en: 'No two shown role groups differ by {points} points or more on any factor.',
    es: 'Ningún par de grupos de rol mostrados difiere en {points} puntos o más en ningún factor.',
    de: 'Keine zwei gezeigten Rollengruppen unterscheiden sich bei einem Faktor um {points} Punkte oder mehr.',
    fr: 'Aucune paire de groupes de rôles affichés ne diffère de {points} points ou plus sur un facteur.',
  },
  colHigher: {
    en: 'Sees more debt',
    es: 'Ve más deuda',
    de: 'Sieht mehr Schulden',
    fr: 'Voit plus de dette',
  },
  colLower: {
    en: 'Sees less debt',
    es: 'Ve menos deuda',
    de: 'Sieht weniger Schulden',
    fr: 'Voit moins de dette',
  },
  colGap: { en: 'Gap', es: 'Diferencia', de: 'Abstand', fr: 'Écart' },
  splitTitle: {
    en: 'Split rooms and the re-vote',
    es: 'Salas divididas y segunda votación',
    de: 'Gespaltene Gruppe und zweite Abstimmung',
    fr: 'Salles divisées et second vote',
  },
  colRound1: {
    en: 'Round 1 (mean · SD)',
    es: 'Ronda 1 (media · DE)',
    de: 'Runde 1 (Mittelwert · SA)',
    fr: 'Tour 1 (moyenne · ET)',
  },
  colRound2: {
    en: 'Re-vote (mean · SD)',
    es: 'Segunda votación (media · DE)',
    de: 'Zweite Abstimmung (Mittelwert · SA)',
    fr: 'Second vote (moyenne · ET)',
  },
  colDirection: { en: 'Direction', es: 'Evolución', de: 'Entwicklung', fr: 'Évolution' },
  noRevote: {
    en: 'The room did not re-vote, so convergence cannot be shown.',
    es: 'La sala no volvió a votar, así que no puede mostrarse la convergencia.',
    de: 'Die Gruppe hat nicht erneut abgestimmt, daher lässt sich keine Annäherung zeigen.',
    fr: 'La salle n’a pas revoté ; la convergence ne peut donc pas être montrée.',
  },
  noSplit: {
    en: 'No factor split the room and no re-vote moved it.',
    es: 'Ningún factor dividió a la sala y la segunda votación no la movió.',
    de: 'Kein Faktor hat die Gruppe gespalten, und keine zweite Abstimmung hat sie bewegt.',
    fr: 'Aucun facteur n’a divisé la salle et aucun second vote ne l’a fait bouger.',
  },

  interventionsTitle: {
    en: 'Recommended Execution Pod interventions',
    es: 'Intervenciones recomendadas de Execution Pod',
    de: 'Empfohlene Execution-Pod-Interventionen',
    fr: 'Interventions d’Execution Pod recommandées',
  },
  interventionColumn: {
    en: 'Intervention',
    es: 'Intervención',
    de: 'Intervention',
    fr: 'Intervention',
  },
  interventionOwner: { en: 'Owner', es: 'Responsable', de: 'Verantwortlich', fr: 'Responsable' },
  interventionDue: { en: 'Due', es: 'Fecha', de: 'Fällig', fr: 'Échéance' },
  interventionSignal: {
    en: 'Success signal',
    es: 'Señal de éxito',
    de: 'Erfolgssignal',
    fr: 'Signal de réussite',
  },

  methodTitle: {
    en: 'Methodology, attribution and fingerprint',
    es: 'Metodología, atribución y huella',
    de: 'Methodik, Urheberschaft und Fingerabdruck',
    fr: 'Méthodologie, attribution et empreinte',
  },
  methodShortTitle: {
    en: 'Method and fingerprint',
    es: 'Método y huella',
    de: 'Methode und Fingerabdruck',
    fr: 'Méthode et empreinte',
  },
  methodHow: {
    en: 'Each participant rated statements on a five-point agreement scale, or said they could not say. Some statements describe debt, others describe health, so agreeing is not always bad news. Every answer becomes a debt score from 0 to 100; "can\'t say" is left out, never counted as zero. A factor is the mean of participants\' own factor scores and is shown only when at least three people, and at least the anonymity threshold, answered it; a dimension is the mean of its shown factors.',
    es: 'Cada participante valoró afirmaciones en una escala de acuerdo de cinco puntos, o indicó que no sabría decir. Unas afirmaciones describen deuda y otras salud, de modo que estar de acuerdo no siempre es mala noticia. Cada respuesta se convierte en una puntuación de deuda de 0 a 100; «no sabría decir» se excluye y nunca cuenta como cero. Un factor es la media de las puntuaciones de los participantes y solo se muestra cuando lo respondieron al menos tres personas y al menos tantas como el umbral de anonimato; una dimensión es la media de sus factores mostrados.',
    de: 'Alle Teilnehmenden haben Aussagen auf einer fünfstufigen Zustimmungsskala bewertet oder „Kann ich nicht sagen“ gewählt. Manche Aussagen beschreiben Schulden, andere Gesundheit; Zustimmung ist also nicht immer eine schlechte Nachricht. Jede Antwort wird zu einem Schuldenwert von 0 bis 100; „Kann ich nicht sagen“ wird weggelassen und nie als null gezählt. Ein Faktor ist der Mittelwert der eigenen Faktorwerte der Teilnehmenden und wird nur gezeigt, wenn mindestens drei Personen und mindestens so viele wie die Anonymitätsschwelle ihn beantwortet haben; eine Dimension ist der Mittelwert ihrer gezeigten Faktoren.',
    fr: 'Chaque participant a évalué des affirmations sur une échelle d’accord en cinq points, ou répondu « Je ne saurais dire ». Certaines affirmations décrivent de la dette, d’autres de la santé ; être d’accord n’est donc pas toujours une mauvaise nouvelle. Chaque réponse devient un score de dette de 0 à 100 ; « Je ne saurais dire » est écarté et n’est jamais compté comme zéro. Un facteur est la moyenne des scores de facteur propres aux participants et n’est affiché que si au moins trois personnes, et au moins autant que le seuil d’anonymat, y ont répondu ; une dimension est la moyenne de ses facteurs affichés.',
  },
  methodIndex: {
    en: 'Structural Execution Debt is √(Human × Technical) × (½ + ½ × Visibility deficit / 100): it stays low when either debt is low, grows when both are high, and a visibility deficit amplifies it; full visibility halves it but does not erase the debts. The headline moves it towards 100 by half of the observed gap: structural + (100 − structural) × ½ × gap / 100. When at least three work items were checked and none could be verified, the headline is at least 50. Bands: Contained below 25, Accumulating from 25, Compounding from 50, Critical from 75. Bands, the neutral point and every trigger are heuristics chosen for this diagnostic, not norms; each figure carries a 95 % interval.',
    es: 'La Deuda de Ejecución estructural es √(Humana × Técnica) × (½ + ½ × Déficit de visibilidad / 100): se mantiene baja si cualquiera de las dos deudas es baja, crece cuando ambas son altas y el déficit de visibilidad la amplifica; la visibilidad total la reduce a la mitad, pero no borra las deudas. El índice principal la acerca a 100 en la mitad de la brecha observada: estructural + (100 − estructural) × ½ × brecha / 100. Cuando se comprobaron al menos tres elementos y ninguno se pudo verificar, el índice principal es como mínimo 50. Bandas: Contenida por debajo de 25, En acumulación desde 25, En escalada desde 50, Crítica desde 75. Las bandas, el punto neutro y cada umbral son heurísticas elegidas para este diagnóstico, no normas; cada cifra lleva un intervalo del 95 %.',
    de: 'Die strukturelle Execution Debt ist √(Human × Technisch) × (½ + ½ × Sichtbarkeitsdefizit / 100): Sie bleibt niedrig, wenn eine der beiden Schuldenarten niedrig ist, wächst, wenn beide hoch sind, und ein Sichtbarkeitsdefizit verstärkt sie; volle Sichtbarkeit halbiert sie, löscht die Schulden aber nicht. Der Gesamtindex rückt sie um die Hälfte der beobachteten Lücke näher an 100: strukturell + (100 − strukturell) × ½ × Lücke / 100. Wurden mindestens drei Arbeitspakete geprüft und keines ließ sich bestätigen, beträgt der Gesamtindex mindestens 50. Stufen: Eingedämmt unter 25, Wachsend ab 25, Eskalierend ab 50, Kritisch ab 75. Stufen, neutraler Punkt und alle Auslöser sind für diese Diagnose gewählte Heuristiken, keine Normen; jede Zahl trägt ein 95-%-Intervall.',
    fr: 'L’Execution Debt structurelle vaut √(Humaine × Technique) × (½ + ½ × déficit de visibilité / 100) : elle reste basse quand l’une des deux dettes est basse, croît quand les deux sont élevées, et un déficit de visibilité l’amplifie ; une visibilité totale la réduit de moitié sans effacer les dettes. L’indice global la rapproche de 100 de la moitié de l’écart observé : structurelle + (100 − structurelle) × ½ × écart / 100. Quand au moins trois éléments de travail ont été vérifiés et qu’aucun n’a pu être confirmé, l’indice global vaut au moins 50. Niveaux : Contenue sous 25, Croissante dès 25, En escalade dès 50, Critique dès 75. Les niveaux, le point neutre et chaque déclencheur sont des heuristiques choisies pour ce diagnostic, non des normes ; chaque chiffre est assorti d’un intervalle à 95 %.',
  },
  methodAnonymity: {
    en: 'Anonymity: no figure is shown when fewer than {k} people stand behind it, nor a role group that could be worked out by subtracting shown groups from the room; below {k} in the whole room nothing is shown at all. No person is drawn or listed. Every figure shows its n. Round 1, the independent vote, drives every figure; the re-vote is reported as convergence.',
    es: 'Anonimato: no se muestra ninguna cifra que respalden menos de {k} personas, ni un grupo de rol que pudiera deducirse restando los grupos mostrados del total de la sala; con menos de {k} personas en toda la sala no se muestra nada. Ninguna persona aparece dibujada ni listada. Cada cifra indica su n. La ronda 1, el voto independiente, determina todas las cifras; la segunda votación se presenta como convergencia.',
    de: 'Anonymität: Keine Zahl wird gezeigt, hinter der weniger als {k} Personen stehen, und keine Rollengruppe, die sich durch Abziehen der gezeigten Gruppen von der Gesamtgruppe erschließen ließe; sind es in der ganzen Gruppe weniger als {k}, wird gar nichts gezeigt. Keine Person wird eingezeichnet oder aufgeführt. Jede Zahl nennt ihr n. Runde 1, die unabhängige Abstimmung, bestimmt alle Zahlen; die zweite Abstimmung wird als Annäherung berichtet.',
    fr: 'Anonymat : aucun chiffre n’est affiché si moins de {k} personnes le composent, ni aucun groupe de rôles qui pourrait être déduit en soustrayant de la salle les groupes affichés ; en dessous de {k} personnes dans toute la salle, rien n’est affiché. Aucune personne n’est tracée ni listée. Chaque chiffre indique son n. Le tour 1, le vote indépendant, détermine tous les chiffres ; le second vote est présenté comme convergence.',
  },
  methodAttribution: {
    en: 'Human Debt™ and Execution Debt™ are concepts originated by Duena Blomstrom and applied through PeopleNotTech. This diagnostic applies the Execution Debt framework; its statements, scoring model and texts are our own.',
    es: 'Human Debt™ (Deuda Humana) y Execution Debt™ (Deuda de Ejecución) son conceptos originados por Duena Blomstrom y aplicados a través de PeopleNotTech. Este diagnóstico aplica el marco de la Deuda de Ejecución; sus afirmaciones, su modelo de puntuación y sus textos son propios.',
    de: 'Human Debt™ und Execution Debt™ sind Konzepte, die von Duena Blomstrom entwickelt und über PeopleNotTech angewendet werden. Diese Diagnose wendet das Execution-Debt-Framework an; ihre Aussagen, ihr Bewertungsmodell und ihre Texte sind eigene.',
    fr: 'Human Debt™ et Execution Debt™ sont des concepts créés par Duena Blomstrom et appliqués par PeopleNotTech. Ce diagnostic applique le cadre de l’Execution Debt ; ses affirmations, son modèle de notation et ses textes sont les nôtres.',
  },
  fingerprintTitle: { en: 'Fingerprint', es: 'Huella', de: 'Fingerabdruck', fr: 'Empreinte' },
  fingerprintIntro: {
    en: 'The fingerprint identifies the exact data, instrument and model behind every figure. The figures and the fingerprint are also embedded in this file, so anyone holding the workshop file can replay and check them: edw verify <report.pdf> <workshop.json>.',
    es: 'La huella identifica los datos, el instrumento y el modelo exactos que hay detrás de cada cifra. Las cifras y la huella también van incrustadas en este archivo, de modo que quien tenga el archivo del taller puede reproducirlas y comprobarlas: edw verify <informe.pdf> <taller.json>.',
    de: 'Der Fingerabdruck bezeichnet genau die Daten, das Instrument und das Modell hinter jeder Zahl. Die Zahlen und der Fingerabdruck sind auch in diese Datei eingebettet, sodass jede Person mit der Workshop-Datei sie nachrechnen und prüfen kann: edw verify <bericht.pdf> <workshop.json>.',
    fr: 'L’empreinte identifie exactement les données, l’instrument et le modèle derrière chaque chiffre. Les chiffres et l’empreinte sont aussi intégrés à ce fichier ; quiconque détient le fichier de l’atelier peut donc les recalculer et les vérifier : edw verify <rapport.pdf> <atelier.json>.',
  },
  fpValue: { en: 'Fingerprint', es: 'Huella', de: 'Fingerabdruck', fr: 'Empreinte' },
  fpData: {
    en: 'Data hash (SHA-256)',
    es: 'Hash de los datos (SHA-256)',
    de: 'Daten-Hash (SHA-256)',
    fr: 'Empreinte des données (SHA-256)',
  },
  fpModel: {
    en: 'Scoring model',
    es: 'Modelo de puntuación',
    de: 'Bewertungsmodell',
    fr: 'Modèle de notation',
  },
  fpInstrument: { en: 'Instrument', es: 'Instrumento', de: 'Instrument', fr: 'Instrument' },
  fpK: {
    en: 'Anonymity threshold k',
    es: 'Umbral de anonimato k',
    de: 'Anonymitätsschwelle k',
    fr: 'Seuil d’anonymat k',
  },
  fpFigures: {
    en: 'Embedded figures',
    es: 'Cifras incrustadas',
    de: 'Eingebettete Zahlen',
    fr: 'Chiffres intégrés',
  },
  fpGenerated: { en: 'Generated', es: 'Generado', de: 'Erstellt', fr: 'Généré le' },

  appendixTitle: {
    en: 'Appendix: anonymised aggregates',
    es: 'Anexo: agregados anonimizados',
    de: 'Anhang: anonymisierte Aggregate',
    fr: 'Annexe : agrégats anonymisés',
  },
  appendixIntro: {
    en: 'Whole-room figures per factor and per statement, and role-group figures where at least {k} people stand behind them. Scores are 0–100, higher is more debt; answers 1–5 are the raw scale from strongly disagree to strongly agree.',
    es: 'Cifras de toda la sala por factor y por afirmación, y cifras por grupo de rol donde las respaldan al menos {k} personas. Las puntuaciones van de 0 a 100, más alto es más deuda; las respuestas 1–5 son la escala original, de muy en desacuerdo a muy de acuerdo.',
    de: 'Zahlen der Gesamtgruppe pro Faktor und pro Aussage sowie Zahlen der Rollengruppen, wo mindestens {k} Personen dahinterstehen. Werte reichen von 0 bis 100, höher heißt mehr Schulden; die Antworten 1–5 sind die ursprüngliche Skala von „Stimme überhaupt nicht zu“ bis „Stimme voll und ganz zu“.',
    fr: 'Chiffres de toute la salle par facteur et par affirmation, et chiffres par groupe de rôles là où au moins {k} personnes les composent. Les scores vont de 0 à 100, plus haut signifie plus de dette ; les réponses 1–5 sont l’échelle d’origine, de « Pas du tout d’accord » à « Tout à fait d’accord ».',
  },
  appendixFactors: {
    en: 'Factors, whole room',
    es: 'Factores, toda la sala',
    de: 'Faktoren, Gesamtgruppe',
    fr: 'Facteurs, toute la salle',
  },
  appendixGroups: {
    en: 'Factors by role group (mean · n)',
    es: 'Factores por grupo de rol (media · n)',
    de: 'Faktoren nach Rollengruppe (Mittelwert · n)',
    fr: 'Facteurs par groupe de rôles (moyenne · n)',
  },
  appendixItems: {
    en: 'Statements, whole room',
    es: 'Afirmaciones, toda la sala',
    de: 'Aussagen, Gesamtgruppe',
    fr: 'Affirmations, toute la salle',
  },
  appendixNotChosen: {
    en: 'Recommended interventions the room did not choose',
    es: 'Intervenciones recomendadas que la sala no eligió',
    de: 'Empfohlene Interventionen, die die Gruppe nicht gewählt hat',
    fr: 'Interventions recommandées que la salle n’a pas retenues',
  },
  groupHeader: {
    en: '{role} (n = {n})',
    es: '{role} (n = {n})',
    de: '{role} (n = {n})',
    fr: '{role} (n = {n})',
  },
  groupHeaderHidden: {
    en: '{role} (n<{k})',
    es: '{role} (n<{k})',
    de: '{role} (n<{k})',
    fr: '{role} (n<{k})',
  },
  briefMore: {
    en: 'The full report adds a page per dimension, the Reality Check and Decision Replay, role gaps, the factor web and the anonymised aggregates.',
    es: 'El informe completo añade una página por dimensión, la Comprobación de realidad y el Repaso de decisiones, las diferencias entre roles, la red de factores y los agregados anonimizados.',
    de: 'Der vollständige Bericht enthält zusätzlich eine Seite pro Dimension, den Realitätscheck und den Entscheidungsrückblick, die Unterschiede zwischen Rollen, das Faktorennetz und die anonymisierten Aggregate.',
    fr: 'Le rapport complet ajoute une page par dimension, la Vérification de la réalité et la Relecture des décisions, les écarts entre rôles, le réseau de facteurs et les agrégats anonymisés.',
  },

  clientTitle: {
    en: 'The client’s own statements',
    es: 'Las afirmaciones propias del cliente',
    de: 'Die eigenen Aussagen des Kunden',
    fr: 'Les affirmations propres au client',
  },
  clientIntro: {
    en: 'The facilitator wrote these statements for this client, and the room answered them on the same scale, from 1 (strongly disagree) to 5 (strongly agree). They are not part of any index, factor or finding in this report, and their answers do not enter its fingerprint: they are shown here as the room answered them, for the client to read in their own terms.',
    es: 'La persona facilitadora redactó estas afirmaciones para este cliente, y la sala las respondió en la misma escala, de 1 (muy en desacuerdo) a 5 (muy de acuerdo). No forman parte de ningún índice, factor ni hallazgo de este informe, y sus respuestas no entran en su huella: se muestran aquí tal como respondió la sala, para que el cliente las lea en sus propios términos.',
    de: 'Die Moderation hat diese Aussagen für diesen Kunden formuliert, und die Gruppe hat sie auf derselben Skala beantwortet, von 1 (stimme überhaupt nicht zu) bis 5 (stimme voll und ganz zu). Sie gehen in keinen Index, keinen Faktor und keinen Befund dieses Berichts ein, und ihre Antworten fließen nicht in seinen Fingerabdruck ein: Sie stehen hier so, wie die Gruppe geantwortet hat, damit der Kunde sie in seinen eigenen Begriffen lesen kann.',
    fr: 'L’animation a rédigé ces affirmations pour ce client, et la salle y a répondu sur la même échelle, de 1 (pas du tout d’accord) à 5 (tout à fait d’accord). Elles n’entrent dans aucun indice, facteur ni constat de ce rapport, et leurs réponses n’entrent pas dans son empreinte : elles figurent ici telles que la salle y a répondu, pour que le client les lise dans ses propres termes.',
  },
  clientWithheldNote: {
    en: 'A statement to which fewer than {k} people gave a value is withheld whole: no mean, no count, not even its “can’t say” and “not applicable” answers, which would tell how many answered.',
    es: 'Una afirmación a la que menos de {k} personas dieron un valor se retiene entera: sin media, sin recuento, ni siquiera sus respuestas «no sabe» y «no aplica», que dirían cuántas personas respondieron.',
    de: 'Eine Aussage, der weniger als {k} Personen einen Wert gegeben haben, wird ganz zurückgehalten: kein Mittelwert, keine Anzahl, nicht einmal ihre Antworten „kann ich nicht sagen“ und „trifft nicht zu“, die verraten würden, wie viele geantwortet haben.',
    fr: 'Une affirmation à laquelle moins de {k} personnes ont donné une valeur est entièrement masquée : ni moyenne, ni décompte, pas même ses réponses « je ne saurais dire » et « sans objet », qui diraient combien de personnes ont répondu.',
  },
  clientWithheld: {
    en: 'withheld (fewer than {k})',
    es: 'retenida (menos de {k})',
    de: 'zurückgehalten (weniger als {k})',
    fr: 'masquée (moins de {k})',
  },
  clientReversed: {
    en: 'agreeing describes a problem',
    es: 'estar de acuerdo describe un problema',
    de: 'Zustimmung beschreibt ein Problem',
    fr: 'être d’accord décrit un problème',
  },
  colClientMean: {
    en: 'Mean (1–5)',
    es: 'Media (1–5)',
    de: 'Mittelwert (1–5)',
    fr: 'Moyenne (1–5)',
  },
  colNotApplicable: {
    en: 'Not applicable',
    es: 'No aplica',
    de: 'Trifft nicht zu',
    fr: 'Sans objet',
  },

  yes: { en: 'yes', es: 'sí', de: 'ja', fr: 'oui' },
  no: { en: 'no', es: 'no', de: 'nein', fr: 'non' },
  unclear: { en: 'unclear', es: 'no está claro', de: 'unklar', fr: 'pas clair' },
  unsure: { en: 'unsure', es: 'no se sabe', de: 'unsicher', fr: 'incertain' },
  verified: { en: 'verified', es: 'verificado', de: 'geprüft', fr: 'vérifié' },
  partly: { en: 'partly', es: 'en parte', de: 'teilweise', fr: 'en partie' },
  notVerified: { en: 'not verified', es: 'no verificado', de: 'nicht geprüft', fr: 'non vérifié' },
  unknown: { en: 'unknown', es: 'desconocido', de: 'unbekannt', fr: 'inconnu' },
} as const satisfies Record<string, Localized>;

export type ReportTextKey = keyof typeof REPORT_TEXTS;

export const SEVERITY_TEXT: Readonly<Record<'low' | 'medium' | 'high' | 'critical', Localized>> = {
  low: { en: 'low', es: 'baja', de: 'niedrig', fr: 'faible' },
  medium: { en: 'medium', es: 'media', de: 'mittel', fr: 'moyenne' },
  high: { en: 'high', es: 'alta', de: 'hoch', fr: 'élevée' },
  critical: { en: 'critical', es: 'crítica', de: 'kritisch', fr: 'critique' },
};

export const CONFIDENCE_TEXT: Readonly<Record<'low' | 'medium' | 'high', Localized>> = {
  low: { en: 'low', es: 'baja', de: 'niedrig', fr: 'faible' },
  medium: { en: 'medium', es: 'media', de: 'mittel', fr: 'moyenne' },
  high: { en: 'high', es: 'alta', de: 'hoch', fr: 'élevée' },
};

export const DIRECTION_TEXT: Readonly<
  Record<'converged' | 'diverged' | 'stable' | 'insufficient', Localized>
> = {
  converged: { en: 'converged', es: 'convergió', de: 'angenähert', fr: 'convergence' },
  diverged: { en: 'drifted apart', es: 'se dispersó', de: 'auseinandergegangen', fr: 'divergence' },
  stable: { en: 'stable', es: 'estable', de: 'stabil', fr: 'stable' },
  insufficient: {
    en: 'too few to compare',
    es: 'muy pocos para comparar',
    de: 'zu wenige für einen Vergleich',
    fr: 'trop peu pour comparer',
  },
};

/** Names for the default role groups; a facilitator's own role names are printed as typed. */
export const ROLE_TEXT: Readonly<Record<string, Localized>> = {
  leadership: { en: 'Leadership', es: 'Dirección', de: 'Führung', fr: 'Direction' },
  product: { en: 'Product', es: 'Producto', de: 'Produkt', fr: 'Produit' },
  engineering: { en: 'Engineering', es: 'Ingeniería', de: 'Entwicklung', fr: 'Ingénierie' },
  operations: { en: 'Operations', es: 'Operaciones', de: 'Betrieb', fr: 'Exploitation' },
};

/** The text for a key in a language, with `{name}` placeholders filled. */
export function reportText(
  key: ReportTextKey,
  language: Language,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return fillText(REPORT_TEXTS[key][language], values);
}

/** Replaces `{name}` with the value given; unknown placeholders stay as written. */
export function fillText(
  template: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

/** A figure with one decimal in the language's style ("62.3"; "62,3" in the others); "n/a" for null. */
export function formatFigure(value: number | null, language: Language): string {
  if (value === null) return REPORT_TEXTS.insufficientShort[language];
  const text = value.toFixed(1);
  return language === 'en' ? text : text.replace('.', ',');
}

/** Every language a text may be written in, including those still being completed. */
type TextLanguage = keyof Localized;

const MONTHS: Record<TextLanguage, readonly string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  es: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
};

/** Day, month name and year in each language's order: "20 November 2026", "20. November 2026". */
const DATE_STYLE: Record<TextLanguage, (day: number, month: string, year: string) => string> = {
  en: (day, month, year) => `${day} ${month} ${year}`,
  es: (day, month, year) => `${day} de ${month} de ${year}`,
  de: (day, month, year) => `${day}. ${month} ${year}`,
  // French writes the first of the month as an ordinal: "1er novembre 2026".
  fr: (day, month, year) => `${day === 1 ? '1er' : day} ${month} ${year}`,
};

/**
 * A calendar date `YYYY-MM-DD` as the report's language writes it: "20 November 2026",
 * "20 de noviembre de 2026". Anything else (a date typed freely in a plan) is printed as given.
 */
export function formatDate(iso: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  const month = MONTHS[language][Number(match?.[2]) - 1];
  if (!match || month === undefined) return iso;
  return DATE_STYLE[language](Number(match[3]), month, match[1] ?? '');
}

/**
 * An ISO timestamp as the language writes it, in UTC so the same report reads the same wherever
 * it is opened: "21 November 2026, 10:00 UTC".
 */
export function formatTimestamp(iso: string, language: Language): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${formatDate(match[1] ?? '', language)}, ${match[2] ?? ''} UTC` : iso;
}

/** A whole-number percentage of a 0–1 share. */
export function formatPercent(share: number): string {
  return String(Math.round(share * 100));
}

/** The default groups by their name in any language: "ingeniería" is the same group as "engineering". */
const DEFAULT_ROLE_BY_NAME: ReadonlyMap<string, string> = new Map(
  Object.entries(ROLE_TEXT).flatMap(([id, text]) =>
    [id, ...Object.values(text)].map((name): [string, string] => [name.toLowerCase(), id]),
  ),
);

/**
 * The default group a stored role names, in whichever language it was typed ("Entwicklung",
 * "ingeniería" and "engineering" are all `engineering`), or undefined for the facilitator's own.
 */
export function defaultRoleId(role: string): string | undefined {
  return DEFAULT_ROLE_BY_NAME.get(role.toLowerCase());
}

/** A role group's display name: the default groups translated, anything else as typed. */
export function roleName(role: string, language: Language): string {
  const id = defaultRoleId(role);
  const known = id === undefined ? undefined : ROLE_TEXT[id];
  if (known !== undefined) return known[language];
  // As typed: "qa" is an acronym the facilitator chose, not a word to capitalise ("Qa").
  return role;
}
