import type { TFunction } from 'i18next';
import { DEFAULT_ROLE_GROUPS, type WorkshopStatus } from '../../shared/domain/workshop';
import { defaultRoleId } from '../../shared/report/texts';
import { describeFieldMessage } from '../forms/field-errors';

/**
 * A role group as shown: the default ones translated, whichever language they were stored in (the
 * demo and pasted lists store "ingeniería" or "Entwicklung"; the report names them the same way),
 * the facilitator's own as typed.
 */
export function roleLabel(t: TFunction, role: string): string {
  const id = defaultRoleId(role);
  return id === undefined ? role : t(`roles.${id}`);
}

/** Translated names of the default role groups in every language, lower-cased, for paste matching. */
export function roleSynonyms(t: TFunction, languages: readonly string[]): Record<string, string> {
  const synonyms: Record<string, string> = {};
  for (const role of DEFAULT_ROLE_GROUPS) {
    for (const lng of languages) synonyms[t(`roles.${role}`, { lng }).toLowerCase()] = role;
  }
  return synonyms;
}

export function statusLabel(t: TFunction, status: WorkshopStatus): string {
  return t(`statuses.${status}`);
}

/**
 * A stored calendar date (YYYY-MM-DD) written the way the UI language writes dates; `full` adds
 * the weekday and the month's name.
 */
export function formatDate(
  date: string,
  language: string,
  style: 'medium' | 'full' = 'medium',
): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return dateFormat(language, style).format(parsed);
}

/**
 * One formatter per language and style: making one costs far more than using it, and a list of
 * workshops (the portfolio's chooser, the home screen) writes dozens of dates at once.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(language: string, style: 'medium' | 'full'): Intl.DateTimeFormat {
  const key = `${language}|${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    // UTC on both sides, so the day never shifts with the laptop's time zone.
    format = new Intl.DateTimeFormat(language, { dateStyle: style, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * What a date field says beside itself: Chromium writes `<input type=date>` in the browser's
 * locale whatever the page's `lang` (tried: en-US's mm/dd/yyyy under a German page), so the
 * chosen date is also written out in the UI language. Empty for no or a half-typed date.
 */
export function dateEcho(date: string, language: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? formatDate(date, language, 'full') : '';
}

/** A field message from the schema or host, in the UI language. */
export function fieldMessage(t: TFunction, message: string): string {
  const { key, values = {} } = describeFieldMessage(message);
  if (key === 'errors.roleGroupsInUse' && typeof values.names === 'string') {
    // The host quotes stored role ids ("leadership"); show them as the chips do.
    values.names = values.names.replace(
      /"([^"]+)"/g,
      (_, role: string) => `“${roleLabel(t, role)}”`,
    );
  }
  return t(key, values);
}

/** Today's date on this laptop, as the form's default (YYYY-MM-DD). */
export function todayIso(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
