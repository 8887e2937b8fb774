import type Database from 'better-sqlite3';
import {
  TemplateClientStatement,
  TemplateSection,
  type AgendaTemplate,
} from '../../../shared/templates/agenda-template';
import { prepared } from './statements';

type Db = Database.Database;

interface TemplateRow {
  id: string;
  name: string;
  sections: string;
  client_statements: string;
  created_at: string;
  updated_at: string;
}

function toTemplate(row: TemplateRow): AgendaTemplate {
  return {
    id: row.id,
    name: row.name,
    sections: TemplateSection.array().parse(JSON.parse(row.sections)),
    clientStatements: TemplateClientStatement.array().parse(JSON.parse(row.client_statements)),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const COLUMNS = 'id, name, sections, client_statements, created_at, updated_at';

/** Every template, by name. */
export function listTemplates(db: Db): AgendaTemplate[] {
  const rows = prepared(
    db,
    `SELECT ${COLUMNS} FROM agenda_templates ORDER BY name COLLATE NOCASE, id`,
  ).all() as TemplateRow[];
  return rows.map(toTemplate);
}

export function getTemplate(db: Db, id: string): AgendaTemplate | undefined {
  const row = prepared(db, `SELECT ${COLUMNS} FROM agenda_templates WHERE id = ?`).get(id) as
    TemplateRow | undefined;
  return row ? toTemplate(row) : undefined;
}

/** The id of the template called `name` (any case), other than `exceptId`. */
export function templateNamed(db: Db, name: string, exceptId = ''): string | undefined {
  const row = prepared(db, 'SELECT id FROM agenda_templates WHERE name = ? AND id <> ?').get(
    name,
    exceptId,
  ) as { id: string } | undefined;
  return row?.id;
}

export function insertTemplate(db: Db, template: AgendaTemplate): void {
  prepared(
    db,
    `INSERT INTO agenda_templates (id, name, sections, client_statements, created_at, updated_at)
     VALUES (@id, @name, @sections, @clientStatements, @createdAt, @updatedAt)`,
  ).run({
    ...template,
    sections: JSON.stringify(template.sections),
    clientStatements: JSON.stringify(template.clientStatements),
  });
}

export function renameTemplate(db: Db, id: string, name: string, now: string): boolean {
  return (
    prepared(db, 'UPDATE agenda_templates SET name = ?, updated_at = ? WHERE id = ?').run(
      name,
      now,
      id,
    ).changes > 0
  );
}

export function deleteTemplate(db: Db, id: string): boolean {
  return prepared(db, 'DELETE FROM agenda_templates WHERE id = ?').run(id).changes > 0;
}
