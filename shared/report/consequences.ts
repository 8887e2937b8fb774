import type { Localized } from '../instrument/types';
import type { FindingRule } from '../scoring/findings';
import type { Finding } from '../scoring/result';

// What a finding costs delivery, in plain words, for the reader who was not in the room. A
// finding's title says what the room found and its detail the figures; this says why it matters.
// Written per rule, and per factor for the level findings, whose cost depends on the factor.

/** Rules whose findings are about one factor each, with a cost that reads the same whatever it is. */
type RuleWithOneConsequence = Exclude<FindingRule, 'factor-level'>;

export const RULE_CONSEQUENCES: Record<RuleWithOneConsequence, Localized> = {
  'decisions-not-replayable': {
    en: 'When a decision goes wrong nobody can show how it was made, so the same mistake is repeated and every audit or incident review starts from memory.',
    es: 'Cuando una decisión sale mal nadie puede mostrar cómo se tomó, así que el mismo error se repite y cada auditoría o análisis de incidentes empieza de memoria.',
  },
  'inconsistent-outcomes': {
    en: 'The same request gets a different answer depending on who handles it and when, so work is redone, escalations multiply and plans cannot rely on past decisions.',
    es: 'La misma petición recibe respuestas distintas según quién la atienda y cuándo, así que el trabajo se rehace, los escalados se multiplican y los planes no pueden apoyarse en decisiones anteriores.',
  },
  'non-local-propagation': {
    en: 'A change in one place breaks something elsewhere, so small changes need wide testing and coordination, releases slow down and incidents take the team by surprise.',
    es: 'Un cambio en un sitio rompe algo en otro, así que los cambios pequeños exigen pruebas y coordinación amplias, los despliegues se frenan y los incidentes toman al equipo por sorpresa.',
  },
  'ownership-unassignable': {
    en: 'When nobody clearly owns a piece of work, problems wait until someone volunteers, blocked items sit idle and escalations land on whoever is most senior.',
    es: 'Cuando nadie es responsable claro de un trabajo, los problemas esperan a que alguien se ofrezca, los elementos bloqueados se quedan parados y los escalados recaen en quien tenga más rango.',
  },
  'controls-not-mapping': {
    en: 'Reviews, approvals and checks take time without changing results, so they slow every delivery while the real risks pass unnoticed.',
    es: 'Las revisiones, aprobaciones y controles consumen tiempo sin cambiar los resultados: frenan cada entrega mientras los riesgos reales pasan sin que nadie los note.',
  },
  'reported-work-not-verified': {
    en: 'Work is reported as done or on track without anyone being able to show it, so plans and commitments rest on a status that may not be true and slips surface late.',
    es: 'Se informa trabajo como terminado o en plazo sin que nadie pueda mostrarlo, así que planes y compromisos se apoyan en un estado que puede no ser cierto y los retrasos aparecen tarde.',
  },
  'progress-perception-mismatch': {
    en: 'The sense of progress in the room and the evidence that can be checked disagree, so forecasts rest on the wrong picture: either slips surface late or effort goes into doubting work that is fine.',
    es: 'La sensación de avance en la sala y la evidencia comprobable no coinciden, así que las previsiones se apoyan en una imagen equivocada: o los retrasos aparecen tarde o se gasta esfuerzo en dudar de trabajo que está bien.',
  },
  'visibility-perception-mismatch': {
    en: 'What people believe about how visible decisions are does not match what the Decision Replay found, so the team either trusts records that are not there or fixes what already works.',
    es: 'Lo que la gente cree sobre la visibilidad de las decisiones no coincide con lo que encontró el Repaso de decisiones, así que el equipo confía en registros que no existen o arregla lo que ya funciona.',
  },
  'role-reality-gap': {
    en: 'Role groups describe different realities of the same work, so plans agreed between them rest on different assumptions and the difference shows up later as rework and friction.',
    es: 'Los grupos de rol describen realidades distintas del mismo trabajo, así que los planes que acuerdan se apoyan en supuestos distintos y la diferencia aparece después como retrabajo y fricción.',
  },
  'split-room': {
    en: 'The room is divided: some people meet this problem every day and others do not, so an average hides it and a single fix for everyone may miss the people who carry it.',
    es: 'La sala está dividida: unas personas viven este problema a diario y otras no, así que una media lo oculta y una solución única para todos puede no llegar a quienes lo sufren.',
  },
  'revote-converged': {
    en: 'Nothing: talking it through brought the room closer, so a plan on this factor rests on a shared picture rather than on one view.',
    es: 'Nada: hablarlo acercó a la sala, así que un plan sobre este factor se apoya en una imagen compartida y no en una sola visión.',
  },
  'revote-diverged': {
    en: 'Discussion pulled the room further apart, so any fix decided now will be contested; agree on what people actually see before committing effort to it.',
    es: 'La conversación alejó más a la sala, así que cualquier solución que se decida ahora será discutida; conviene acordar qué ve realmente cada uno antes de dedicarle esfuerzo.',
  },
};

