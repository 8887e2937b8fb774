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
    de: 'Wenn eine Entscheidung schiefgeht, kann niemand zeigen, wie sie zustande kam; derselbe Fehler wiederholt sich, und jedes Audit und jede Störungsanalyse beginnt beim Erinnern.',
    fr: 'Quand une décision tourne mal, personne ne peut montrer comment elle a été prise : la même erreur se répète, et chaque audit ou analyse d’incident part de souvenirs.',
  },
  'inconsistent-outcomes': {
    en: 'The same request gets a different answer depending on who handles it and when, so work is redone, escalations multiply and plans cannot rely on past decisions.',
    es: 'La misma petición recibe respuestas distintas según quién la atienda y cuándo, así que el trabajo se rehace, los escalados se multiplican y los planes no pueden apoyarse en decisiones anteriores.',
    de: 'Dieselbe Anfrage wird je nach Bearbeiter und Zeitpunkt unterschiedlich beantwortet; Arbeit wird wiederholt, Eskalationen häufen sich, und Pläne können sich nicht auf frühere Entscheidungen stützen.',
    fr: 'Une même demande reçoit une réponse différente selon qui la traite et quand : le travail est refait, les escalades se multiplient et les plans ne peuvent pas s’appuyer sur les décisions passées.',
  },
  'non-local-propagation': {
    en: 'A change in one place breaks something elsewhere, so small changes need wide testing and coordination, releases slow down and incidents take the team by surprise.',
    es: 'Un cambio en un sitio rompe algo en otro, así que los cambios pequeños exigen pruebas y coordinación amplias, los despliegues se frenan y los incidentes toman al equipo por sorpresa.',
    de: 'Eine Änderung an einer Stelle macht anderswo etwas kaputt; kleine Änderungen brauchen breite Tests und viel Abstimmung, Releases werden langsamer, und Störungen überraschen das Team.',
    fr: 'Une modification à un endroit casse quelque chose ailleurs : les petits changements exigent des tests et une coordination étendus, les mises en production ralentissent et les incidents prennent l’équipe par surprise.',
  },
  'ownership-unassignable': {
    en: 'When nobody clearly owns a piece of work, problems wait until someone volunteers, blocked items sit idle and escalations land on whoever is most senior.',
    es: 'Cuando nadie es responsable claro de un trabajo, los problemas esperan a que alguien se ofrezca, los elementos bloqueados se quedan parados y los escalados recaen en quien tenga más rango.',
    de: 'Wenn niemand klar für eine Arbeit verantwortlich ist, warten Probleme, bis sich jemand meldet, blockierte Aufgaben bleiben liegen, und Eskalationen landen bei der ranghöchsten Person.',
    fr: 'Quand personne n’est clairement responsable d’un travail, les problèmes attendent qu’un volontaire se manifeste, les éléments bloqués restent en suspens et les escalades retombent sur la personne la plus haut placée.',
  },
  'controls-not-mapping': {
    en: 'Reviews, approvals and checks take time without changing results, so they slow every delivery while the real risks pass unnoticed.',
    es: 'Las revisiones, aprobaciones y controles consumen tiempo sin cambiar los resultados: frenan cada entrega mientras los riesgos reales pasan sin que nadie los note.',
    de: 'Reviews, Freigaben und Prüfungen kosten Zeit, ohne Ergebnisse zu verändern; sie bremsen jede Auslieferung, während die eigentlichen Risiken unbemerkt durchrutschen.',
    fr: 'Revues, validations et contrôles prennent du temps sans changer les résultats : ils ralentissent chaque livraison pendant que les vrais risques passent inaperçus.',
  },
  'reported-work-not-verified': {
    en: 'Work is reported as done or on track without anyone being able to show it, so plans and commitments rest on a status that may not be true and slips surface late.',
    es: 'Se informa trabajo como terminado o en plazo sin que nadie pueda mostrarlo, así que planes y compromisos se apoyan en un estado que puede no ser cierto y los retrasos aparecen tarde.',
    de: 'Arbeit wird als erledigt oder im Plan gemeldet, ohne dass jemand es belegen kann; Pläne und Zusagen beruhen auf einem Status, der womöglich nicht stimmt, und Verzögerungen zeigen sich spät.',
    fr: 'Du travail est annoncé comme terminé ou dans les temps sans que personne ne puisse le montrer : plans et engagements reposent sur un état peut-être faux, et les retards apparaissent tard.',
  },
  'progress-perception-mismatch': {
    en: 'The sense of progress in the room and the evidence that can be checked disagree, so forecasts rest on the wrong picture: either slips surface late or effort goes into doubting work that is fine.',
    es: 'La sensación de avance en la sala y la evidencia comprobable no coinciden, así que las previsiones se apoyan en una imagen equivocada: o los retrasos aparecen tarde o se gasta esfuerzo en dudar de trabajo que está bien.',
    de: 'Das Fortschrittsgefühl in der Gruppe und die überprüfbaren Belege passen nicht zusammen; Prognosen beruhen auf einem falschen Bild: Entweder zeigen sich Verzögerungen spät, oder Aufwand fließt in Zweifel an Arbeit, die in Ordnung ist.',
    fr: 'Le sentiment d’avancement de la salle et les preuves vérifiables divergent : les prévisions reposent sur une image fausse, soit les retards apparaissent tard, soit on dépense de l’énergie à douter d’un travail qui va bien.',
  },
  'visibility-perception-mismatch': {
    en: 'What people believe about how visible decisions are does not match what the Decision Replay found, so the team either trusts records that are not there or fixes what already works.',
    es: 'Lo que la gente cree sobre la visibilidad de las decisiones no coincide con lo que encontró el Repaso de decisiones, así que el equipo confía en registros que no existen o arregla lo que ya funciona.',
    de: 'Was die Menschen über die Transparenz von Entscheidungen glauben, deckt sich nicht mit dem Ergebnis des Entscheidungsrückblicks; das Team verlässt sich entweder auf Aufzeichnungen, die es nicht gibt, oder repariert, was schon funktioniert.',
    fr: 'Ce que les personnes croient de la visibilité des décisions ne correspond pas à ce qu’a montré la Relecture des décisions : l’équipe se fie à des traces qui n’existent pas, ou corrige ce qui fonctionne déjà.',
  },
  'role-reality-gap': {
    en: 'Role groups describe different realities of the same work, so plans agreed between them rest on different assumptions and the difference shows up later as rework and friction.',
    es: 'Los grupos de rol describen realidades distintas del mismo trabajo, así que los planes que acuerdan se apoyan en supuestos distintos y la diferencia aparece después como retrabajo y fricción.',
    de: 'Rollengruppen beschreiben unterschiedliche Realitäten derselben Arbeit; zwischen ihnen vereinbarte Pläne beruhen auf unterschiedlichen Annahmen, und der Unterschied zeigt sich später als Nacharbeit und Reibung.',
    fr: 'Les groupes de rôles décrivent des réalités différentes du même travail : les plans convenus entre eux reposent sur des hypothèses différentes, et l’écart réapparaît plus tard sous forme de reprises et de frictions.',
  },
  'split-room': {
    en: 'The room is divided: some people meet this problem every day and others do not, so an average hides it and a single fix for everyone may miss the people who carry it.',
    es: 'La sala está dividida: unas personas viven este problema a diario y otras no, así que una media lo oculta y una solución única para todos puede no llegar a quienes lo sufren.',
    de: 'Die Gruppe ist gespalten: Manche erleben dieses Problem täglich, andere nicht; ein Mittelwert verdeckt es, und eine einheitliche Lösung für alle kann genau die verfehlen, die es tragen.',
    fr: 'La salle est divisée : certains rencontrent ce problème tous les jours, d’autres non ; une moyenne le masque, et une solution unique pour tous risque de manquer ceux qui le portent.',
  },
  'revote-converged': {
    en: 'Nothing: talking it through brought the room closer, so a plan on this factor rests on a shared picture rather than on one view.',
    es: 'Nada: hablarlo acercó a la sala, así que un plan sobre este factor se apoya en una imagen compartida y no en una sola visión.',
    de: 'Keine: Das Gespräch hat die Gruppe einander nähergebracht; ein Plan zu diesem Faktor beruht auf einem gemeinsamen Bild statt auf einer einzelnen Sicht.',
    fr: 'Aucune : en discuter a rapproché la salle ; un plan sur ce facteur repose donc sur une image partagée plutôt que sur un seul point de vue.',
  },
  'revote-diverged': {
    en: 'Discussion pulled the room further apart, so any fix decided now will be contested; agree on what people actually see before committing effort to it.',
    es: 'La conversación alejó más a la sala, así que cualquier solución que se decida ahora será discutida; conviene acordar qué ve realmente cada uno antes de dedicarle esfuerzo.',
    de: 'Die Diskussion hat die Gruppe weiter auseinandergebracht; jede jetzt beschlossene Lösung wird umstritten sein. Zuerst klären, was die Menschen tatsächlich sehen, bevor Aufwand hineinfließt.',
    fr: 'La discussion a davantage divisé la salle : toute solution décidée maintenant sera contestée. Mieux vaut s’accorder sur ce que chacun observe réellement avant d’y consacrer des efforts.',
  },
};

