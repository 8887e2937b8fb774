import type { Localized } from '../instrument/types';

/** Travels with every score and report; bump it whenever a formula or threshold below changes. */
export const MODEL_VERSION = '2.0.0';

/** A statement is flagged when more than this share of those who responded said "can't say". */
export const CANT_SAY_FLAG_SHARE = 0.3;
/**
 * A statement is flagged as mostly not applicable when more than half of those who responded to
 * it (an answer, "can't say" or "not applicable") said it does not concern their role: it may be
 * for another team, or this room may be the wrong one to ask. A flag, never a figure.
 */
export const NOT_APPLICABLE_FLAG_SHARE = 0.5;

/** Fewest participants whose answers make a statement or factor figure (below: insufficient). */
export const MIN_N = 3;

/** Standard deviation (0–100 scale) from which a room is "mixed", and from which it is "split". */
export const MIXED_SD = 20;
export const SPLIT_SD = 30;
/** A room is also split when at least this share sits at each end (≤ 25 and ≥ 75). */
export const SPLIT_CAMP_SHARE = 0.25;
export const LOW_CAMP_MAX = 25;
export const HIGH_CAMP_MIN = 75;

/** Weight of the observed execution gap in the headline (noisy-OR with the structural index). */
export const EVIDENCE_WEIGHT = 0.5;

/** Reality Check: how far a reported item is from proven (0 = proven, 1 = disproven). */
export const VERIFIED_GAP = { verified: 0, partly: 0.5, unknown: 0.75, not_verified: 1 } as const;
export const OWNER_GAP = { yes: 0, unclear: 0.5, no: 1 } as const;
export const REPLAYABLE_GAP = { yes: 0, unsure: 0.5, no: 1 } as const;
/**
 * Decision Replay: how hard a decision's record is to find again. A decision log or a ticket is
 * where the team looks; minutes and chat exist but are hard to search; one person's notes leave
 * with that person. Heuristic steps, not a measured scale (docs/scoring.md).
 */
export const RECORD_GAP = {
  decision_log: 0,
  ticket: 0.25,
  meeting_minutes: 0.25,
  team_chat: 0.5,
  other: 0.5,
  personal_notes: 0.75,
  nowhere: 1,
} as const;

/** The neutral point of the debt scale: a factor's whole interval must lie above it to be a finding. */
export const SURVEY_TRIGGER = 50;
/**
 * "Reported green, really red": when at least this many Reality Check items were checked and none
 * could be verified (each not verified or unknown), the headline is at least UNVERIFIED_FLOOR,
 * whatever the survey says. Fewer items are too few to overrule the room.
 */
export const UNVERIFIED_FLOOR_ENTRIES = 3;
export const UNVERIFIED_FLOOR = 50;
/** A participant who gives one answer to at least this many mixed-keyed statements of a dimension straight-lines it. */
export const STRAIGHT_LINE_MIN_ITEMS = 4;
/** Share of failing evidence (0–100) at which a symptom finding fires. */
export const EVIDENCE_TRIGGER = 50;
/** Reported work not verified fires earlier: one unverified item in four already matters. */
export const UNVERIFIED_TRIGGER = 25;
/** Perceived and observed figures this far apart (points) are flagged as a mismatch. */
export const MISMATCH_POINTS = 30;
/** Two shown role groups this far apart on a factor see a different reality. */
export const ROLE_GAP_POINTS = 25;
export const ROLE_GAP_HIGH_POINTS = 40;
/** Change in a factor's SD between rounds that counts as converging or diverging. */
export const CONVERGENCE_SD_CHANGE = 10;

/** Severity from a finding's strength (0–100). */
export const SEVERITY_CUTS = { critical: 80, high: 65, medium: 50 } as const;
/** Confidence from how many people (survey) or entries (evidence) stand behind a finding. */
export const SURVEY_CONFIDENCE_N = { high: 8, medium: 5 } as const;
export const EVIDENCE_CONFIDENCE_N = { high: 5, medium: 3 } as const;

export const BANDS = ['contained', 'accumulating', 'compounding', 'critical'] as const;
export type Band = (typeof BANDS)[number];

/** Lower bound of each band on the headline index (a band runs up to the next one's bound). */
export const BAND_FLOORS: Readonly<Record<Band, number>> = Object.freeze({
  contained: 0,
  accumulating: 25,
  compounding: 50,
  critical: 75,
});

