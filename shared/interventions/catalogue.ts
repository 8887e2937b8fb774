import type { Catalogue, Intervention, MechanismInfo } from './types';

// Catalogue 1.0.0. Ids are stable: saved actions and reports refer to them. A reworded text keeps
// its id; a different intervention gets a new id and the catalogue a new version.

const MECHANISM_INFO: MechanismInfo[] = [
  {
    id: 'authority-topology',
    label: {
      en: 'Authority boundaries between people and AI',
      es: 'Límites de autoridad entre personas e IA',
    },
    summary: {
      en: 'Make clear who or what may decide each kind of thing, and who answers for it.',
      es: 'Dejar claro quién o qué puede decidir cada tipo de cosa, y quién responde por ello.',
    },
  },
  {
    id: 'pathway-stabilisation',
    label: {
      en: 'Steady decision paths under delivery pressure',
      es: 'Caminos de decisión estables bajo presión de entrega',
    },
    summary: {
      en: 'Keep the way decisions are made the same when deadlines bite.',
      es: 'Mantener igual la forma de decidir cuando aprietan los plazos.',
    },
  },
  {
    id: 'inspection-escalation',
    label: {
      en: 'Inspection that escalates early',
      es: 'Inspección que escala a tiempo',
    },
    summary: {
      en: 'Check real work against reports and raise a flag before small gaps compound.',
      es: 'Contrastar el trabajo real con lo informado y avisar antes de que las brechas crezcan.',
    },
  },
  {
    id: 'trust-calibration',
    label: {
      en: 'Calibrating trust, autonomy and accountability',
      es: 'Calibrar confianza, autonomía y responsabilidad',
    },
    summary: {
      en: 'Adjust how much people and tools are trusted to act alone, based on what is observed.',
      es: 'Ajustar cuánto se confía en personas y herramientas para actuar solas, según lo observado.',
    },
  },
];

