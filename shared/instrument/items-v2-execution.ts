import { continuedFactor } from './continued';
import { EXECUTION_FACTORS } from './items-execution';
import type { FactorInfo, InstrumentItem } from './types';

// Instrument 2.0.0 content (docs/instrument.md gives the rules each statement follows). Once
// released, wording and keying are frozen: answers refer to these ids.

export const EXECUTION_FACTORS_V2: FactorInfo[] = [
  continuedFactor(EXECUTION_FACTORS, 'progress'),
  continuedFactor(EXECUTION_FACTORS, 'intent'),
  continuedFactor(EXECUTION_FACTORS, 'propagation'),
  continuedFactor(EXECUTION_FACTORS, 'ai'),
];

export const EXECUTION_ITEMS_V2: InstrumentItem[] = [
  {
    id: 'er.progress.1',
    dimension: 'execution',
    factor: 'progress',
    keyed: 'health',
    text: {
      en: 'Our team’s status updates match what can be seen in the work itself.',
      es: 'Lo que nuestro equipo informa sobre su avance coincide con lo que se ve en el propio trabajo.',
      de: 'Die Statusmeldungen unseres Teams stimmen mit dem überein, was an der Arbeit selbst zu sehen ist.',
      fr: 'Les points d’avancement de notre équipe correspondent à ce que l’on voit dans le travail lui-même.',
    },
    note: {
      en: 'Match between reported and observed progress.',
      es: 'Coincidencia entre el avance informado y el observado.',
      de: 'Übereinstimmung zwischen gemeldetem und beobachtetem Fortschritt.',
      fr: 'La correspondance entre l’avancement annoncé et l’avancement observé.',
    },
  },
  {
    id: 'er.progress.2',
    dimension: 'execution',
    factor: 'progress',
    keyed: 'debt',
    text: {
      en: 'In our team, work can show as on track until shortly before it is suddenly late.',
      es: 'En nuestro equipo, un trabajo puede figurar como en plazo hasta poco antes de retrasarse de golpe.',
      de: 'In unserem Team kann Arbeit als im Plan gelten, bis sie kurz vor Schluss plötzlich in Verzug ist.',
      fr: 'Dans notre équipe, un travail peut être affiché dans les temps jusqu’à peu avant de prendre soudain du retard.',
    },
    note: {
      en: 'Late surprises behind an on-track status.',
      es: 'Sorpresas de último momento tras un estado «en plazo».',
      de: 'Späte Überraschungen hinter dem Status „im Plan“.',
      fr: 'Des surprises tardives derrière un statut « dans les temps ».',
    },
  },
  {
    id: 'er.progress.3',
    dimension: 'execution',
    factor: 'progress',
    keyed: 'health',
    text: {
      en: 'Before our team calls work done, it checks that the work functions for the people who use it.',
      es: 'Antes de dar un trabajo por terminado, nuestro equipo comprueba que funciona para quienes lo usan.',
      de: 'Bevor unser Team Arbeit für erledigt erklärt, prüft es, ob sie für die Menschen funktioniert, die sie nutzen.',
      fr: 'Avant de déclarer un travail terminé, notre équipe vérifie qu’il fonctionne pour les personnes qui l’utilisent.',
    },
    note: {
      en: 'Verification before completion is declared.',
      es: 'Verificación antes de declarar algo terminado.',
      de: 'Überprüfung, bevor etwas für fertig erklärt wird.',
      fr: 'Une vérification avant de déclarer le travail terminé.',
    },
  },
  {
    id: 'er.intent.1',
    dimension: 'execution',
    factor: 'intent',
    keyed: 'debt',
    text: {
      en: 'Our team delivers things that do what was asked but miss what was meant.',
      es: 'Nuestro equipo entrega cosas que hacen lo que se pidió, pero no lo que se buscaba.',
      de: 'Unser Team liefert Dinge, die tun, was verlangt wurde, aber verfehlen, was gemeint war.',
      fr: 'Notre équipe livre des choses qui font ce qui était demandé mais passent à côté de ce qui était voulu.',
    },
    note: {
      en: 'Deliveries true to the request but not to its purpose.',
      es: 'Entregas fieles a la petición, pero no a su propósito.',
      de: 'Lieferungen, die der Anfrage entsprechen, aber nicht ihrem Zweck.',
      fr: 'Des livraisons fidèles à la demande mais pas à son but.',
    },
  },
  {
    id: 'er.intent.2',
    dimension: 'execution',
    factor: 'intent',
    keyed: 'health',
    text: {
      en: 'For the work in progress, our team can say what outcome it is meant to produce.',
      es: 'Del trabajo en curso, nuestro equipo puede decir qué resultado debería producir.',
      de: 'Für die laufende Arbeit kann unser Team sagen, welches Ergebnis sie bewirken soll.',
      fr: 'Pour le travail en cours, notre équipe peut dire quel résultat il doit produire.',
    },
    note: {
      en: 'Whether the people doing the work know what it is for.',
      es: 'Si quienes hacen el trabajo saben para qué sirve.',
      de: 'Ob die Leute, die die Arbeit machen, wissen, wozu sie dient.',
      fr: 'Si les personnes qui font le travail savent à quoi il sert.',
    },
  },
  {
    id: 'er.intent.3',
    dimension: 'execution',
    factor: 'intent',
    keyed: 'health',
    text: {
      en: 'After delivery, our team checks whether the result matched the original goal.',
      es: 'Después de entregar, nuestro equipo comprueba si el resultado coincidió con el objetivo original.',
      de: 'Nach der Auslieferung prüft unser Team, ob das Ergebnis dem ursprünglichen Ziel entsprach.',
      fr: 'Après la livraison, notre équipe vérifie si le résultat correspondait à l’objectif initial.',
    },
    note: {
      en: 'Whether outcomes are compared with intent.',
      es: 'Si los resultados se comparan con la intención.',
      de: 'Ob Ergebnisse mit der Absicht verglichen werden.',
      fr: 'Si les résultats sont comparés à l’intention.',
    },
  },
  {
    id: 'er.propagation.1',
    dimension: 'execution',
    factor: 'propagation',
    keyed: 'debt',
    text: {
      en: 'In our team, a change made in one place causes surprises far from where it was made.',
      es: 'En nuestro equipo, un cambio hecho en un lugar provoca sorpresas lejos de donde se hizo.',
      de: 'In unserem Team löst eine Änderung an einer Stelle Überraschungen weit entfernt davon aus.',
      fr: 'Dans notre équipe, un changement fait à un endroit provoque des surprises loin de là où il a été fait.',
    },
    note: {
      en: 'Effects of a change far from where it was made.',
      es: 'Efectos de un cambio lejos de donde se hizo.',
      de: 'Auswirkungen einer Änderung weit weg von der Stelle, an der sie gemacht wurde.',
      fr: 'Les effets d’un changement loin de là où il a été fait.',
    },
  },
  {
    id: 'er.propagation.2',
    dimension: 'execution',
    factor: 'propagation',
    keyed: 'health',
    text: {
      en: 'When a priority changes, the people it affects in our team hear about it in time.',
      es: 'Cuando cambia una prioridad, las personas de nuestro equipo a las que afecta se enteran a tiempo.',
      de: 'Wenn sich eine Priorität ändert, erfahren die Betroffenen in unserem Team rechtzeitig davon.',
      fr: 'Quand une priorité change, les personnes de notre équipe qu’elle concerne l’apprennent à temps.',
    },
    note: {
      en: 'Whether news of a change reaches those it affects in time.',
      es: 'Si la noticia de un cambio llega a tiempo a quienes afecta.',
      de: 'Ob die Nachricht von einer Änderung die Betroffenen rechtzeitig erreicht.',
      fr: 'Si l’annonce d’un changement parvient à temps à ceux qu’il concerne.',
    },
  },
  {
    id: 'er.propagation.3',
    dimension: 'execution',
    factor: 'propagation',
    keyed: 'debt',
    text: {
      en: 'Our team learns of decisions from their side effects rather than from the people who made them.',
      es: 'Nuestro equipo se entera de las decisiones por sus efectos secundarios y no por quienes las tomaron.',
      de: 'Unser Team erfährt von Entscheidungen eher durch ihre Nebenwirkungen als von den Leuten, die sie getroffen haben.',
      fr: 'Notre équipe apprend les décisions par leurs effets de bord plutôt que par ceux qui les ont prises.',
    },
    note: {
      en: 'Decisions that spread silently through their consequences.',
      es: 'Decisiones que se propagan en silencio a través de sus consecuencias.',
      de: 'Entscheidungen, die sich stillschweigend über ihre Folgen ausbreiten.',
      fr: 'Des décisions qui se propagent en silence par leurs conséquences.',
    },
  },
  {
    id: 'er.ai.1',
    dimension: 'execution',
    factor: 'ai',
    keyed: 'debt',
    text: {
      en: 'In our team, code or text generated with AI reaches users without a close human review.',
      es: 'En nuestro equipo, el código o el texto generado con IA llega a los usuarios sin una revisión humana atenta.',
      de: 'In unserem Team gelangt mit KI erzeugter Code oder Text ohne gründliche menschliche Prüfung zu den Nutzern.',
      fr: 'Dans notre équipe, du code ou du texte généré par IA parvient aux utilisateurs sans relecture humaine attentive.',
    },
    note: {
      en: 'Unreviewed AI output on its way to users. A team not using AI answers “not applicable to my role”.',
      es: 'Resultados de IA sin revisar que llegan a los usuarios. Si el equipo no usa IA, vale «no aplica a mi rol».',
      de: 'Ungeprüfte KI-Ergebnisse auf dem Weg zu den Nutzern. Ein Team, das keine KI nutzt, antwortet „trifft auf meine Rolle nicht zu“.',
      fr: 'Des productions d’IA non relues en route vers les utilisateurs. Une équipe qui n’utilise pas l’IA répond « sans objet pour mon rôle ».',
    },
  },
  {
    id: 'er.ai.2',
    dimension: 'execution',
    factor: 'ai',
    keyed: 'debt',
    text: {
      en: 'Since adopting AI tools, our team produces work faster than it can check it.',
      es: 'Desde que usa herramientas de IA, nuestro equipo produce trabajo más rápido de lo que puede revisarlo.',
      de: 'Seit unser Team KI-Werkzeuge nutzt, produziert es schneller Arbeit, als es prüfen kann.',
      fr: 'Depuis qu’elle utilise des outils d’IA, notre équipe produit du travail plus vite qu’elle ne peut le vérifier.',
    },
    note: {
      en: 'Speed that outpaces verification.',
      es: 'Velocidad que supera la capacidad de verificar.',
      de: 'Tempo, das der Überprüfung davonläuft.',
      fr: 'Une vitesse qui dépasse la vérification.',
    },
  },
  {
    id: 'er.ai.3',
    dimension: 'execution',
    factor: 'ai',
    keyed: 'health',
    text: {
      en: 'Our team has agreed which decisions AI tools may take without a person.',
      es: 'Nuestro equipo ha acordado qué decisiones pueden tomar las herramientas de IA sin una persona.',
      de: 'Unser Team hat vereinbart, welche Entscheidungen KI-Werkzeuge ohne einen Menschen treffen dürfen.',
      fr: 'Notre équipe a convenu des décisions que les outils d’IA peuvent prendre sans qu’une personne intervienne.',
    },
    note: {
      en: 'Explicit limits on what AI may decide without a person.',
      es: 'Límites explícitos sobre lo que la IA puede decidir sin una persona.',
      de: 'Klare Grenzen dafür, was KI ohne einen Menschen entscheiden darf.',
      fr: 'Des limites explicites à ce que l’IA peut décider sans intervention humaine.',
    },
  },
];
