import type { Language } from '../domain/workshop';
import type { Localized } from '../instrument/types';

/**
 * Every sentence the report prints that is not data: our own wording, English and Spanish.
 * Placeholders are `{name}`, filled by `fillText`.
 */
export const REPORT_TEXTS = {
  reportTitle: { en: 'Execution Debt diagnostic', es: 'Diagnóstico de Deuda de Ejecución' },
  briefTitle: {
    en: 'Execution Debt — executive brief',
    es: 'Deuda de Ejecución — resumen ejecutivo',
  },
  coverPreparedFor: { en: 'Prepared for', es: 'Preparado para' },
  coverClient: { en: 'Client', es: 'Cliente' },
  coverTeam: { en: 'Team', es: 'Equipo' },
  coverDate: { en: 'Workshop date', es: 'Fecha del taller' },
  coverFacilitator: { en: 'Facilitator', es: 'Facilitación' },
  coverConfidential: {
    en: 'Confidential: no figure describes fewer than {k} people · model {model} · Human Debt™, Execution Debt™ and Execution Pods: concepts by Duena Blomstrom (PeopleNotTech)',
    es: 'Confidencial: ninguna cifra describe a menos de {k} personas · modelo {model} · Human Debt™, Execution Debt™ y Execution Pods: conceptos de Duena Blomstrom (PeopleNotTech)',
  },
  notSet: { en: 'not given', es: 'sin indicar' },
  demoFooter: { en: 'Demonstration data · fictitious', es: 'Datos de demostración · ficticios' },
  withheldTitle: {
    en: 'Fewer than {k} people answered: no figures',
    es: 'Respondieron menos de {k} personas: no hay cifras',
  },
  withheldText: {
    en: '{n} of the {k} people needed answered the statements. With so few, every index, factor figure and finding would describe fewer than {k} people, so this report gives none: not the headline, not the dimensions, not the role groups, not the findings.',
    es: 'Respondieron a las afirmaciones {n} de las {k} personas necesarias. Con tan pocas, cada índice, cifra de factor y hallazgo describiría a menos de {k} personas, así que este informe no da ninguno: ni el índice principal, ni las dimensiones, ni los grupos de rol, ni los hallazgos.',
  },
  withheldNext: {
    en: 'To get a diagnosis, have at least {k} people answer, or agree a lower anonymity threshold (never below 3) with the room before it answers: a lower threshold shows figures sooner, and each describes fewer people.',
    es: 'Para obtener un diagnóstico, haz que respondan al menos {k} personas, o acuerda con la sala un umbral de anonimato más bajo (nunca menos de 3) antes de que responda: un umbral más bajo muestra cifras antes, y cada una describe a menos personas.',
  },
  page: { en: 'Page {page} of {pages}', es: 'Página {page} de {pages}' },
  contents: { en: 'Contents', es: 'Índice' },

  summaryTitle: { en: 'Executive summary', es: 'Resumen ejecutivo' },
  headlineLabel: { en: 'Execution Debt Index', es: 'Índice de Deuda de Ejecución' },
  headlineScale: {
    en: '0–100, higher means more debt · band: {band}',
    es: '0–100, más alto significa más deuda · banda: {band}',
  },
  headlineInterval: {
    en: ' · 95 % interval {low}–{high}',
    es: ' · intervalo del 95 %: {low}–{high}',
  },
  headlineBandUnsure: {
    en: ' (crosses a band boundary)',
    es: ' (cruza un límite de banda)',
  },
  headlineInsufficient: {
    en: 'There are not enough answers yet to compute the headline index.',
    es: 'Todavía no hay respuestas suficientes para calcular el índice principal.',
  },
  headlineReading: {
    en: 'Execution here is {band}: structural debt of {structural} from how people, systems and decision visibility interact, raised by an observed gap of {gap} in the evidence the room checked.',
    es: 'La ejecución aquí está {band}: una deuda estructural de {structural}, fruto de cómo interactúan las personas, los sistemas y la visibilidad de las decisiones, elevada por una brecha observada de {gap} en la evidencia que revisó la sala.',
  },
  headlineReadingNoGap: {
    en: 'Execution here is {band}: structural debt of {structural} from how people, systems and decision visibility interact. No evidence exercise was recorded, so nothing observed raises it.',
    es: 'La ejecución aquí está {band}: una deuda estructural de {structural}, fruto de cómo interactúan las personas, los sistemas y la visibilidad de las decisiones. No se registró ningún ejercicio de evidencia que la eleve.',
  },
  keyFiguresTitle: { en: 'The four dimensions', es: 'Las cuatro dimensiones' },
  findingsTitle: { en: 'What matters most', es: 'Lo que más importa' },
  noFindings: {
    en: 'No rule fired: nothing in these answers or this evidence reaches a finding.',
    es: 'Ninguna regla se activó: nada en estas respuestas ni en esta evidencia llega a ser un hallazgo.',
  },
  findingMeta: {
    en: 'Severity {severity} · confidence {confidence} · based on {inputs}',
    es: 'Gravedad {severity} · confianza {confidence} · basado en {inputs}',
  },
  confidenceTitle: { en: 'How sure we are', es: 'Qué grado de certeza tenemos' },
  confidenceLevel: {
    en: 'Our overall confidence is {level}.',
    es: 'Nuestra confianza global es {level}.',
  },
  confidenceRespondents: {
    en: '{respondents} of {participants} participants answered ({responses} answers, {cantSay} "can\'t say").',
    es: 'Respondieron {respondents} de {participants} participantes ({responses} respuestas, {cantSay} «no sabría decir»).',
  },
  confidenceReliability: {
    en: 'The room agrees at least moderately (rwg(j) ≥ 0.51) in {good} of {scored} dimensions{weak}.',
    es: 'La sala coincide al menos de forma moderada (rwg(j) ≥ 0,51) en {good} de {scored} dimensiones{weak}.',
  },
  confidenceWeak: { en: ' (read {list} with care)', es: ' (léase {list} con cautela)' },
  confidenceEvidence: {
    en: 'The observed gap rests on {rc} Reality Check items and {dr} Decision Replay decisions.',
    es: 'La brecha observada se apoya en {rc} elementos de la Comprobación de realidad y {dr} decisiones del Repaso de decisiones.',
  },
  confidenceNoEvidence: {
    en: 'No Reality Check or Decision Replay was recorded: every figure is perception only.',
    es: 'No se registró Comprobación de realidad ni Repaso de decisiones: todas las cifras son solo percepción.',
  },
  interventionsTopTitle: { en: 'What to do next', es: 'Qué hacer a continuación' },
  interventionsRecommendedTitle: {
    en: 'What to do first (recommended until the team agrees its own plan)',
    es: 'Qué hacer primero (recomendado hasta que el equipo acuerde su plan)',
  },
  tileVisibilityDeficit: { en: 'Visibility deficit', es: 'Déficit de visibilidad' },
  executionRealityNote: {
    en: 'Execution Reality ({value}) is the room’s own view of the symptoms the evidence measures; it is shown beside the evidence, not added to the index.',
    es: 'La Realidad de la ejecución ({value}) es la visión de la sala sobre los síntomas que mide la evidencia; se muestra junto a la evidencia y no se suma al índice.',
  },
  interventionSuggestedOwner: { en: 'Suggested owner', es: 'Responsable sugerido' },
  interventionsNone: {
    en: 'Interventions have not been agreed yet; the findings above are where to start.',
    es: 'Aún no se han acordado intervenciones; los hallazgos anteriores son el punto de partida.',
  },

  mapTitle: { en: 'Debt Interaction Map', es: 'Mapa de interacción de deudas' },
  mapIntro: {
    en: "Execution Debt appears where Human Debt and Technical Debt meet under poor decision visibility. The ground is shaded by the structural Execution Debt at this team's visibility deficit of {visibility}; darker means more. Dashed lines mark where a band begins.",
    es: 'La Deuda de Ejecución aparece donde se encuentran la Deuda Humana y la Deuda Técnica con poca visibilidad de las decisiones. El fondo se sombrea según la Deuda de Ejecución estructural con el déficit de visibilidad de este equipo, {visibility}; más oscuro significa más. Las líneas discontinuas marcan dónde empieza cada banda.',
  },
  mapCaption: {
    en: 'The diamond is the team (Human Debt {human}, Technical Debt {technical}).',
    es: 'El rombo es el equipo (Deuda Humana {human}, Deuda Técnica {technical}).',
  },
  mapTeamValue: {
    en: 'Its figure, {structural}, is the structural Execution Debt the map draws; the index on page one, {headline}, is that figure raised by the gap the evidence showed.',
    es: 'Su cifra, {structural}, es la Deuda de Ejecución estructural que dibuja el mapa; el índice de la página 1, {headline}, es esa cifra elevada por la brecha que mostró la evidencia.',
  },
  mapTeamValueSame: {
    en: 'Its figure, {structural}, is the structural Execution Debt, which is also the index on page one: no evidence exercise raised it.',
    es: 'Su cifra, {structural}, es la Deuda de Ejecución estructural, que es también el índice de la página 1: ningún ejercicio de evidencia la elevó.',
  },
  mapSpread: {
    en: "The dotted ellipse is the room's spread: one standard deviation around the mean of participants' own positions (n = {n}; SD {sdHuman} on Human Debt, {sdTechnical} on Technical Debt).",
    es: 'La elipse punteada es la dispersión de la sala: una desviación típica alrededor de la media de las posiciones propias de los participantes (n = {n}; DT {sdHuman} en Deuda Humana, {sdTechnical} en Deuda Técnica).',
  },
  mapSpreadHidden: {
    en: "The room's spread is not drawn because fewer than {k} people have both a Human Debt and a Technical Debt score.",
    es: 'La dispersión de la sala no se dibuja porque menos de {k} personas tienen puntuación tanto de Deuda Humana como de Deuda Técnica.',
  },
  mapGroups: {
    en: 'Circles are role groups of at least {k} people, placed by their own Human and Technical Debt.',
    es: 'Los círculos son grupos de rol de al menos {k} personas, situados según su propia Deuda Humana y Deuda Técnica.',
  },
  mapGroupsHidden: {
    en: 'Role groups of fewer than {k} people, and groups hidden so that a smaller group cannot be worked out, are not drawn.',
    es: 'No se dibujan los grupos de rol de menos de {k} personas ni los grupos ocultos para que no pueda deducirse uno más pequeño.',
  },
  mapNoPerson: {
    en: 'No mark on the map stands for one person.',
    es: 'Ninguna marca del mapa representa a una sola persona.',
  },
  mapGroup: { en: '{role} (n = {n})', es: '{role} (n = {n})' },
  mapInsufficient: {
    en: 'There are not enough answers on Human Debt or Technical Debt to place the team.',
    es: 'No hay respuestas suficientes sobre Deuda Humana o Deuda Técnica para situar al equipo.',
  },
  mapAxisHuman: { en: 'Human Debt (0–100) →', es: 'Deuda Humana (0–100) →' },
  mapAxisTechnical: { en: 'Technical Debt (0–100) →', es: 'Deuda Técnica (0–100) →' },
  mapTeam: { en: 'Team', es: 'Equipo' },
  mapBoundary: { en: '{band} ≥ {floor}', es: '{band} ≥ {floor}' },
  webTitle: {
    en: 'Links the model assumes between the factors at 50 or more',
    es: 'Vínculos que supone el modelo entre los factores en 50 o más',
  },
  webIntro: {
    en: 'Each box is a factor this room scores at 50 or more (the neutral point), with its mean debt. Each arrow is a link the model assumes, not one this room measured: debt at its start makes debt at its end more likely. Every link and its reason is documented in docs/scoring.md, section “The factor web”; the links change this picture, never a score. Arrows run left to right, except one that closes a loop, and are thicker when both factors are high; dark arrows form the chains listed below, and lettered arrows are the strongest links.',
    es: 'Cada recuadro es un factor que esta sala puntúa en 50 o más (el punto neutro), con su deuda media. Cada flecha es un vínculo que supone el modelo, no algo que esta sala haya medido: la deuda en su origen hace más probable la deuda en su destino. Cada vínculo y su razón se explican en la documentación del modelo (docs/scoring.md); los vínculos cambian esta figura, nunca una puntuación. Las flechas van de izquierda a derecha, salvo la que cierra un bucle, y son más gruesas cuando ambos factores están altos; las flechas oscuras forman las cadenas listadas debajo y las que llevan letra son los vínculos más fuertes.',
  },
  webPaths: {
    en: 'Chains where debt may compound',
    es: 'Cadenas en las que la deuda puede agravarse',
  },
  webNoPaths: {
    en: 'No chain of two or more assumed links joins factors at 50 or more.',
    es: 'Ninguna cadena de dos o más vínculos supuestos une factores en 50 o más.',
  },
  webReasons: {
    en: 'The strongest links and why the model assumes them',
    es: 'Los vínculos más fuertes y por qué los supone el modelo',
  },
  webUnlinked: {
    en: 'Also at 50 or more, with no assumed link to another such factor: {list}.',
    es: 'También en 50 o más, sin vínculo supuesto con otro factor así: {list}.',
  },
  webEmpty: {
    en: 'No two factors at 50 or more are joined by a link the model assumes.',
    es: 'Ningún par de factores en 50 o más está unido por un vínculo que suponga el modelo.',
  },
  webLoop: { en: 'loop', es: 'bucle' },
  insufficientShort: { en: 'n/a', es: 'n/d' },

  dimensionIntro: {
    en: '{label}: {index} of 100 (n = {n}; {scored} of {total} factors scored). {reliability}.',
    es: '{label}: {index} de 100 (n = {n}; {scored} de {total} factores puntuados). {reliability}.',
  },
  dimensionInsufficient: {
    en: '{label}: not enough answers to score this dimension yet.',
    es: '{label}: todavía no hay respuestas suficientes para puntuar esta dimensión.',
  },
  colFactor: { en: 'Factor', es: 'Factor' },
  colMean: { en: 'Mean', es: 'Media' },
  colN: { en: 'n', es: 'n' },
  colSd: { en: 'SD', es: 'DE' },
  colAgreement: { en: 'Agreement', es: 'Acuerdo' },
  colCantSay: { en: "Can't say", es: 'No sabe' },
  colStatement: { en: 'Statement', es: 'Afirmación' },
  colKeyed: { en: 'Keyed', es: 'Sentido' },
  keyedDebt: { en: 'debt', es: 'deuda' },
  keyedHealth: { en: 'health', es: 'salud' },
  stripsCaption: {
    en: 'Bars count participants by factor score, from low debt (0–20) to high (80–100), then "?" for those who could not say. Where the room re-voted, round 1 (open) sits above the re-vote (filled), with one standard deviation either side. A triangle marks a split room.',
    es: 'Las barras cuentan participantes según su puntuación en el factor, de poca deuda (0–20) a mucha (80–100), y «?» para quienes no supieron decir. Donde la sala volvió a votar, la ronda 1 (hueca) está sobre la segunda votación (rellena), con una desviación típica a cada lado. Un triángulo marca una sala dividida.',
  },
  stripsRevote: { en: 'Round 1 vs re-vote', es: 'Ronda 1 frente a segunda votación' },
  stripsSplit: { en: 'split', es: 'dividida' },
  relatedFindings: { en: 'Findings on this dimension', es: 'Hallazgos de esta dimensión' },

  evidenceTitle: {
    en: 'Reality Check and Decision Replay',
    es: 'Comprobación de realidad y Repaso de decisiones',
  },
  evidenceIntro: {
    en: 'Surveys capture perception; these two exercises test execution. The room checked work it had reported as done or on track, and replayed recent consequential decisions.',
    es: 'Las encuestas recogen percepciones; estos dos ejercicios ponen a prueba la ejecución. La sala revisó trabajo que había dado por hecho o en plazo, y reconstruyó decisiones relevantes recientes.',
  },
  evidenceGaps: {
    en: 'Observed execution gap {gap} (Reality Check {rc}, Decision Replay {dr}).',
    es: 'Brecha de ejecución observada {gap} (Comprobación de realidad {rc}, Repaso de decisiones {dr}).',
  },
  mismatchProgress: {
    en: 'Perceived progress problems {perceived} against {observed} observed: {verdict}.',
    es: 'Problemas de avance percibidos {perceived} frente a {observed} observados: {verdict}.',
  },
  mismatchVisibility: {
    en: 'Perceived visibility deficit {perceived} against {observed} observed: {verdict}.',
    es: 'Déficit de visibilidad percibido {perceived} frente a {observed} observado: {verdict}.',
  },
  mismatchFlagged: {
    en: 'perception and evidence disagree',
    es: 'percepción y evidencia no coinciden',
  },
  mismatchAligned: { en: 'they broadly agree', es: 'coinciden en líneas generales' },
  funnelCaption: {
    en: 'Reality funnel: of the items reported, how many the room could fully verify, how many of those have a clear owner, and how many of those trace back to a decision. Hatched: partly verified, not counted as verified.',
    es: 'Embudo de realidad: de lo informado, cuánto pudo verificar la sala por completo, cuánto de ello tiene un responsable claro y cuánto se remonta a una decisión. Rayado: verificado en parte, no cuenta como verificado.',
  },
  funnelReported: { en: 'Reported', es: 'Informado' },
  funnelVerified: { en: 'Verified', es: 'Verificado' },
  funnelOwned: { en: 'Owner clear', es: 'Responsable claro' },
  funnelTraceable: { en: 'Decision traceable', es: 'Decisión trazable' },
  funnelStage: { en: '{count} of {total} ({share} %)', es: '{count} de {total} ({share} %)' },
  funnelPartly: { en: '+{count} partly', es: '+{count} en parte' },
  funnelEmpty: {
    en: 'No work items were checked in the Reality Check.',
    es: 'No se revisó ningún elemento en la Comprobación de realidad.',
  },
  rcTableTitle: {
    en: 'Reality Check entries',
    es: 'Elementos de la Comprobación de realidad',
  },
  rcItem: { en: 'Work item', es: 'Elemento de trabajo' },
  rcReported: { en: 'Reported', es: 'Informado' },
  rcVerified: { en: 'Verified', es: 'Verificado' },
  rcOwner: { en: 'Owner clear', es: 'Responsable claro' },
  rcTraceable: { en: 'Traceable', es: 'Trazable' },
  drTableTitle: { en: 'Decision Replay entries', es: 'Decisiones del Repaso de decisiones' },
  drDecision: { en: 'Decision', es: 'Decisión' },
  drDecider: { en: 'Decider known', es: 'Se sabe quién' },
  drInputs: { en: 'Inputs known', es: 'Datos conocidos' },
  drRecorded: { en: 'Recorded in', es: 'Registrada en' },
  drReplayable: { en: 'Same today?', es: '¿Igual hoy?' },
  drNowhere: { en: 'nowhere', es: 'en ningún sitio' },
  notAssessed: { en: 'not assessed', es: 'sin evaluar' },
  place_personal_notes: { en: "someone's notes", es: 'notas de una persona' },
  place_team_chat: { en: 'team chat', es: 'chat del equipo' },
  place_meeting_minutes: { en: 'meeting minutes', es: 'acta de reunión' },
  place_ticket: { en: 'ticket', es: 'ticket' },
  place_decision_log: { en: 'decision log', es: 'registro de decisiones' },
  place_other: { en: 'elsewhere', es: 'otro lugar' },
  drNone: { en: 'No decisions were replayed.', es: 'No se reconstruyó ninguna decisión.' },

  rolesTitle: { en: 'Role gaps and disagreement', es: 'Diferencias entre roles y desacuerdo' },
  rolesIntro: {
    en: "Each cell is a role group's mean debt on a factor, darker for more. A hatched cell marked n<{k} is hidden to protect anonymity: fewer than {k} people stand behind it, or it could be worked out from the others.",
    es: 'Cada celda es la deuda media de un grupo de rol en un factor, más oscura cuanta más deuda. Una celda rayada con n<{k} se oculta para proteger el anonimato: la respaldan menos de {k} personas, o podría deducirse de las demás.',
  },
  heatmapAll: { en: 'Whole room', es: 'Toda la sala' },
  heatmapHidden: { en: 'n<{k}', es: 'n<{k}' },
  gapsTitle: {
    en: 'Where role groups see a different reality',
    es: 'Dónde los grupos de rol ven otra realidad',
  },
  gapsNone: {
    en: 'No two shown role groups differ by {points} points or more on any factor.',
    es: 'Ningún par de grupos de rol mostrados difiere en {points} puntos o más en ningún factor.',
  },
  colHigher: { en: 'Sees more debt', es: 'Ve más deuda' },
  colLower: { en: 'Sees less debt', es: 'Ve menos deuda' },
  colGap: { en: 'Gap', es: 'Diferencia' },
  splitTitle: { en: 'Split rooms and the re-vote', es: 'Salas divididas y segunda votación' },
  colRound1: { en: 'Round 1 (mean · SD)', es: 'Ronda 1 (media · DE)' },
  colRound2: { en: 'Re-vote (mean · SD)', es: 'Segunda votación (media · DE)' },
  colDirection: { en: 'Direction', es: 'Evolución' },
  noRevote: {
    en: 'The room did not re-vote, so convergence cannot be shown.',
    es: 'La sala no volvió a votar, así que no puede mostrarse la convergencia.',
  },
  noSplit: {
    en: 'No factor split the room and no re-vote moved it.',
    es: 'Ningún factor dividió a la sala y la segunda votación no la movió.',
  },

  interventionsTitle: {
    en: 'Recommended Execution Pod interventions',
    es: 'Intervenciones recomendadas de Execution Pod',
  },
  interventionColumn: { en: 'Intervention', es: 'Intervención' },
  interventionOwner: { en: 'Owner', es: 'Responsable' },
  interventionDue: { en: 'Due', es: 'Fecha' },
  interventionSignal: { en: 'Success signal', es: 'Señal de éxito' },

  methodTitle: {
    en: 'Methodology, attribution and fingerprint',
    es: 'Metodología, atribución y huella',
  },
  methodShortTitle: { en: 'Method and fingerprint', es: 'Método y huella' },
  methodHow: {
    en: 'Each participant rated statements on a five-point agreement scale, or said they could not say. Some statements describe debt, others describe health, so agreeing is not always bad news. Every answer becomes a debt score from 0 to 100; "can\'t say" is left out, never counted as zero. A factor is the mean of participants\' own factor scores and is shown only when at least three people, and at least the anonymity threshold, answered it; a dimension is the mean of its shown factors.',
    es: 'Cada participante valoró afirmaciones en una escala de acuerdo de cinco puntos, o indicó que no sabría decir. Unas afirmaciones describen deuda y otras salud, de modo que estar de acuerdo no siempre es mala noticia. Cada respuesta se convierte en una puntuación de deuda de 0 a 100; «no sabría decir» se excluye y nunca cuenta como cero. Un factor es la media de las puntuaciones de los participantes y solo se muestra cuando lo respondieron al menos tres personas y al menos tantas como el umbral de anonimato; una dimensión es la media de sus factores mostrados.',
  },
  methodIndex: {
    en: 'Structural Execution Debt is √(Human × Technical) × (½ + ½ × Visibility deficit / 100): it stays low when either debt is low, grows when both are high, and a visibility deficit amplifies it; full visibility halves it but does not erase the debts. The headline moves it towards 100 by half of the observed gap: structural + (100 − structural) × ½ × gap / 100. When at least three work items were checked and none could be verified, the headline is at least 50. Bands: Contained below 25, Accumulating from 25, Compounding from 50, Critical from 75. Bands, the neutral point and every trigger are heuristics chosen for this diagnostic, not norms; each figure carries a 95 % interval.',
    es: 'La Deuda de Ejecución estructural es √(Humana × Técnica) × (½ + ½ × Déficit de visibilidad / 100): se mantiene baja si cualquiera de las dos deudas es baja, crece cuando ambas son altas y el déficit de visibilidad la amplifica; la visibilidad total la reduce a la mitad, pero no borra las deudas. El índice principal la acerca a 100 en la mitad de la brecha observada: estructural + (100 − estructural) × ½ × brecha / 100. Cuando se comprobaron al menos tres elementos y ninguno se pudo verificar, el índice principal es como mínimo 50. Bandas: Contenida por debajo de 25, En acumulación desde 25, En escalada desde 50, Crítica desde 75. Las bandas, el punto neutro y cada umbral son heurísticas elegidas para este diagnóstico, no normas; cada cifra lleva un intervalo del 95 %.',
  },
  methodAnonymity: {
    en: 'Anonymity: no figure is shown when fewer than {k} people stand behind it, nor a role group that could be worked out by subtracting shown groups from the room; below {k} in the whole room nothing is shown at all. No person is drawn or listed. Every figure shows its n. Round 1, the independent vote, drives every figure; the re-vote is reported as convergence.',
    es: 'Anonimato: no se muestra ninguna cifra que respalden menos de {k} personas, ni un grupo de rol que pudiera deducirse restando los grupos mostrados del total de la sala; con menos de {k} personas en toda la sala no se muestra nada. Ninguna persona aparece dibujada ni listada. Cada cifra indica su n. La ronda 1, el voto independiente, determina todas las cifras; la segunda votación se presenta como convergencia.',
  },
  methodAttribution: {
    en: 'Human Debt™ and Execution Debt™ are concepts originated by Duena Blomstrom and applied through PeopleNotTech. This diagnostic applies the Execution Debt framework; its statements, scoring model and texts are our own.',
    es: 'Human Debt™ (Deuda Humana) y Execution Debt™ (Deuda de Ejecución) son conceptos originados por Duena Blomstrom y aplicados a través de PeopleNotTech. Este diagnóstico aplica el marco de la Deuda de Ejecución; sus afirmaciones, su modelo de puntuación y sus textos son propios.',
  },
  fingerprintTitle: { en: 'Fingerprint', es: 'Huella' },
  fingerprintIntro: {
    en: 'The fingerprint identifies the exact data, instrument and model behind every figure. The figures and the fingerprint are also embedded in this file, so anyone holding the workshop file can replay and check them: edw verify <report.pdf> <workshop.json>.',
    es: 'La huella identifica los datos, el instrumento y el modelo exactos que hay detrás de cada cifra. Las cifras y la huella también van incrustadas en este archivo, de modo que quien tenga el archivo del taller puede reproducirlas y comprobarlas: edw verify <informe.pdf> <taller.json>.',
  },
  fpValue: { en: 'Fingerprint', es: 'Huella' },
  fpData: { en: 'Data hash (SHA-256)', es: 'Hash de los datos (SHA-256)' },
  fpModel: { en: 'Scoring model', es: 'Modelo de puntuación' },
  fpInstrument: { en: 'Instrument', es: 'Instrumento' },
  fpK: { en: 'Anonymity threshold k', es: 'Umbral de anonimato k' },
  fpFigures: { en: 'Embedded figures', es: 'Cifras incrustadas' },
  fpGenerated: { en: 'Generated', es: 'Generado' },

  appendixTitle: { en: 'Appendix: anonymised aggregates', es: 'Anexo: agregados anonimizados' },
  appendixIntro: {
    en: 'Whole-room figures per factor and per statement, and role-group figures where at least {k} people stand behind them. Scores are 0–100, higher is more debt; answers 1–5 are the raw scale from strongly disagree to strongly agree.',
    es: 'Cifras de toda la sala por factor y por afirmación, y cifras por grupo de rol donde las respaldan al menos {k} personas. Las puntuaciones van de 0 a 100, más alto es más deuda; las respuestas 1–5 son la escala original, de muy en desacuerdo a muy de acuerdo.',
  },
  appendixFactors: { en: 'Factors, whole room', es: 'Factores, toda la sala' },
  appendixGroups: {
    en: 'Factors by role group (mean · n)',
    es: 'Factores por grupo de rol (media · n)',
  },
  appendixItems: { en: 'Statements, whole room', es: 'Afirmaciones, toda la sala' },
  appendixNotChosen: {
    en: 'Recommended interventions the room did not choose',
    es: 'Intervenciones recomendadas que la sala no eligió',
  },
  groupHeader: { en: '{role} (n = {n})', es: '{role} (n = {n})' },
  groupHeaderHidden: { en: '{role} (n<{k})', es: '{role} (n<{k})' },
  briefMore: {
    en: 'The full report adds a page per dimension, the Reality Check and Decision Replay, role gaps, the factor web and the anonymised aggregates.',
    es: 'El informe completo añade una página por dimensión, la Comprobación de realidad y el Repaso de decisiones, las diferencias entre roles, la red de factores y los agregados anonimizados.',
  },

  yes: { en: 'yes', es: 'sí' },
  no: { en: 'no', es: 'no' },
  unclear: { en: 'unclear', es: 'no está claro' },
  unsure: { en: 'unsure', es: 'no se sabe' },
  verified: { en: 'verified', es: 'verificado' },
  partly: { en: 'partly', es: 'en parte' },
  notVerified: { en: 'not verified', es: 'no verificado' },
  unknown: { en: 'unknown', es: 'desconocido' },
} as const satisfies Record<string, Localized>;