const INTERVENTIONS: Intervention[] = [
  // Authority boundaries between people and AI
  {
    id: 'decision-rights-map',
    mechanism: 'authority-topology',
    title: { en: 'Decision rights map', es: 'Mapa de derechos de decisión' },
    what: {
      en: 'A one-page table of the ten decisions the team makes most often, with who decides, who is consulted and who is only told. It sits where the team works and is corrected whenever reality differs from it.',
      es: 'Una tabla de una página con las diez decisiones que el equipo toma más a menudo: quién decide, a quién se consulta y a quién solo se informa. Está donde el equipo trabaja y se corrige cada vez que la realidad no coincide.',
    },
    why: {
      en: 'When nobody can say who decided, ownership fragments and nobody can step in; naming the decider per decision type restores an owner the room can point to.',
      es: 'Si nadie sabe quién decidió, la responsabilidad se diluye y nadie puede intervenir; nombrar a quien decide en cada tipo de decisión devuelve un responsable al que señalar.',
    },
    firstStep: {
      en: 'In a 30-minute session, list the last ten consequential decisions and write the decider next to each; circle every one where the room disagrees.',
      es: 'En una sesión de 30 minutos, listar las diez últimas decisiones relevantes y escribir al lado quién decidió; marcar cada una en la que la sala no esté de acuerdo.',
    },
    owner: {
      en: 'Team lead with the product owner',
      es: 'Líder del equipo con la persona de producto',
    },
    successSignal: {
      en: 'Ownership assignability and accountability clarity fall by at least 5 points, and fewer Reality Check items have an unclear owner.',
      es: 'La asignabilidad de la responsabilidad y la claridad de responsabilidades bajan al menos 5 puntos, y menos elementos de la Comprobación de realidad tienen un responsable poco claro.',
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
    title: { en: 'One name per work item', es: 'Un nombre por elemento de trabajo' },
    what: {
      en: 'Every item the team reports on carries exactly one accountable person, never a group or a role. Shared work still has helpers, but one name answers for whether it is really done.',
      es: 'Cada elemento sobre el que el equipo informa lleva exactamente una persona responsable, nunca un grupo ni un rol. El trabajo compartido puede tener ayudantes, pero un solo nombre responde de si está hecho de verdad.',
    },
    why: {
      en: 'Diffused accountability is one of the first ways Human Debt builds; a single name makes it possible to verify and to escalate.',
      es: 'La responsabilidad difusa es una de las primeras formas en que crece la Deuda Humana; un solo nombre hace posible verificar y escalar.',
    },
    firstStep: {
      en: 'Go through the board today and put one name on every open item; items nobody will take go to the next planning as a decision.',
      es: 'Recorrer hoy el tablero y poner un nombre en cada elemento abierto; los que nadie asuma pasan a la próxima planificación como decisión pendiente.',
    },
    owner: { en: 'Delivery lead', es: 'Responsable de entrega' },
    successSignal: {
      en: 'Accountability clarity falls by at least 5 points and the Reality Check shows an owner for every item.',
      es: 'La claridad de responsabilidades baja al menos 5 puntos y la Comprobación de realidad muestra un responsable en cada elemento.',
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
    },
    what: {
      en: 'Each AI-assisted workflow gets a level: suggests, drafts for review, acts and reports, or acts alone. Every level names the person who reviews or answers for its output.',
      es: 'Cada flujo de trabajo asistido por IA recibe un nivel: sugiere, redacta para revisión, actúa e informa, o actúa solo. Cada nivel nombra a la persona que revisa su resultado o responde por él.',
    },
    why: {
      en: 'AI speeds work up without making decisions more visible; an explicit boundary keeps speed from outrunning anyone’s ability to explain the result.',
      es: 'La IA acelera el trabajo sin hacer más visibles las decisiones; un límite explícito evita que la velocidad supere la capacidad de explicar el resultado.',
    },
    firstStep: {
      en: 'List the AI tools in use this week and agree, for each, the highest level it may run at until the next review.',
      es: 'Listar las herramientas de IA que se usan esta semana y acordar, para cada una, el nivel máximo en que puede operar hasta la próxima revisión.',
    },
    owner: { en: 'Engineering lead', es: 'Líder de ingeniería' },
    successSignal: {
      en: 'AI acceleration without visibility and explainability fall by at least 5 points.',
      es: 'La aceleración por IA sin visibilidad y la explicabilidad bajan al menos 5 puntos.',
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
    },
    what: {
      en: 'Each shared service, library or data set gets an owner who must hear about a change before it ships. The list of owners is short, public and kept current.',
      es: 'Cada servicio, biblioteca o conjunto de datos compartido tiene un responsable que debe conocer un cambio antes de que salga. La lista es corta, pública y está al día.',
    },
    why: {
      en: 'Changes that land far from where they were made are a sign that nobody holds the boundary; an owner turns a surprise into a conversation.',
      es: 'Los cambios que repercuten lejos de donde se hicieron indican que nadie cuida la frontera; un responsable convierte la sorpresa en una conversación.',
    },
    firstStep: {
      en: 'Take the last change that broke something elsewhere and name, together, who should have been told first.',
      es: 'Tomar el último cambio que rompió algo en otro sitio y nombrar, juntos, a quién se le debería haber avisado primero.',
    },
    owner: { en: 'Architect or senior engineer', es: 'Arquitectura o ingeniería sénior' },
    successSignal: {
      en: 'Non-local change propagation and coupling fall by at least 5 points.',
      es: 'La propagación de cambios lejos de su origen y el acoplamiento bajan al menos 5 puntos.',
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
    title: { en: 'Five-line decision log', es: 'Registro de decisiones en cinco líneas' },
    what: {
      en: 'Every consequential decision gets five lines in one shared place: what, who, on which inputs, the options dropped, and the date. Writing it takes two minutes, at the moment of deciding.',
      es: 'Cada decisión relevante queda en cinco líneas en un sitio compartido: qué, quién, con qué datos, qué opciones se descartaron y la fecha. Escribirlo lleva dos minutos, en el momento de decidir.',
    },
    why: {
      en: 'A decision that cannot be replayed cannot be inspected or corrected; a short record is the cheapest way to make the path visible again.',
      es: 'Una decisión que no se puede reconstruir no se puede inspeccionar ni corregir; un registro corto es la forma más barata de volver a hacer visible el camino.',
    },
    firstStep: {
      en: 'Create the log this week and back-fill the three decisions from the Decision Replay that had no record.',
      es: 'Crear el registro esta semana y completar las tres decisiones del Repaso de decisiones que no tenían registro.',
    },
    owner: {
      en: 'Whoever chairs the decision meeting',
      es: 'Quien preside la reunión de decisión',
    },
    successSignal: {
      en: 'Replayability and explainability fall by at least 5 points, and more replayed decisions have a record.',
      es: 'La trazabilidad y la explicabilidad bajan al menos 5 puntos, y más decisiones revisadas tienen registro.',
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
    },
    what: {
      en: 'The team writes down the criteria for the calls it makes again and again, such as priority, go or no-go, and severity. Two people given the same facts should reach the same answer.',
      es: 'El equipo pone por escrito los criterios de las decisiones que repite una y otra vez, como prioridad, salir o no salir, y gravedad. Dos personas con los mismos datos deberían llegar a la misma respuesta.',
    },
    why: {
      en: 'Identical inputs giving different outcomes means the path depends on who is in the room or how tired they are; shared criteria make it steady.',
      es: 'Que los mismos datos den resultados distintos significa que el camino depende de quién esté en la sala o de su cansancio; unos criterios compartidos lo estabilizan.',
    },
    firstStep: {
      en: 'Pick the one recurring call that was made differently last month and draft its criteria on a single page.',
      es: 'Elegir la decisión recurrente que el mes pasado se tomó de formas distintas y redactar sus criterios en una sola página.',
    },
    owner: { en: 'Product owner', es: 'Persona de producto' },
    successSignal: {
      en: 'Consistency falls by at least 5 points and fewer replayed decisions would come out differently today.',
      es: 'La consistencia baja al menos 5 puntos y menos decisiones revisadas saldrían distintas hoy.',
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
    },
    what: {
      en: 'Before the next deadline, the team agrees which steps are never skipped, such as review, tests and the decision record, and who may grant an exception. Every exception is written down with its reason.',
      es: 'Antes de la próxima fecha límite, el equipo acuerda qué pasos no se saltan nunca, como la revisión, las pruebas y el registro de la decisión, y quién puede autorizar una excepción. Cada excepción se anota con su motivo.',
    },
    why: {
      en: 'Dysfunction becomes normal one rushed shortcut at a time; deciding the rules while calm keeps the path intact when pressure arrives.',
      es: 'Lo disfuncional se vuelve normal atajo a atajo; decidir las reglas con calma mantiene el camino intacto cuando llega la presión.',
    },
    firstStep: {
      en: 'Ask everyone to name one step they skipped in the last crunch; keep the three the room agrees must never be skipped again.',
      es: 'Pedir a cada persona un paso que se saltó en el último apuro; quedarse con los tres que la sala acuerde no volver a saltarse.',
    },
    owner: { en: 'Team lead', es: 'Líder del equipo' },
    successSignal: {
      en: 'Normalised dysfunction under pressure falls by at least 5 points.',
      es: 'La disfunción normalizada bajo presión baja al menos 5 puntos.',
    },
    horizon: 'quarter',
    triggers: { rules: [], factors: ['hd.normalised'] },
    targets: ['hd.normalised'],
  },
  {
    id: 'commitment-cap',
    mechanism: 'pathway-stabilisation',
    title: { en: 'A cap on work in progress', es: 'Un límite al trabajo en curso' },
    what: {
      en: 'The team sets a maximum number of items in progress per person and stops starting new work when it is reached. Anything new has to replace something, openly.',
      es: 'El equipo fija un máximo de elementos en curso por persona y deja de empezar trabajo nuevo al alcanzarlo. Lo nuevo tiene que sustituir a algo, a la vista de todos.',
    },
    why: {
      en: 'Over-commitment degrades decision quality and makes reported progress drift from real progress; a visible cap protects both.',
      es: 'El exceso de compromisos empeora la calidad de las decisiones y separa el avance informado del real; un límite visible protege ambos.',
    },
    firstStep: {
      en: 'Count what each person has in progress today, agree a cap slightly below the average, and park the excess in a visible list.',
      es: 'Contar lo que cada persona tiene hoy en curso, acordar un límite algo por debajo de la media y aparcar el exceso en una lista visible.',
    },
    owner: { en: 'Delivery lead', es: 'Responsable de entrega' },
    successSignal: {
      en: 'Cognitive load and over-commitment, and reported versus actual progress, fall by at least 5 points.',
      es: 'La carga mental y el exceso de compromisos, y el avance informado frente al real, bajan al menos 5 puntos.',
    },
    horizon: 'two-weeks',
    triggers: { rules: ['progress-perception-mismatch'], factors: ['hd.load'] },
    targets: ['hd.load', 'er.progress'],
  },
  {
    id: 'steady-pipeline',
    mechanism: 'pathway-stabilisation',
    title: { en: 'Make the delivery path repeatable', es: 'Hacer repetible el proceso de entrega' },
    what: {
      en: 'The team picks the most fragile step between a change and production and makes it behave the same every time. Flaky tests are quarantined with an owner and manual steps are scripted.',
      es: 'El equipo elige el paso más frágil entre un cambio y producción y hace que se comporte igual cada vez. Las pruebas inestables se aíslan con un responsable y los pasos manuales se automatizan.',
    },
    why: {
      en: 'A brittle pipeline makes every change costly and every outcome uncertain, which pushes people towards shortcuts under pressure.',
      es: 'Un proceso de entrega frágil encarece cada cambio y vuelve incierto cada resultado, lo que empuja a tomar atajos bajo presión.',
    },
    firstStep: {
      en: 'Look at the last twenty pipeline failures and name the step that caused most of them.',
      es: 'Revisar los últimos veinte fallos del proceso de entrega y señalar el paso que causó la mayoría.',
    },
    owner: { en: 'Platform or DevOps engineer', es: 'Ingeniería de plataforma o DevOps' },
    successSignal: {
      en: 'Pipeline brittleness and cost of change fall by at least 5 points.',
      es: 'La fragilidad del proceso de entrega y el costo del cambio bajan al menos 5 puntos.',
    },
    horizon: 'quarter',
    triggers: { rules: [], factors: ['td.pipeline', 'td.change'] },
    targets: ['td.pipeline', 'td.change'],
  },
  {
    id: 'constraint-register',
    mechanism: 'pathway-stabilisation',
    title: { en: 'Register of legacy constraints', es: 'Registro de restricciones heredadas' },
    what: {
      en: 'A short list of the legacy constraints that shape decisions, each with the cost it imposes and an owner. One item from it is on the plan every quarter.',
      es: 'Una lista corta de las restricciones heredadas que condicionan las decisiones, cada una con el costo que impone y un responsable. Cada trimestre hay un elemento de la lista en el plan.',
    },
    why: {
      en: 'Technical Debt is accumulated constraint; constraints nobody names quietly bend decisions, and naming them lets the team decide around them on purpose.',
      es: 'La Deuda Técnica es restricción acumulada; las restricciones que nadie nombra tuercen las decisiones en silencio, y nombrarlas permite decidir teniéndolas en cuenta.',
    },
    firstStep: {
      en: 'Ask each engineer for the constraint that cost them most time this month and collect the answers in one list.',
      es: 'Pedir a cada persona de ingeniería la restricción que más tiempo le costó este mes y reunir las respuestas en una lista.',
    },
    owner: { en: 'Engineering lead', es: 'Líder de ingeniería' },
    successSignal: {
      en: 'Legacy constraints and cost of change fall by at least 5 points.',
      es: 'Las restricciones heredadas y el costo del cambio bajan al menos 5 puntos.',
    },
    horizon: 'quarter',
    triggers: { rules: [], factors: ['td.legacy', 'td.change'] },
    targets: ['td.legacy', 'td.change'],
  },

  // Inspection that escalates early
  {
    id: 'show-dont-report',
    mechanism: 'inspection-escalation',
    title: { en: 'Done means shown', es: 'Hecho significa demostrado' },
    what: {
      en: 'An item only counts as done when someone can show it working or point to the evidence. Status meetings look at the thing itself, not at a colour on a report.',
      es: 'Un elemento solo cuenta como hecho cuando alguien puede enseñarlo funcionando o señalar la evidencia. Las reuniones de seguimiento miran la cosa en sí, no un color en un informe.',
    },
    why: {
      en: 'Execution risk is work reported as complete that is not actually happening; asking for evidence closes the gap between the report and reality.',
      es: 'El riesgo de ejecución es el trabajo informado como terminado que en realidad no está ocurriendo; pedir evidencia cierra la distancia entre el informe y la realidad.',
    },
    firstStep: {
      en: 'At the next status meeting, ask for a demo or a link for every item marked done; note which ones cannot be shown.',
      es: 'En la próxima reunión de seguimiento, pedir una demostración o un enlace por cada elemento marcado como hecho; anotar cuáles no se pueden enseñar.',
    },
    owner: { en: 'Delivery lead', es: 'Responsable de entrega' },
    successSignal: {
      en: 'Reported versus actual progress falls by at least 5 points and more Reality Check items are verified.',
      es: 'El avance informado frente al real baja al menos 5 puntos y se verifican más elementos en la Comprobación de realidad.',
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
    },
    what: {
      en: 'Every two weeks the team takes five items it reported as done or on track and checks them the way this workshop did. The result goes on one line of the team’s board.',
      es: 'Cada dos semanas el equipo toma cinco elementos que reportó como hechos o en plazo y los comprueba como se hizo en este taller. El resultado ocupa una línea del tablero del equipo.',
    },
    why: {
      en: 'Surveys capture perception, not execution; a regular, small check keeps evidence in front of the team instead of once a year.',
      es: 'Las encuestas miden percepción, no ejecución; una comprobación pequeña y regular mantiene la evidencia delante del equipo, no una vez al año.',
    },
    firstStep: {
      en: 'Put a 20-minute slot in the calendar every other week and name who picks the five items.',
      es: 'Reservar 20 minutos cada dos semanas en el calendario y nombrar a quien elige los cinco elementos.',
    },
    owner: { en: 'Agile coach or delivery lead', es: 'Coach ágil o responsable de entrega' },
    successSignal: {
      en: 'Reported versus actual progress falls by at least 5 points and the observed execution gap shrinks.',
      es: 'El avance informado frente al real baja al menos 5 puntos y la brecha de ejecución observada se reduce.',
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
    title: { en: 'Named escalation triggers', es: 'Señales de escalado con nombre' },
    what: {
      en: 'The team agrees three to five observable signals, such as an item stuck for ten days or an outcome nobody can explain, that start an inspection. Each signal names who looks into it within two working days.',
      es: 'El equipo acuerda de tres a cinco señales observables, como un elemento atascado diez días o un resultado que nadie sabe explicar, que ponen en marcha una inspección. Cada señal nombra a quién la revisa en dos días laborables.',
    },
    why: {
      en: 'Risk compounds silently when nobody has to look; agreed triggers make inspection automatic instead of a matter of courage.',
      es: 'El riesgo se acumula en silencio cuando nadie está obligado a mirar; unas señales acordadas hacen que inspeccionar sea automático y no una cuestión de valentía.',
    },
    firstStep: {
      en: 'Write down the last two surprises and the earliest sign each gave; turn those signs into the first triggers.',
      es: 'Anotar las dos últimas sorpresas y la primera señal que dio cada una; convertir esas señales en los primeros disparadores.',
    },
    owner: { en: 'Team lead with the sponsor', es: 'Líder del equipo con el patrocinador' },
    successSignal: {
      en: 'Controls that map to results and outcome–intent divergence fall by at least 5 points.',
      es: 'Los controles que se reflejan en resultados y la divergencia entre resultado e intención bajan al menos 5 puntos.',
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
    title: { en: 'Check what each control changes', es: 'Comprobar qué cambia cada control' },
    what: {
      en: 'The team lists its controls, such as approvals, gates, dashboards and reviews, and for each one names a result it changed last month. Controls that changed nothing are fixed or retired.',
      es: 'El equipo lista sus controles, como aprobaciones, puertas de calidad, paneles y revisiones, y para cada uno nombra un resultado que cambió el mes pasado. Los que no cambiaron nada se arreglan o se retiran.',
    },
    why: {
      en: 'Controls that do not map to results turn governance into ceremony; pruning them frees attention for the ones that work.',
      es: 'Los controles que no se reflejan en resultados convierten la gobernanza en ceremonia; podarlos libera atención para los que funcionan.',
    },
    firstStep: {
      en: 'Write the controls on one page this week and mark the ones nobody can link to a real result.',
      es: 'Escribir los controles en una página esta semana y marcar los que nadie sabe vincular a un resultado real.',
    },
    owner: { en: 'Sponsor or governance lead', es: 'Patrocinador o responsable de gobernanza' },
    successSignal: {
      en: 'Controls that map to results falls by at least 5 points.',
      es: 'Los controles que se reflejan en resultados bajan al menos 5 puntos.',
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
    },
    what: {
      en: 'A change that touches a shared part carries a three-line note: what else it touches, who was told, and how to undo it. Reviewers check the note before the code.',
      es: 'Un cambio que toca una parte compartida lleva una nota de tres líneas: qué más toca, a quién se avisó y cómo deshacerlo. Quien revisa mira la nota antes que el código.',
    },
    why: {
      en: 'Changes spreading in unexpected ways are a symptom of latent dependencies; asking for the impact up front surfaces them while they are cheap.',
      es: 'Que los cambios se propaguen de forma imprevista es síntoma de dependencias ocultas; pedir el impacto por adelantado las saca a la luz cuando aún son baratas.',
    },
    firstStep: {
      en: 'Add the three lines to the change template today and try them on this week’s changes.',
      es: 'Añadir las tres líneas a la plantilla de cambios hoy y probarlas con los cambios de esta semana.',
    },
    owner: { en: 'Senior engineer', es: 'Ingeniería sénior' },
    successSignal: {
      en: 'Non-local change propagation and coupling fall by at least 5 points.',
      es: 'La propagación de cambios lejos de su origen y el acoplamiento bajan al menos 5 puntos.',
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
    title: { en: 'Swap perspectives between roles', es: 'Intercambiar perspectivas entre roles' },
    what: {
      en: 'The role groups that see a factor differently each explain, with one concrete example, why they see it that way. Together they pick one fact that would settle it and go and check it.',
      es: 'Los grupos de rol que ven un factor de forma distinta explican cada uno, con un ejemplo concreto, por qué lo ven así. Juntos eligen un dato que lo resolvería y van a comprobarlo.',
    },
    why: {
      en: 'When groups see a different reality, trust is miscalibrated in one direction or the other; checking a shared fact recalibrates it without blame.',
      es: 'Cuando los grupos ven realidades distintas, la confianza está mal calibrada en un sentido u otro; comprobar un dato compartido la recalibra sin culpables.',
    },
    firstStep: {
      en: 'Book 45 minutes with two people from each group and bring the example each group would give.',
      es: 'Reservar 45 minutos con dos personas de cada grupo y traer el ejemplo que daría cada grupo.',
    },
    owner: { en: 'Facilitator or agile coach', es: 'Facilitación o coach ágil' },
    successSignal: {
      en: 'On the factors the groups disagreed about, the gap between groups and the spread of answers narrow in the follow-up.',
      es: 'En los factores en los que los grupos discrepaban, la distancia entre grupos y la dispersión de las respuestas se reducen en el seguimiento.',
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
    },
    what: {
      en: 'Before any significant decision, everyone names one risk or disagreement in turn, and the most senior person speaks last. Objections are written down next to the decision.',
      es: 'Antes de cualquier decisión importante, cada persona nombra por turnos un riesgo o un desacuerdo, y la persona de más rango habla la última. Las objeciones se anotan junto a la decisión.',
    },
    why: {
      en: 'When people stop challenging assumptions, problems surface late; a routine that asks for dissent makes speaking up the default rather than the exception.',
      es: 'Cuando la gente deja de cuestionar supuestos, los problemas aparecen tarde; una rutina que pide desacuerdo hace que hablar sea lo normal y no la excepción.',
    },
    firstStep: {
      en: 'Run the round in the next planning meeting and count how many risks were new to the leader.',
      es: 'Hacer la ronda en la próxima planificación y contar cuántos riesgos eran nuevos para quien lidera.',
    },
    owner: { en: 'Team lead', es: 'Líder del equipo' },
    successSignal: {
      en: 'Speaking up and psychological safety falls by at least 5 points.',
      es: 'Hablar con franqueza y seguridad psicológica baja al menos 5 puntos.',
    },
    horizon: 'two-weeks',
    triggers: { rules: [], factors: ['hd.speakup'] },
    targets: ['hd.speakup'],
  },
  {
    id: 'ai-output-sampling',
    mechanism: 'trust-calibration',
    title: { en: 'Sample and explain AI output', es: 'Muestrear y explicar lo que produce la IA' },
    what: {
      en: 'Each week the team samples a few changes or decisions produced with AI help and asks whether a person can explain them. The autonomy each tool has is adjusted from what the sample shows.',
      es: 'Cada semana el equipo toma una muestra de cambios o decisiones hechos con ayuda de IA y comprueba si una persona sabe explicarlos. La autonomía de cada herramienta se ajusta según lo que muestre la muestra.',
    },
    why: {
      en: 'Trust in a tool should follow evidence; sampling keeps autonomy matched to how explainable the work really is.',
      es: 'La confianza en una herramienta debe seguir a la evidencia; muestrear mantiene la autonomía acorde con lo explicable que es de verdad el trabajo.',
    },
    firstStep: {
      en: 'Pick three AI-assisted changes from last week and ask their authors to explain them to someone else in ten minutes.',
      es: 'Elegir tres cambios de la semana pasada hechos con IA y pedir a sus autores que se los expliquen a otra persona en diez minutos.',
    },
    owner: { en: 'Engineering lead', es: 'Líder de ingeniería' },
    successSignal: {
      en: 'AI acceleration without visibility, explainability and replayability fall by at least 5 points.',
      es: 'La aceleración por IA sin visibilidad, la explicabilidad y la trazabilidad bajan al menos 5 puntos.',
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
    title: { en: 'Reward verified outcomes', es: 'Premiar resultados verificados' },
    what: {
      en: 'The team compares what it is praised and measured on with what it has verifiably delivered. At least one measure that rewards looking busy or reporting green is dropped or changed.',
      es: 'El equipo compara aquello por lo que se le elogia y se le mide con lo que ha entregado de forma verificable. Se elimina o cambia al menos una medida que premia parecer ocupado o informar en verde.',
    },
    why: {
      en: 'When incentives reward reported progress, outcomes drift from intent; tying recognition to verified results pulls them back together.',
      es: 'Cuando los incentivos premian el avance informado, los resultados se alejan de la intención; vincular el reconocimiento a resultados verificados los vuelve a unir.',
    },
    firstStep: {
      en: 'List the numbers the team reports upwards and mark, for each, whether it can be checked against real work.',
      es: 'Listar las cifras que el equipo reporta hacia arriba y marcar, para cada una, si se puede contrastar con el trabajo real.',
    },
    owner: { en: 'Sponsor with the team lead', es: 'Patrocinador con el líder del equipo' },
    successSignal: {
      en: 'Incentive alignment and outcome–intent divergence fall by at least 5 points.',
      es: 'La alineación de incentivos y la divergencia entre resultado e intención bajan al menos 5 puntos.',
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
