import type { Language } from '../../domain/workshop';
import type { Localized } from '../../instrument/types';
import { fillText } from '../texts';

/**
 * Every sentence of the portfolio report that is not data, in English, Spanish, German and French.
 * Texts the one-team report already prints (the attribution, the bands, the index formula) are
 * taken from REPORT_TEXTS instead, so both reports say them the same way.
 */
export const PORTFOLIO_TEXTS = {
  title: {
    en: 'Execution Debt across teams',
    es: 'Deuda de Ejecución en sus equipos',
    de: 'Execution Debt über alle Teams',
    fr: 'L’Execution Debt dans vos équipes',
  },
  kicker: {
    en: 'Team portfolio',
    es: 'Cartera de equipos',
    de: 'Teamübersicht',
    fr: 'Portefeuille d’équipes',
  },
  runningHeader: {
    en: 'Execution Debt across teams',
    es: 'Deuda de Ejecución en sus equipos',
    de: 'Execution Debt über alle Teams',
    fr: 'L’Execution Debt dans vos équipes',
  },
  detailTeams: { en: 'Teams', es: 'Equipos', de: 'Teams', fr: 'Équipes' },
  detailDates: {
    en: 'Workshops',
    es: 'Talleres',
    de: 'Workshops',
    fr: 'Ateliers',
  },
  detailGenerated: { en: 'Generated', es: 'Generado', de: 'Erstellt', fr: 'Généré le' },
  dateRange: {
    en: '{from} to {to}',
    es: 'del {from} al {to}',
    de: '{from} bis {to}',
    fr: 'du {from} au {to}',
  },

  howBadTitle: {
    en: 'How bad: each team’s Execution Debt Index',
    es: 'Cuánto: el Índice de Deuda de Ejecución de cada equipo',
    de: 'Wie schlimm: der Execution-Debt-Index jedes Teams',
    fr: 'Quelle ampleur : l’indice d’Execution Debt de chaque équipe',
  },
  howBadCaption: {
    en: '0–100, higher means more debt. The bar is the 95\u00a0% interval, the dot the index; n is the number of people who answered in that team.',
    es: '0–100, más alto significa más deuda. La barra es el intervalo del 95\u00a0%; el punto, el índice; n es el número de personas que respondieron en ese equipo.',
    de: '0–100, höher heißt mehr Schulden. Der Balken ist das 95-%-Intervall, der Punkt der Index; n ist die Zahl der Personen, die in diesem Team geantwortet haben.',
    fr: '0–100, plus haut signifie plus de dette. La barre est l’intervalle à 95\u00a0%, le point l’indice ; n est le nombre de personnes ayant répondu dans cette équipe.',
  },
  bandCount: {
    en: '{count} {band}',
    es: '{count} {band}',
    de: '{count} {band}',
    fr: '{count} {band}',
  },
  overview: {
    en: '{shown} of {teams} teams have figures: {bands}.',
    es: '{shown} de {teams} equipos tienen cifras: {bands}.',
    de: '{shown} von {teams} Teams haben Zahlen: {bands}.',
    fr: '{shown} équipes sur {teams} ont des chiffres : {bands}.',
  },
  overviewWithheld: {
    en: ' {withheld} withheld: fewer than {k} people answered there.',
    es: ' {withheld} sin cifras: allí respondieron menos de {k} personas.',
    de: ' {withheld} ohne Zahlen: Dort haben weniger als {k} Personen geantwortet.',
    fr: ' {withheld} sans chiffres : moins de {k} personnes y ont répondu.',
  },
  teamWithheld: {
    en: 'fewer than {k} answered: no figures',
    es: 'respondieron menos de {k}: sin cifras',
    de: 'weniger als {k} haben geantwortet: keine Zahlen',
    fr: 'moins de {k} réponses : aucun chiffre',
  },
  teamNoHeadline: {
    en: 'not enough answers for the index',
    es: 'no hay respuestas suficientes para el índice',
    de: 'zu wenige Antworten für den Index',
    fr: 'pas assez de réponses pour l’indice',
  },
  nValue: { en: 'n = {n}', es: 'n = {n}', de: 'n = {n}', fr: 'n = {n}' },

  whyTitle: {
    en: 'Why: what the teams share',
    es: 'Por qué: lo que comparten los equipos',
    de: 'Warum: was die Teams gemeinsam haben',
    fr: 'Pourquoi : ce que les équipes partagent',
  },

  patternHigh: {
    en: '{factor} is high in {high} of {shown} teams',
    es: '{factor}: alto en {high} de {shown} equipos',
    de: '{factor} ist in {high} von {shown} Teams hoch',
    fr: '{factor} est élevé dans {high} équipes sur {shown}',
  },
  patternTeams: { en: ' ({teams}).', es: ' ({teams}).', de: ' ({teams}).', fr: ' ({teams}).' },
  noSystemic: {
    en: 'No factor is high across the teams: the debts found are local to single teams, not a pattern of the organisation.',
    es: 'Ningún factor es alto en el conjunto de los equipos: las deudas halladas son propias de cada equipo, no un patrón de la organización.',
    de: 'Kein Faktor ist teamübergreifend hoch: Die gefundenen Schulden betreffen einzelne Teams, sie sind kein Muster der Organisation.',
    fr: 'Aucun facteur n’est élevé dans l’ensemble des équipes : les dettes relevées sont propres à certaines équipes, pas un trait de l’organisation.',
  },

  localCount: {
    en: '{count} further factors are high in a few teams only (local; listed on the patterns page).',
    es: 'Otros {count} factores son altos solo en algunos equipos (locales; se detallan en la página de patrones).',
    de: '{count} weitere Faktoren sind nur in wenigen Teams hoch (lokal; siehe Seite der Muster).',
    fr: '{count} autres facteurs ne sont élevés que dans quelques équipes (locaux ; voir la page des tendances communes).',
  },

  whatFirstTitle: {
    en: 'What first',
    es: 'Qué hacer primero',
    de: 'Was zuerst',
    fr: 'Par où commencer',
  },
  firstSystemic: {
    en: 'Start with {factor} across the organisation: it is high in {high} of {shown} teams, so it is a shared pattern that no single team can fix alone. Treat it as one initiative owned above the teams.',
    es: 'Empiece por {factor} en toda la organización: es alto en {high} de {shown} equipos, así que es un patrón compartido que ningún equipo puede resolver por sí solo. Abórdelo como una sola iniciativa con un responsable por encima de los equipos.',
    de: 'Beginnen Sie mit {factor} in der ganzen Organisation: In {high} von {shown} Teams ist dieser Faktor hoch. Es ist ein gemeinsames Muster, das kein Team allein beheben kann. Behandeln Sie es als eine Initiative mit einer Verantwortung oberhalb der Teams.',
    fr: 'Commencez par {factor} à l’échelle de l’organisation : ce facteur est élevé dans {high} équipes sur {shown}, c’est donc un trait commun qu’aucune équipe ne peut corriger seule. Traitez-le comme une seule initiative portée au-dessus des équipes.',
  },
  firstTeam: {
    en: 'Start with {team}: its index of {value} ({band}) is the highest of the teams with figures. No factor is high across the teams, so the work is local: agree that team’s own plan from its workshop report.',
    es: 'Empiece por {team}: su índice de {value} ({band}) es el más alto de los equipos con cifras. Ningún factor es alto en el conjunto de los equipos, así que el trabajo es local: acuerde el plan propio de ese equipo a partir del informe de su taller.',
    de: 'Beginnen Sie mit {team}: Sein Index von {value} ({band}) ist der höchste unter den Teams mit Zahlen. Kein Faktor ist teamübergreifend hoch, die Arbeit ist also lokal: Vereinbaren Sie den eigenen Plan dieses Teams anhand seines Workshopberichts.',
    fr: 'Commencez par {team} : son indice de {value} ({band}) est le plus élevé des équipes chiffrées. Aucun facteur n’est élevé dans l’ensemble des équipes, le travail est donc local : convenez du plan propre à cette équipe à partir du rapport de son atelier.',
  },
  firstNothing: {
    en: 'Nothing can be concluded yet: no team has enough answers to show a figure. Run the workshops again with at least {k} people in each team.',
    es: 'Todavía no se puede concluir nada: ningún equipo tiene respuestas suficientes para mostrar una cifra. Repita los talleres con al menos {k} personas por equipo.',
    de: 'Noch lässt sich nichts folgern: Kein Team hat genug Antworten, um eine Zahl zu zeigen. Führen Sie die Workshops mit mindestens {k} Personen je Team erneut durch.',
    fr: 'Rien ne peut encore être conclu : aucune équipe n’a assez de réponses pour afficher un chiffre. Refaites les ateliers avec au moins {k} personnes par équipe.',
  },

  sureTeams: {
    en: 'Each index rests on its own team’s answers (n above) and carries a 95\u00a0% interval; where two teams’ intervals overlap, their order may be chance.',
    es: 'Cada índice se basa en las respuestas de su propio equipo (n, arriba) y lleva un intervalo del 95\u00a0%; cuando los intervalos de dos equipos se solapan, su orden puede deberse al azar.',
    de: 'Jeder Index beruht auf den Antworten seines eigenen Teams (n oben) und trägt ein 95-%-Intervall; wo sich die Intervalle zweier Teams überschneiden, kann ihre Reihenfolge Zufall sein.',
    fr: 'Chaque indice repose sur les réponses de sa propre équipe (n ci-dessus) et porte un intervalle à 95\u00a0% ; quand les intervalles de deux équipes se chevauchent, leur ordre peut tenir du hasard.',
  },
  sureAnonymity: {
    en: 'No figure describes fewer than {k} people: a team below {k} shows nothing, and no figure here combines teams, so none can be worked out from the others.',
    es: 'Ninguna cifra describe a menos de {k} personas: un equipo con menos de {k} no muestra nada, y ninguna cifra de este informe combina equipos, de modo que ninguna puede deducirse de las demás.',
    de: 'Keine Zahl beschreibt weniger als {k} Personen: Ein Team unter {k} zeigt nichts, und keine Zahl hier fasst Teams zusammen, sodass sich keine aus den anderen erschließen lässt.',
    fr: 'Aucun chiffre ne décrit moins de {k} personnes : une équipe sous {k} n’affiche rien, et aucun chiffre ici ne regroupe des équipes ; aucun ne peut donc être déduit des autres.',
  },
  sureVersions: {
    en: 'The teams answered different versions of the statements ({versions}): they are compared only on the factors all versions share. Left out: {factors}.',
    es: 'Los equipos respondieron versiones distintas de las afirmaciones ({versions}): se comparan solo en los factores que comparten todas las versiones. Quedan fuera: {factors}.',
    de: 'Die Teams haben verschiedene Fassungen der Aussagen beantwortet ({versions}): Verglichen wird nur bei den Faktoren, die alle Fassungen gemeinsam haben. Nicht berücksichtigt: {factors}.',
    fr: 'Les équipes ont répondu à des versions différentes des affirmations ({versions}) : elles ne sont comparées que sur les facteurs communs à toutes les versions. Écartés : {factors}.',
  },
  sureOneVersion: {
    en: 'All teams answered the same version of the statements ({version}), so every factor is compared.',
    es: 'Todos los equipos respondieron la misma versión de las afirmaciones ({version}), así que se comparan todos los factores.',
    de: 'Alle Teams haben dieselbe Fassung der Aussagen beantwortet ({version}); verglichen werden also alle Faktoren.',
    fr: 'Toutes les équipes ont répondu à la même version des affirmations ({version}) : tous les facteurs sont comparés.',
  },
  sureNoTrend: {
    en: 'No team has a follow-up workshop here yet, so no change over time is shown.',
    es: 'Ningún equipo tiene aún un taller de seguimiento aquí, así que no se muestra ninguna evolución.',
    de: 'Noch hat kein Team hier einen Folge-Workshop, daher wird keine Entwicklung gezeigt.',
    fr: 'Aucune équipe n’a encore d’atelier de suivi ici ; aucune évolution n’est donc montrée.',
  },
  sureTrend: {
    en: 'Teams with a follow-up workshop: {count}; their change over time is on the trends page.',
    es: 'Equipos con un taller de seguimiento: {count}; su evolución figura en la página de tendencias.',
    de: 'Teams mit einem Folge-Workshop: {count}; ihre Entwicklung steht auf der Seite zum Verlauf.',
    fr: 'Équipes ayant un atelier de suivi : {count} ; leur évolution figure sur la page des évolutions.',
  },

  heatmapTitle: {
    en: 'Teams side by side',
    es: 'Los equipos, uno junto a otro',
    de: 'Die Teams nebeneinander',
    fr: 'Les équipes côte à côte',
  },
  heatmapIntro: {
    en: 'Each cell is a team’s debt (0–100, darker for more) and, in small type beside it, the number of people behind it. A white cell with a dashed edge shows nothing: fewer than {k} people answered it there (marked {hidden}), or nobody did (marked {none}).',
    es: 'Cada celda es la deuda de un equipo (0–100, más oscura cuanta más deuda) y, en letra pequeña a su lado, el número de personas que la respaldan. Una celda blanca con borde discontinuo no muestra nada: allí la respondieron menos de {k} personas (marcada {hidden}) o nadie (marcada {none}).',
    de: 'Jede Zelle zeigt die Schulden eines Teams (0–100, dunkler bei mehr) und klein daneben die Zahl der Personen dahinter. Eine weiße, gestrichelt umrandete Zelle zeigt nichts: Dort haben weniger als {k} Personen geantwortet (markiert mit {hidden}) oder niemand (markiert mit {none}).',
    fr: 'Chaque cellule indique la dette d’une équipe (0–100, plus foncée quand elle est plus élevée) et, en petit à côté, le nombre de personnes qui la composent. Une cellule blanche à bord pointillé n’affiche rien : moins de {k} personnes y ont répondu (marquée {hidden}) ou personne (marquée {none}).',
  },
  heatmapContinued: {
    en: 'Teams side by side (continued)',
    es: 'Los equipos, uno junto a otro (continuación)',
    de: 'Die Teams nebeneinander (Fortsetzung)',
    fr: 'Les équipes côte à côte (suite)',
  },
  rowIndex: { en: 'Index', es: 'Índice', de: 'Index', fr: 'Indice' },
  rowDimensions: {
    en: 'The four dimensions',
    es: 'Las cuatro dimensiones',
    de: 'Die vier Dimensionen',
    fr: 'Les quatre dimensions',
  },
  cellHidden: { en: '<{k}', es: '<{k}', de: '<{k}', fr: '<{k}' },
  cellNone: { en: '–', es: '–', de: '–', fr: '–' },
  columnWithheld: {
    en: 'fewer than {k}',
    es: 'menos de {k}',
    de: 'unter {k}',
    fr: 'moins de {k}',
  },

  patternsTitle: {
    en: 'Systemic and local patterns',
    es: 'Patrones sistémicos y locales',
    de: 'Systemische und lokale Muster',
    fr: 'Tendances communes et locales',
  },
  patternsIntro: {
    en: 'A factor is systemic when it is high in at least half of the teams where it is shown (and at least three teams show it), and local when it is high in fewer. A systemic factor needs one answer from above the teams; a local one belongs to the team’s own plan.',
    es: 'Un factor es sistémico cuando es alto en al menos la mitad de los equipos donde se muestra (y lo muestran al menos tres equipos), y local cuando lo es en menos. Un factor sistémico requiere una respuesta por encima de los equipos; uno local corresponde al plan propio del equipo.',
    de: 'Ein Faktor ist systemisch, wenn er in mindestens der Hälfte der Teams hoch ist, in denen er gezeigt wird (und mindestens drei Teams ihn zeigen), und lokal, wenn er in weniger Teams hoch ist. Ein systemischer Faktor braucht eine Antwort oberhalb der Teams; ein lokaler gehört in den eigenen Plan des Teams.',
    fr: 'Un facteur est commun quand il est élevé dans au moins la moitié des équipes où il est affiché (et qu’au moins trois équipes l’affichent), et local quand il l’est dans moins d’équipes. Un facteur commun appelle une réponse au-dessus des équipes ; un facteur local relève du plan propre à l’équipe.',
  },

  systemicHeading: {
    en: 'Systemic: high in at least half of the teams',
    es: 'Sistémicos: altos en al menos la mitad de los equipos',
    de: 'Systemisch: in mindestens der Hälfte der Teams hoch',
    fr: 'Communs : élevés dans au moins la moitié des équipes',
  },

  localHeading: {
    en: 'Local: high in a few teams',
    es: 'Locales: altos en pocos equipos',
    de: 'Lokal: in wenigen Teams hoch',
    fr: 'Locaux : élevés dans quelques équipes',
  },
  noneSystemic: {
    en: 'No factor is high in at least half of the teams.',
    es: 'Ningún factor es alto en al menos la mitad de los equipos.',
    de: 'Kein Faktor ist in mindestens der Hälfte der Teams hoch.',
    fr: 'Aucun facteur n’est élevé dans au moins la moitié des équipes.',
  },

  noneLocal: {
    en: 'No factor is high in only a few teams.',
    es: 'Ningún factor es alto solo en unos pocos equipos.',
    de: 'Kein Faktor ist nur in wenigen Teams hoch.',
    fr: 'Aucun facteur n’est élevé dans quelques équipes seulement.',
  },

  mapIntro: {
    en: 'One point per team, at its Human Debt and Technical Debt; no person is drawn. The ground is shaded by the structural Execution Debt at the middle visibility deficit of these teams, {visibility}; each team’s own deficit is in the table.',
    es: 'Un punto por equipo, según su Deuda Humana y su Deuda Técnica; no se dibuja a ninguna persona. El fondo se sombrea según la Deuda de Ejecución estructural con el déficit de visibilidad mediano de estos equipos, {visibility}; el de cada equipo figura en la tabla.',
    de: 'Ein Punkt je Team, nach seiner Human Debt und seinen technischen Schulden; keine Person wird eingezeichnet. Die Fläche ist nach der strukturellen Execution Debt beim mittleren Sichtbarkeitsdefizit dieser Teams schattiert, {visibility}; das eigene Defizit jedes Teams steht in der Tabelle.',
    fr: 'Un point par équipe, selon sa Human Debt et sa dette technique ; aucune personne n’est tracée. Le fond est ombré selon l’Execution Debt structurelle au déficit de visibilité médian de ces équipes, {visibility} ; celui de chaque équipe figure dans le tableau.',
  },
  mapNone: {
    en: 'No team has all three indices shown, so no team is placed on the map.',
    es: 'Ningún equipo tiene los tres índices visibles, así que ninguno se sitúa en el mapa.',
    de: 'Kein Team hat alle drei Indizes sichtbar, daher steht kein Team auf der Karte.',
    fr: 'Aucune équipe n’a ses trois indices affichés ; aucune n’est donc placée sur la carte.',
  },
  mapLeftOut: {
    en: 'Not on the map (an index is not shown): {teams}.',
    es: 'Fuera del mapa (falta un índice visible): {teams}.',
    de: 'Nicht auf der Karte (ein Index wird nicht gezeigt): {teams}.',
    fr: 'Absentes de la carte (un indice n’est pas affiché) : {teams}.',
  },
  colTeam: { en: 'Team', es: 'Equipo', de: 'Team', fr: 'Équipe' },
  colHuman: { en: 'Human Debt', es: 'Deuda Humana', de: 'Human Debt', fr: 'Human Debt' },
  colTechnical: {
    en: 'Technical Debt',
    es: 'Deuda Técnica',
    de: 'Technische Schulden',
    fr: 'Dette technique',
  },
  colVisibility: {
    en: 'Visibility deficit',
    es: 'Déficit de visibilidad',
    de: 'Sichtbarkeitsdefizit',
    fr: 'Déficit de visibilité',
  },
  colIndex: { en: 'Index', es: 'Índice', de: 'Index', fr: 'Indice' },

  trendsTitle: {
    en: 'Change over time',
    es: 'Evolución en el tiempo',
    de: 'Verlauf über die Zeit',
    fr: 'Évolution dans le temps',
  },
  trendsIntro: {
    en: 'Teams with a follow-up workshop: their index at each workshop, oldest first. A gap in a line is a workshop whose index is not shown.',
    es: 'Equipos con un taller de seguimiento: su índice en cada taller, del más antiguo al más reciente. Un hueco en una línea es un taller cuyo índice no se muestra.',
    de: 'Teams mit einem Folge-Workshop: ihr Index in jedem Workshop, der älteste zuerst. Eine Lücke in einer Linie ist ein Workshop, dessen Index nicht gezeigt wird.',
    fr: 'Équipes ayant un atelier de suivi : leur indice à chaque atelier, du plus ancien au plus récent. Un trou dans une ligne est un atelier dont l’indice n’est pas affiché.',
  },
  trendChange: {
    en: '{from} → {to}',
    es: '{from} → {to}',
    de: '{from} → {to}',
    fr: '{from} → {to}',
  },

  methodTitle: {
    en: 'Method and attribution',
    es: 'Método y atribución',
    de: 'Methode und Urheberschaft',
    fr: 'Méthode et attribution',
  },
  methodSource: {
    en: 'Each team’s figures are the ones its own workshop report shows, from its latest workshop here; the portfolio computes nothing new from answers and never pools people across teams.',
    es: 'Las cifras de cada equipo son las que muestra el informe de su propio taller, el más reciente aquí; la cartera no calcula nada nuevo a partir de las respuestas y nunca suma personas de distintos equipos.',
    de: 'Die Zahlen jedes Teams sind die, die sein eigener Workshopbericht zeigt, aus seinem jüngsten Workshop hier; die Übersicht berechnet nichts Neues aus Antworten und legt nie Personen verschiedener Teams zusammen.',
    fr: 'Les chiffres de chaque équipe sont ceux que montre le rapport de son propre atelier, le plus récent ici ; le portefeuille ne calcule rien de nouveau à partir des réponses et ne regroupe jamais des personnes d’équipes différentes.',
  },
  methodK: {
    en: 'k = {k} is the anonymity threshold: the fewest people a figure may describe. A team where fewer than {k} people answered shows no figure at all, only its name; a cell that fewer than {k} people answered in a team is left empty. Nothing in this report adds teams together, so a hidden cell cannot be worked out from shown ones.',
    es: 'k = {k} es el umbral de anonimato: el mínimo de personas que puede describir una cifra. Un equipo en el que respondieron menos de {k} personas no muestra ninguna cifra, solo su nombre; una celda que respondieron menos de {k} personas de un equipo queda vacía. Nada en este informe suma equipos, así que una celda oculta no puede deducirse de las visibles.',
    de: 'k = {k} ist die Anonymitätsschwelle: die kleinste Zahl von Personen, die eine Zahl beschreiben darf. Ein Team, in dem weniger als {k} Personen geantwortet haben, zeigt keine Zahl, nur seinen Namen; eine Zelle, die in einem Team weniger als {k} Personen beantwortet haben, bleibt leer. Nichts in diesem Bericht fasst Teams zusammen; eine verborgene Zelle lässt sich also nicht aus den gezeigten erschließen.',
    fr: 'k = {k} est le seuil d’anonymat : le plus petit nombre de personnes qu’un chiffre peut décrire. Une équipe où moins de {k} personnes ont répondu n’affiche aucun chiffre, seulement son nom ; une cellule à laquelle moins de {k} personnes d’une équipe ont répondu reste vide. Rien dans ce rapport n’additionne des équipes ; une cellule masquée ne peut donc pas être déduite des cellules affichées.',
  },
  methodHigh: {
    en: 'A factor is high in a team when its whole 95\u00a0% interval lies above the neutral 50: the rule by which the team’s own report names a finding, so chance alone is unlikely to make it high. It is systemic when at least three teams show it and it is high in at least half of them; a factor high elsewhere is local. The rule and its reasons are in the scoring documentation (docs/scoring.md, “Portfolio”).',
    es: 'Un factor es alto en un equipo cuando todo su intervalo del 95\u00a0% queda por encima del punto neutro, 50: la misma regla con la que el informe del propio equipo señala un hallazgo, de modo que es poco probable que el azar por sí solo lo haga alto. Es sistémico cuando al menos tres equipos lo muestran y es alto en al menos la mitad de ellos; un factor alto en otros casos es local. La regla y sus motivos están en la documentación de la puntuación (docs/scoring.md, «Portfolio»).',
    de: 'Ein Faktor ist in einem Team hoch, wenn sein ganzes 95-%-Intervall über dem neutralen Wert 50 liegt – nach derselben Regel nennt der eigene Bericht des Teams einen Befund; Zufall allein macht ihn so kaum hoch. Systemisch ist er, wenn mindestens drei Teams ihn zeigen und er in mindestens der Hälfte davon hoch ist; ein sonst hoher Faktor ist lokal. Regel und Begründung stehen in der Dokumentation der Bewertung (docs/scoring.md, „Portfolio“).',
    fr: 'Un facteur est élevé dans une équipe quand tout son intervalle à 95\u00a0% se situe au-dessus du point neutre, 50 : la règle par laquelle le rapport de l’équipe relève un constat ; le hasard seul a donc peu de chances de le rendre élevé. Il est commun quand au moins trois équipes l’affichent et qu’il est élevé dans au moins la moitié d’entre elles ; un facteur élevé ailleurs est local. La règle et ses raisons figurent dans la documentation de la notation (docs/scoring.md, « Portfolio »).',
  },

  methodWorkshops: {
    en: 'The workshop behind each team',
    es: 'El taller detrás de cada equipo',
    de: 'Der Workshop hinter jedem Team',
    fr: 'L’atelier derrière chaque équipe',
  },
  methodWorkshopsNote: {
    en: 'Each team’s latest workshop here; its earlier workshops count only in its change over time.',
    es: 'El taller más reciente de cada equipo aquí; sus talleres anteriores cuentan solo en su evolución.',
    de: 'Der jüngste Workshop jedes Teams hier; frühere Workshops zählen nur für seinen Verlauf.',
    fr: 'Le dernier atelier de chaque équipe ici ; ses ateliers antérieurs ne comptent que dans son évolution.',
  },
  colWorkshop: { en: 'Workshop', es: 'Taller', de: 'Workshop', fr: 'Atelier' },
  colDate: { en: 'Date', es: 'Fecha', de: 'Datum', fr: 'Date' },
  colVersion: { en: 'Version', es: 'Versión', de: 'Fassung', fr: 'Version' },
  colFingerprint: {
    en: 'Fingerprint',
    es: 'Huella',
    de: 'Fingerabdruck',
    fr: 'Empreinte',
  },
  methodFingerprints: {
    en: 'Each fingerprint is the one the team’s own report prints at the foot of its pages: where they are the same, both were made from the same answers. edw verify checks this PDF against the stored workshops.',
    es: 'Cada huella es la que el propio informe del equipo imprime al pie de sus páginas: si coinciden, ambos se hicieron con las mismas respuestas. edw verify comprueba este PDF con los talleres guardados.',
    de: 'Jeder Fingerabdruck ist derjenige, den der eigene Bericht des Teams unten auf seinen Seiten druckt: Stimmen beide überein, entstanden sie aus denselben Antworten. edw verify prüft dieses PDF gegen die gespeicherten Workshops.',
    fr: 'Chaque empreinte est celle que le rapport de l’équipe imprime au bas de ses pages : si elles sont identiques, les deux ont été faits à partir des mêmes réponses. edw verify vérifie ce PDF par rapport aux ateliers enregistrés.',
  },
  colPeople: { en: 'n', es: 'n', de: 'n', fr: 'n' },
  generatedAt: {
    en: 'Generated {when}.',
    es: 'Generado el {when}.',
    de: 'Erstellt am {when}.',
    fr: 'Généré le {when}.',
  },
  listJoin: { en: ', ', es: ', ', de: ', ', fr: ', ' },
  listLast: { en: ' and ', es: ' y ', de: ' und ', fr: ' et ' },
} as const satisfies Record<string, Localized>;

export type PortfolioTextKey = keyof typeof PORTFOLIO_TEXTS;

/** The text for a key in a language, with `{name}` placeholders filled. */
export function portfolioText(
  key: PortfolioTextKey,
  language: Language,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return fillText(PORTFOLIO_TEXTS[key][language], values);
}

/** "a, b and c" in the language. */
export function joinList(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items.join('');
  const join = PORTFOLIO_TEXTS.listJoin[language];
  return `${items.slice(0, -1).join(join)}${PORTFOLIO_TEXTS.listLast[language]}${items.at(-1) ?? ''}`;
}