/** The cost of a factor the room places clearly on the debt side, per factor of instruments 1.0.0 and 2.0.0. */
export const FACTOR_CONSEQUENCES: Record<string, Localized> = {
  'hd.load': {
    en: 'Overloaded people switch between tasks and cut corners, so work takes longer, quality drops and nobody has slack to absorb the next surprise.',
    es: 'Las personas sobrecargadas saltan de una tarea a otra y recortan, así que el trabajo tarda más, la calidad baja y nadie tiene margen para absorber la próxima sorpresa.',
    de: 'Überlastete Menschen springen zwischen Aufgaben und kürzen ab; Arbeit dauert länger, die Qualität sinkt, und niemand hat Luft für die nächste Überraschung.',
    fr: 'Les personnes surchargées passent d’une tâche à l’autre et prennent des raccourcis : le travail prend plus de temps, la qualité baisse et personne n’a de marge pour absorber l’imprévu suivant.',
  },
  'hd.speakup': {
    en: 'Problems someone already knows about are raised late or not at all, so risks reach production or the deadline before anyone acts on them.',
    es: 'Los problemas que alguien ya conoce se plantean tarde o nunca, así que los riesgos llegan a producción o a la fecha límite antes de que nadie actúe.',
    de: 'Probleme, von denen jemand schon weiß, werden spät oder gar nicht angesprochen; Risiken erreichen die Produktion oder die Termin, bevor jemand handelt.',
    fr: 'Des problèmes déjà connus de quelqu’un sont signalés tard ou pas du tout : les risques atteignent la production ou l’échéance avant que quiconque n’agisse.',
  },
  'hd.trust': {
    en: 'Without trust people double-check each other, hold back information and work around one another, which slows every hand-off and every decision.',
    es: 'Sin confianza la gente se verifica dos veces, se guarda información y se esquiva, lo que frena cada traspaso y cada decisión.',
    de: 'Ohne Vertrauen kontrollieren sich die Menschen gegenseitig, halten Informationen zurück und arbeiten umeinander herum; das bremst jede Übergabe und jede Entscheidung.',
    fr: 'Sans confiance, chacun revérifie le travail des autres, retient l’information et contourne ses collègues, ce qui ralentit chaque passage de relais et chaque décision.',
  },
  'hd.learning': {
    en: 'When failure brings blame, people hide mistakes instead of learning from them, so the same incidents recur and improvements stall.',
    es: 'Cuando un fallo trae culpas, la gente oculta los errores en lugar de aprender de ellos, así que los mismos incidentes se repiten y las mejoras se estancan.',
    de: 'Wenn Fehler zu Schuldzuweisungen führen, verbergen Menschen Fehler, statt daraus zu lernen; dieselben Störungen wiederholen sich, und Verbesserungen stocken.',
    fr: 'Quand l’échec entraîne des reproches, on cache les erreurs au lieu d’en tirer des leçons : les mêmes incidents se reproduisent et les améliorations stagnent.',
  },
  'hd.accountability': {
    en: 'When it is unclear who answers for an outcome, decisions wait, follow-up falls through the cracks and problems are found late.',
    es: 'Cuando no está claro quién responde de un resultado, las decisiones esperan, el seguimiento se pierde y los problemas se descubren tarde.',
    de: 'Wenn unklar ist, wer für ein Ergebnis einsteht, warten Entscheidungen, Nachverfolgung geht unter, und Probleme fallen spät auf.',
    fr: 'Quand on ne sait pas qui répond d’un résultat, les décisions attendent, le suivi se perd et les problèmes sont découverts tard.',
  },
  'hd.normalised': {
    en: 'Shortcuts taken under pressure have become normal, so quality and safety erode quietly and the cost arrives later as incidents and rework.',
    es: 'Los atajos tomados bajo presión se han vuelto normales, así que la calidad y la seguridad se erosionan en silencio y el costo llega después como incidentes y retrabajo.',
    de: 'Unter Druck genommene Abkürzungen sind normal geworden; Qualität und Sicherheit erodieren still, und die Kosten kommen später als Störungen und Nacharbeit.',
    fr: 'Les raccourcis pris sous pression sont devenus la norme : qualité et sécurité s’érodent en silence, et le coût arrive plus tard sous forme d’incidents et de reprises.',
  },
  'hd.incentives': {
    en: 'People are rewarded for something other than the outcome the team needs, so effort goes to what is measured and the real goal slips.',
    es: 'Se premia a las personas por algo distinto del resultado que el equipo necesita, así que el esfuerzo va a lo que se mide y el objetivo real se retrasa.',
    de: 'Menschen werden für etwas anderes belohnt als das Ergebnis, das das Team braucht; Aufwand fließt in das Gemessene, und das eigentliche Ziel rückt in die Ferne.',
    fr: 'Les personnes sont récompensées pour autre chose que le résultat dont l’équipe a besoin : l’effort va à ce qui est mesuré et le véritable objectif s’éloigne.',
  },
  'hd.autonomy': {
    en: 'People cannot act on what they know without asking first, so small decisions queue behind approvals and delivery waits on a few busy people.',
    es: 'Las personas no pueden actuar sobre lo que saben sin pedir permiso, así que las decisiones pequeñas hacen cola tras aprobaciones y la entrega espera a unas pocas personas ocupadas.',
    de: 'Menschen können nicht nach ihrem Wissen handeln, ohne vorher zu fragen; kleine Entscheidungen stauen sich hinter Freigaben, und die Lieferung wartet auf wenige ausgelastete Personen.',
    fr: 'Les personnes ne peuvent pas agir sur ce qu’elles savent sans demander d’abord : les petites décisions s’accumulent derrière des validations et la livraison attend quelques personnes débordées.',
  },
  'td.pipeline': {
    en: 'The path to production breaks or needs manual work, so releases are slower, rarer and riskier, and fixes take longer to reach users.',
    es: 'El proceso de entrega falla o exige trabajo manual, así que los despliegues son más lentos, menos frecuentes y más arriesgados, y las correcciones tardan más en llegar a los usuarios.',
    de: 'Der Weg in die Produktion bricht ab oder braucht Handarbeit; Releases werden langsamer, seltener und riskanter, und Korrekturen erreichen die Nutzer später.',
    fr: 'Le chemin vers la production casse ou demande du travail manuel : les mises en production sont plus lentes, plus rares et plus risquées, et les correctifs mettent plus de temps à atteindre les utilisateurs.',
  },
  'td.coupling': {
    en: 'Hidden dependencies mean a change in one place breaks another, so estimates miss, testing grows and teams must coordinate on every change.',
    es: 'Las dependencias ocultas hacen que un cambio en un sitio rompa otro, así que las estimaciones fallan, las pruebas crecen y los equipos deben coordinarse en cada cambio.',
    de: 'Versteckte Abhängigkeiten führen dazu, dass eine Änderung an einer Stelle etwas anderes kaputt macht; Schätzungen gehen daneben, der Testaufwand wächst, und Teams müssen jede Änderung abstimmen.',
    fr: 'Des dépendances cachées font qu’une modification à un endroit en casse un autre : les estimations ratent leur cible, les tests s’alourdissent et les équipes doivent se coordonner à chaque changement.',
  },
  'td.legacy': {
    en: 'Old systems limit what can change and how fast, so new work is bent around them, takes longer and carries risks nobody fully understands.',
    es: 'Los sistemas heredados limitan qué se puede cambiar y con qué rapidez, así que el trabajo nuevo se adapta a ellos, tarda más y arrastra riesgos que nadie entiende del todo.',
    de: 'Altsysteme begrenzen, was sich ändern lässt und wie schnell; neue Arbeit wird um sie herumgebogen, dauert länger und trägt Risiken, die niemand ganz versteht.',
    fr: 'Les systèmes hérités limitent ce qui peut changer et à quelle vitesse : le nouveau travail se plie autour d’eux, prend plus de temps et comporte des risques que personne ne maîtrise entièrement.',
  },
  'td.change': {
    en: 'Every change costs more than it should, so the team ships less, postpones improvements and lets debt grow because fixing it is too expensive.',
    es: 'Cada cambio cuesta más de lo que debería, así que el equipo entrega menos, pospone mejoras y deja crecer la deuda porque arreglarla sale demasiado caro.',
    de: 'Jede Änderung kostet mehr, als sie sollte; das Team liefert weniger, verschiebt Verbesserungen und lässt Schulden wachsen, weil ihre Beseitigung zu teuer ist.',
    fr: 'Chaque changement coûte plus qu’il ne devrait : l’équipe livre moins, reporte les améliorations et laisse la dette grossir parce que la résorber coûte trop cher.',
  },
  'td.coordination': {
    en: 'Work needs several teams to line up, so items wait in queues between them and the slowest hand-off sets the lead time.',
    es: 'El trabajo exige que varios equipos se pongan de acuerdo, así que los elementos esperan en colas entre ellos y el traspaso más lento marca el plazo.',
    de: 'Arbeit braucht die Abstimmung mehrerer Teams; Aufgaben warten in Warteschlangen zwischen ihnen, und die langsamste Übergabe bestimmt die Durchlaufzeit.',
    fr: 'Le travail exige que plusieurs équipes s’alignent : les éléments attendent dans des files entre elles, et le passage de relais le plus lent fixe le délai.',
  },
  'dv.replay': {
    en: 'Decisions leave no record, so nobody can check why something was done, audits rely on memory and the same debates are held again.',
    es: 'Las decisiones no dejan registro, así que nadie puede comprobar por qué se hizo algo, las auditorías dependen de la memoria y los mismos debates se repiten.',
    de: 'Entscheidungen hinterlassen keine Spur; niemand kann prüfen, warum etwas getan wurde, Audits stützen sich auf Erinnerungen, und dieselben Debatten werden erneut geführt.',
    fr: 'Les décisions ne laissent aucune trace : personne ne peut vérifier pourquoi une chose a été faite, les audits reposent sur la mémoire et les mêmes débats reviennent.',
  },
  'dv.explain': {
    en: 'Nobody can explain how some results were reached, so errors cannot be traced, trust in the output drops and fixes become guesswork.',
    es: 'Nadie puede explicar cómo se llegó a algunos resultados, así que los errores no se pueden rastrear, la confianza en lo producido baja y las correcciones se hacen a ciegas.',
    de: 'Niemand kann erklären, wie manche Ergebnisse zustande kamen; Fehler lassen sich nicht zurückverfolgen, das Vertrauen in die Ergebnisse sinkt, und Korrekturen werden zum Ratespiel.',
    fr: 'Personne ne sait expliquer comment certains résultats ont été obtenus : les erreurs ne peuvent pas être retracées, la confiance dans les résultats baisse et les corrections deviennent des conjectures.',
  },
  'dv.ownership': {
    en: 'When nobody can be named as the owner of a result, problems bounce between people and wait until someone steps in.',
    es: 'Cuando no se puede nombrar a un responsable de un resultado, los problemas van de persona en persona y esperan a que alguien intervenga.',
    de: 'Wenn niemand als verantwortlich für ein Ergebnis benannt werden kann, werden Probleme hin- und hergeschoben und warten, bis jemand einspringt.',
    fr: 'Quand personne ne peut être désigné responsable d’un résultat, les problèmes passent de main en main et attendent que quelqu’un prenne les choses en charge.',
  },
  'dv.consistency': {
    en: 'The same inputs give different outcomes, so nobody can predict the result of a request and work is redone or escalated to get a consistent answer.',
    es: 'Los mismos datos dan resultados distintos, así que nadie puede prever el resultado de una petición y el trabajo se rehace o se escala para obtener una respuesta coherente.',
    de: 'Dieselben Eingaben führen zu unterschiedlichen Ergebnissen; niemand kann das Ergebnis einer Anfrage vorhersagen, und Arbeit wird wiederholt oder eskaliert, um eine einheitliche Antwort zu bekommen.',
    fr: 'Les mêmes données produisent des résultats différents : personne ne peut prévoir l’issue d’une demande, et le travail est refait ou escaladé pour obtenir une réponse cohérente.',
  },
  'dv.controls': {
    en: 'Controls are passed without changing results, so they add delay to every delivery while the risks they exist for go unchecked.',
    es: 'Los controles se superan sin cambiar los resultados, así que añaden demora a cada entrega mientras los riesgos para los que existen quedan sin vigilar.',
    de: 'Kontrollen werden durchlaufen, ohne Ergebnisse zu verändern; sie verzögern jede Auslieferung, während die Risiken, für die es sie gibt, ungeprüft bleiben.',
    fr: 'Les contrôles sont franchis sans changer les résultats : ils retardent chaque livraison tandis que les risques qu’ils visent restent sans vérification.',
  },
  'er.progress': {
    en: 'Status reports run ahead of real progress, so leadership plans on work that is not done and slips are found at the deadline.',
    es: 'Lo que se informa va por delante del avance real, así que la dirección planifica sobre trabajo que no está hecho y los retrasos se descubren en la fecha límite.',
    de: 'Statusmeldungen eilen dem tatsächlichen Fortschritt voraus; die Führung plant mit Arbeit, die nicht erledigt ist, und Verzögerungen fallen erst zum Termin auf.',
    fr: 'Les points d’avancement devancent le progrès réel : la direction planifie sur du travail non terminé et les retards sont découverts à l’échéance.',
  },
  'er.intent': {
    en: 'What is delivered drifts from what was intended, so effort goes into results nobody asked for and the real need is met late, if at all.',
    es: 'Lo que se entrega se aleja de lo que se pretendía, así que el esfuerzo se va en resultados que nadie pidió y la necesidad real se cubre tarde, si se cubre.',
    de: 'Was geliefert wird, entfernt sich von dem, was beabsichtigt war; Aufwand fließt in Ergebnisse, die niemand wollte, und der eigentliche Bedarf wird spät oder gar nicht gedeckt.',
    fr: 'Ce qui est livré s’éloigne de ce qui était voulu : l’effort va à des résultats que personne n’a demandés, et le vrai besoin est satisfait tard, voire jamais.',
  },
  'er.propagation': {
    en: 'Changes have effects far from where they were made, so incidents take the team by surprise and every release needs more checking than planned.',
    es: 'Los cambios tienen efectos lejos de donde se hicieron, así que los incidentes toman al equipo por sorpresa y cada despliegue necesita más comprobaciones de las previstas.',
    de: 'Änderungen wirken weit entfernt von ihrem Ursprung; Störungen überraschen das Team, und jedes Release braucht mehr Prüfung als geplant.',
    fr: 'Les modifications ont des effets loin de leur point d’origine : les incidents surprennent l’équipe et chaque mise en production demande plus de vérifications que prévu.',
  },
  'er.ai': {
    en: 'AI produces work faster than anyone can see or check it, so errors ship unnoticed and nobody can say why a change was made.',
    es: 'La IA produce trabajo más rápido de lo que nadie puede ver o comprobar, así que los errores llegan a producción sin que se noten y nadie sabe decir por qué se hizo un cambio.',
    de: 'KI erzeugt Arbeit schneller, als jemand sie sehen oder prüfen kann; Fehler gehen unbemerkt live, und niemand kann sagen, warum eine Änderung vorgenommen wurde.',
    fr: 'L’IA produit du travail plus vite que quiconque ne peut le voir ou le vérifier : des erreurs partent en production sans être remarquées, et personne ne sait dire pourquoi une modification a été faite.',
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
