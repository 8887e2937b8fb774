import type Database from 'better-sqlite3';
import { isEmptyBranding, type Branding } from '../../../shared/branding/branding';
import { prepared } from './statements';

type Db = Database.Database;

interface BrandingRow {
  firm_name: string;
  footer: string;
  accent: string | null;
  accent_text: string | null;
  logo: Buffer | null;
  logo_width: number | null;
  logo_height: number | null;
}

const FIELDS = 'firm_name, footer, accent, accent_text, logo, logo_width, logo_height';

function fromRow(row: BrandingRow | undefined): Branding | undefined {
  if (!row) return undefined;
  return {
    firmName: row.firm_name,
    footer: row.footer,
    accent: row.accent,
    accentText: row.accent_text,
    logo:
      row.logo && row.logo_width !== null && row.logo_height !== null
        ? { base64: row.logo.toString('base64'), width: row.logo_width, height: row.logo_height }
        : null,
  };
}

function toParams(branding: Branding, now: string) {
  return {
    firmName: branding.firmName,
    footer: branding.footer,
    accent: branding.accent,
    accentText: branding.accentText,
    logo: branding.logo ? Buffer.from(branding.logo.base64, 'base64') : null,
    logoWidth: branding.logo?.width ?? null,
    logoHeight: branding.logo?.height ?? null,
    now,
  };
}

const VALUES = '@firmName, @footer, @accent, @accentText, @logo, @logoWidth, @logoHeight, @now';
const UPDATE = `firm_name = excluded.firm_name, footer = excluded.footer, accent = excluded.accent,
  accent_text = excluded.accent_text, logo = excluded.logo, logo_width = excluded.logo_width,
  logo_height = excluded.logo_height, updated_at = excluded.updated_at`;

/** The installation's branding, or undefined while none was saved. */
export function getInstallationBranding(db: Db): Branding | undefined {
  return fromRow(
    prepared(db, `SELECT ${FIELDS} FROM installation_branding WHERE id = 1`).get() as
      BrandingRow | undefined,
  );
}

/** Writes the installation's branding; it must have been checked (`checkBranding`). */
export function saveInstallationBranding(db: Db, branding: Branding, now: string): void {
  prepared(
    db,
    `INSERT INTO installation_branding (id, ${FIELDS}, updated_at) VALUES (1, ${VALUES})
     ON CONFLICT (id) DO UPDATE SET ${UPDATE}`,
  ).run(toParams(branding, now));
}

/** A workshop's own branding (replacing the installation's whole), or undefined when it has none. */
export function getWorkshopBranding(db: Db, workshopId: string): Branding | undefined {
  return fromRow(
    prepared(db, `SELECT ${FIELDS} FROM workshop_branding WHERE workshop_id = ?`).get(
      workshopId,
    ) as BrandingRow | undefined,
  );
}

/** Writes a workshop's own branding; it must have been checked (`checkBranding`). */
export function saveWorkshopBranding(
  db: Db,
  workshopId: string,
  branding: Branding,
  now: string,
): void {
  prepared(
    db,
    `INSERT INTO workshop_branding (workshop_id, ${FIELDS}, updated_at)
     VALUES (@workshopId, ${VALUES})
     ON CONFLICT (workshop_id) DO UPDATE SET ${UPDATE}`,
  ).run({ workshopId, ...toParams(branding, now) });
}

/** Drops a workshop's own branding, so the installation's applies again. */
export function clearWorkshopBranding(db: Db, workshopId: string): void {
  prepared(db, 'DELETE FROM workshop_branding WHERE workshop_id = ?').run(workshopId);
}

/**
 * What a workshop prints: its own branding, else the installation's; undefined when that changes
 * nothing (none saved, or an override left empty to print the app's own look).
 */
export function brandingFor(db: Db, workshopId: string): Branding | undefined {
  const branding = getWorkshopBranding(db, workshopId) ?? getInstallationBranding(db);
  return branding && !isEmptyBranding(branding) ? branding : undefined;
}