export type ReportTextKey = keyof typeof REPORT_TEXTS;

export const SEVERITY_TEXT: Readonly<Record<'low' | 'medium' | 'high' | 'critical', Localized>> = {
  low: { en: 'low', es: 'baja' },
  medium: { en: 'medium', es: 'media' },
  high: { en: 'high', es: 'alta' },
  critical: { en: 'critical', es: 'crítica' },
};

export const CONFIDENCE_TEXT: Readonly<Record<'low' | 'medium' | 'high', Localized>> = {
  low: { en: 'low', es: 'baja' },
  medium: { en: 'medium', es: 'media' },
  high: { en: 'high', es: 'alta' },
};

export const DIRECTION_TEXT: Readonly<
  Record<'converged' | 'diverged' | 'stable' | 'insufficient', Localized>
> = {
  converged: { en: 'converged', es: 'convergió' },
  diverged: { en: 'drifted apart', es: 'se dispersó' },
  stable: { en: 'stable', es: 'estable' },
  insufficient: { en: 'too few to compare', es: 'muy pocos para comparar' },
};

/** Names for the default role groups; a facilitator's own role names are printed as typed. */
export const ROLE_TEXT: Readonly<Record<string, Localized>> = {
  leadership: { en: 'Leadership', es: 'Dirección' },
  product: { en: 'Product', es: 'Producto' },
  engineering: { en: 'Engineering', es: 'Ingeniería' },
  operations: { en: 'Operations', es: 'Operaciones' },
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

/** A figure with one decimal in the language's style ("62.3", "62,3"); "n/a" for null. */
export function formatFigure(value: number | null, language: Language): string {
  if (value === null) return REPORT_TEXTS.insufficientShort[language];
  const text = value.toFixed(1);
  return language === 'es' ? text.replace('.', ',') : text;
}

const MONTHS: Record<Language, readonly string[]> = {
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
};

/**
 * A calendar date `YYYY-MM-DD` as the report's language writes it: "20 November 2026",
 * "20 de noviembre de 2026". Anything else (a date typed freely in a plan) is printed as given.
 */
export function formatDate(iso: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  const month = MONTHS[language][Number(match?.[2]) - 1];
  if (!match || month === undefined) return iso;
  const day = Number(match[3]);
  return language === 'es' ? `${day} de ${month} de ${match[1]}` : `${day} ${month} ${match[1]}`;
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

/** The default groups by their name in either language: "ingeniería" is the same group as "engineering". */
const DEFAULT_ROLE_BY_NAME: ReadonlyMap<string, Localized> = new Map(
  Object.values(ROLE_TEXT).flatMap((text) => [
    [text.en.toLowerCase(), text],
    [text.es.toLowerCase(), text],
  ]),
);

/** A role group's display name: the default groups translated, anything else as typed. */
export function roleName(role: string, language: Language): string {
  const known = DEFAULT_ROLE_BY_NAME.get(role.toLowerCase());
  if (known !== undefined) return known[language];
  // As typed: "qa" is an acronym the facilitator chose, not a word to capitalise ("Qa").
  return role;
}