export const BAND_LABELS: Readonly<Record<Band, Localized>> = Object.freeze({
  contained: { en: 'Contained', es: 'Contenida', de: 'Eingedämmt', fr: 'Contenue' },
  accumulating: { en: 'Accumulating', es: 'En acumulación', de: 'Wachsend', fr: 'Croissante' },
  compounding: { en: 'Compounding', es: 'En escalada', de: 'Eskalierend', fr: 'En escalade' },
  critical: { en: 'Critical', es: 'Crítica', de: 'Kritisch', fr: 'Critique' },
});

/**
 * How far the room agrees on a factor, by rwg(j) (James, Demaree & Wolf 1984) against a uniform
 * null for a five-point scale, read with LeBreton & Senter's (2008) bands. Agreement within one
 * room is what the room's own figures need; internal consistency (Cronbach's alpha) describes the
 * instrument across many rooms and is computed by scripts/instrument-alpha.ts, never per room.
 */
export const CONSENSUS_LEVELS = [
  'very_strong',
  'strong',
  'moderate',
  'weak',
  'none',
  'insufficient',
] as const;
export type ConsensusLevel = (typeof CONSENSUS_LEVELS)[number];

export const CONSENSUS_CUTS = {
  very_strong: 0.91,
  strong: 0.71,
  moderate: 0.51,
  weak: 0.31,
} as const;

/** Variance of answers spread evenly over a five-point scale: (5² − 1) / 12. */
export const RWG_NULL_VARIANCE = 2;

export const CONSENSUS_LABELS: Readonly<Record<ConsensusLevel, Localized>> = Object.freeze({
  very_strong: {
    en: 'The room agrees very strongly',
    es: 'La sala coincide muy claramente',
    de: 'Die Gruppe stimmt sehr stark überein',
    fr: 'La salle s’accorde très fortement',
  },
  strong: {
    en: 'The room agrees strongly',
    es: 'La sala coincide claramente',
    de: 'Die Gruppe stimmt stark überein',
    fr: 'La salle s’accorde fortement',
  },
  moderate: {
    en: 'The room agrees moderately',
    es: 'La sala coincide de forma moderada',
    de: 'Die Gruppe stimmt mäßig überein',
    fr: 'La salle s’accorde modérément',
  },
  weak: {
    en: 'The room agrees only weakly; read with care',
    es: 'La sala coincide poco; léase con cautela',
    de: 'Die Gruppe stimmt nur schwach überein; mit Vorsicht lesen',
    fr: 'La salle ne s’accorde que faiblement ; à lire avec prudence',
  },
  none: {
    en: 'The room does not agree: people describe different experiences',
    es: 'La sala no coincide: cada cual describe una experiencia distinta',
    de: 'Die Gruppe stimmt nicht überein: Die Menschen beschreiben unterschiedliche Erfahrungen',
    fr: 'La salle ne s’accorde pas : les personnes décrivent des expériences différentes',
  },
  insufficient: {
    en: 'Not enough answers to judge agreement',
    es: 'No hay suficientes respuestas para valorar el acuerdo',
    de: 'Nicht genug Antworten, um die Übereinstimmung zu beurteilen',
    fr: 'Pas assez de réponses pour juger de l’accord',
  },
});

export const AGREEMENTS = ['consensus', 'mixed', 'split', 'insufficient'] as const;
export type Agreement = (typeof AGREEMENTS)[number];

export const AGREEMENT_LABELS: Readonly<Record<Agreement, Localized>> = Object.freeze({
  consensus: {
    en: 'Room agrees',
    es: 'La sala coincide',
    de: 'Gruppe einig',
    fr: 'Salle d’accord',
  },
  mixed: {
    en: 'Views differ',
    es: 'Opiniones diversas',
    de: 'Sichtweisen gehen auseinander',
    fr: 'Avis partagés',
  },
  split: { en: 'Split room', es: 'Sala dividida', de: 'Gruppe gespalten', fr: 'Salle divisée' },
  insufficient: {
    en: 'Not enough answers',
    es: 'Respuestas insuficientes',
    de: 'Nicht genug Antworten',
    fr: 'Pas assez de réponses',
  },
});