/** The cost of a factor the room places clearly on the debt side, per factor of instruments 1.0.0 and 2.0.0. */
export const FACTOR_CONSEQUENCES: Record<string, Localized> = {
  'hd.load': {
    en: 'Overloaded people switch between tasks and cut corners, so work takes longer, quality drops and nobody has slack to absorb the next surprise.',
    es: 'Las personas sobrecargadas saltan de una tarea a otra y recortan, así que el trabajo tarda más, la calidad baja y nadie tiene margen para absorber la próxima sorpresa.',
  },
  'hd.speakup': {
    en: 'Problems someone already knows about are raised late or not at all, so risks reach production or the deadline before anyone acts on them.',
    es: 'Los problemas que alguien ya conoce se plantean tarde o nunca, así que los riesgos llegan a producción o a la fecha límite antes de que nadie actúe.',
  },
  'hd.trust': {
    en: 'Without trust people double-check each other, hold back information and work around one another, which slows every hand-off and every decision.',
    es: 'Sin confianza la gente se verifica dos veces, se guarda información y se esquiva, lo que frena cada traspaso y cada decisión.',
  },
  'hd.learning': {
    en: 'When failure brings blame, people hide mistakes instead of learning from them, so the same incidents recur and improvements stall.',
    es: 'Cuando un fallo trae culpas, la gente oculta los errores en lugar de aprender de ellos, así que los mismos incidentes se repiten y las mejoras se estancan.',
  },
  'hd.accountability': {
    en: 'When it is unclear who answers for an outcome, decisions wait, follow-up falls through the cracks and problems are found late.',
    es: 'Cuando no está claro quién responde de un resultado, las decisiones esperan, el seguimiento se pierde y los problemas se descubren tarde.',
  },
  'hd.normalised': {
    en: 'Shortcuts taken under pressure have become normal, so quality and safety erode quietly and the cost arrives later as incidents and rework.',
    es: 'Los atajos tomados bajo presión se han vuelto normales, así que la calidad y la seguridad se erosionan en silencio y el costo llega después como incidentes y retrabajo.',
  },
  'hd.incentives': {
    en: 'People are rewarded for something other than the outcome the team needs, so effort goes to what is measured and the real goal slips.',
    es: 'Se premia a las personas por algo distinto del resultado que el equipo necesita, así que el esfuerzo va a lo que se mide y el objetivo real se retrasa.',
  },
  'hd.autonomy': {
    en: 'People cannot act on what they know without asking first, so small decisions queue behind approvals and delivery waits on a few busy people.',
    es: 'Las personas no pueden actuar sobre lo que saben sin pedir permiso, así que las decisiones pequeñas hacen cola tras aprobaciones y la entrega espera a unas pocas personas ocupadas.',
  },
  'td.pipeline': {
    en: 'The path to production breaks or needs manual work, so releases are slower, rarer and riskier, and fixes take longer to reach users.',
    es: 'El proceso de entrega falla o exige trabajo manual, así que los despliegues son más lentos, menos frecuentes y más arriesgados, y las correcciones tardan más en llegar a los usuarios.',
  },
  'td.coupling': {
    en: 'Hidden dependencies mean a change in one place breaks another, so estimates miss, testing grows and teams must coordinate on every change.',
    es: 'Las dependencias ocultas hacen que un cambio en un sitio rompa otro, así que las estimaciones fallan, las pruebas crecen y los equipos deben coordinarse en cada cambio.',
  },
  'td.legacy': {
    en: 'Old systems limit what can change and how fast, so new work is bent around them, takes longer and carries risks nobody fully understands.',
    es: 'Los sistemas heredados limitan qué se puede cambiar y con qué rapidez, así que el trabajo nuevo se adapta a ellos, tarda más y arrastra riesgos que nadie entiende del todo.',
  },
  'td.change': {
    en: 'Every change costs more than it should, so the team ships less, postpones improvements and lets debt grow because fixing it is too expensive.',
    es: 'Cada cambio cuesta más de lo que debería, así que el equipo entrega menos, pospone mejoras y deja crecer la deuda porque arreglarla sale demasiado caro.',
  },
  'td.coordination': {
    en: 'Work needs several teams to line up, so items wait in queues between them and the slowest hand-off sets the lead time.',
    es: 'El trabajo exige que varios equipos se pongan de acuerdo, así que los elementos esperan en colas entre ellos y el traspaso más lento marca el plazo.',
  },
  'dv.replay': {
    en: 'Decisions leave no record, so nobody can check why something was done, audits rely on memory and the same debates are held again.',
    es: 'Las decisiones no dejan registro, así que nadie puede comprobar por qué se hizo algo, las auditorías dependen de la memoria y los mismos debates se repiten.',
  },
  'dv.explain': {
    en: 'Nobody can explain how some results were reached, so errors cannot be traced, trust in the output drops and fixes become guesswork.',
    es: 'Nadie puede explicar cómo se llegó a algunos resultados, así que los errores no se pueden rastrear, la confianza en lo producido baja y las correcciones se hacen a ciegas.',
  },
  'dv.ownership': {
    en: 'When nobody can be named as the owner of a result, problems bounce between people and wait until someone steps in.',
    es: 'Cuando no se puede nombrar a un responsable de un resultado, los problemas van de persona en persona y esperan a que alguien intervenga.',
  },
  'dv.consistency': {
    en: 'The same inputs give different outcomes, so nobody can predict the result of a request and work is redone or escalated to get a consistent answer.',
    es: 'Los mismos datos dan resultados distintos, así que nadie puede prever el resultado de una petición y el trabajo se rehace o se escala para obtener una respuesta coherente.',
  },
  'dv.controls': {
    en: 'Controls are passed without changing results, so they add delay to every delivery while the risks they exist for go unchecked.',
    es: 'Los controles se superan sin cambiar los resultados, así que añaden demora a cada entrega mientras los riesgos para los que existen quedan sin vigilar.',
  },
  'er.progress': {
    en: 'Status reports run ahead of real progress, so leadership plans on work that is not done and slips are found at the deadline.',
    es: 'Lo que se informa va por delante del avance real, así que la dirección planifica sobre trabajo que no está hecho y los retrasos se descubren en la fecha límite.',
  },
  'er.intent': {
    en: 'What is delivered drifts from what was intended, so effort goes into results nobody asked for and the real need is met late, if at all.',
    es: 'Lo que se entrega se aleja de lo que se pretendía, así que el esfuerzo se va en resultados que nadie pidió y la necesidad real se cubre tarde, si se cubre.',
  },
  'er.propagation': {
    en: 'Changes have effects far from where they were made, so incidents take the team by surprise and every release needs more checking than planned.',
    es: 'Los cambios tienen efectos lejos de donde se hicieron, así que los incidentes toman al equipo por sorpresa y cada despliegue necesita más comprobaciones de las previstas.',
  },
  'er.ai': {
    en: 'AI produces work faster than anyone can see or check it, so errors ship unnoticed and nobody can say why a change was made.',
    es: 'La IA produce trabajo más rápido de lo que nadie puede ver o comprobar, así que los errores llegan a producción sin que se noten y nadie sabe decir por qué se hizo un cambio.',
  },
};

/**
 * The key a finding's consequence is written under: `factor-level:<factor>` for a level finding
 * (its id), else the rule.
 */
export function consequenceKey(finding: Pick<Finding, 'id' | 'rule'>): string {
  return finding.rule === 'factor-level' ? finding.id : finding.rule;
}

/** What the finding costs delivery, or null for a rule or factor this version does not know. */
export function consequenceOf(finding: Pick<Finding, 'id' | 'rule'>): Localized | null {
  if (finding.rule === 'factor-level') {
    return FACTOR_CONSEQUENCES[finding.id.slice('factor-level:'.length)] ?? null;
  }
  return RULE_CONSEQUENCES[finding.rule as RuleWithOneConsequence] ?? null;
}
