import { randomUUID } from 'node:crypto';
import { ApiError } from '../../shared/api/errors';
import type { Handlers } from '../../shared/api/contract';
import {
  defaultAgenda,
  placeClientStatementsSection,
  sectionFromPlan,
} from '../../shared/run/agenda';
import { titleSlug } from '../../shared/format/title-slug';
import {
  templateClientStatements,
  templateFile,
  templateSections,
  type AgendaTemplate,
  type TemplateClientStatement,
  type TemplateSection,
} from '../../shared/templates/agenda-template';
import { validateTemplateFile } from '../../shared/templates/validate-template-file';
import { listAgenda, saveAgenda } from '../store/repositories/agenda';
import {
  insertClientStatement,
  listClientStatements,
} from '../store/repositories/client-statements';
import {
  deleteTemplate,
  getTemplate,
  insertTemplate,
  listTemplates,
  renameTemplate,
  templateNamed,
} from '../store/repositories/agenda-templates';
import { syncClientStatementsSection } from './client-statements-agenda';
import { nowIso, type Db, type ServiceDeps } from './service-deps';
import { notFound } from './service-errors';
import { requireWorkshop, workshopHandlers } from './workshop-service';

type TemplateChannel =
  | 'template:list'
  | 'template:save'
  | 'template:rename'
  | 'template:delete'
  | 'template:startWorkshop'
  | 'template:export'
  | 'template:import';

function requireTemplate(db: Db, id: string): AgendaTemplate {
  const template = getTemplate(db, id);
  if (!template) throw notFound('agenda template', id);
  return template;
}

function requireFreeName(db: Db, name: string, exceptId = ''): void {
  if (templateNamed(db, name, exceptId)) {
    throw new ApiError('conflict', `An agenda template called "${name}" already exists.`, [
      { path: 'name', message: 'is already taken by another template', code: 'name_taken' },
    ]);
  }
}

/** `name`, or `name (2)`, `name (3)`… the first not taken, kept within the name limit. */
function freeName(db: Db, name: string): string {
  if (!templateNamed(db, name)) return name;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const candidate = `${name.slice(0, 80 - suffix.length).trimEnd()}${suffix}`;
    if (!templateNamed(db, candidate)) return candidate;
  }
}

/** Named, reusable agendas: saved from a workshop or a file, and the start of new workshops. */
export function templatesHandlers(db: Db, deps: ServiceDeps): Pick<Handlers, TemplateChannel> {
  const createWorkshop = workshopHandlers(db, deps)['workshop:create'];

  const store = (
    name: string,
    sections: TemplateSection[],
    clientStatements: TemplateClientStatement[],
  ): AgendaTemplate => {
    const now = nowIso(deps.clock);
    const template = {
      id: randomUUID(),
      name,
      sections,
      clientStatements,
      createdAt: now,
      updatedAt: now,
    };
    insertTemplate(db, template);
    return template;
  };

  const save = db.transaction((workshopId: string, name: string): AgendaTemplate => {
    requireWorkshop(db, workshopId);
    requireFreeName(db, name);
    const agenda = listAgenda(db, workshopId);
    const statements = listClientStatements(db, workshopId);
    // A draft's agenda is the default one until its run starts, with the client statements'
    // section the run will give it, so the template plans what the room will be asked.
    const planned =
      agenda.length > 0
        ? agenda
        : placeClientStatementsSection(
            defaultAgenda(randomUUID),
            statements.length > 0,
            randomUUID,
          );
    return store(name, templateSections(planned), templateClientStatements(statements));
  });

  const rename = db.transaction((id: string, name: string): AgendaTemplate => {
    requireTemplate(db, id);
    requireFreeName(db, name, id);
    renameTemplate(db, id, name, nowIso(deps.clock));
    return requireTemplate(db, id);
  });

  const startWorkshop = db.transaction(
    (
      templateId: string,
      draft: Parameters<Handlers['workshop:create']>[0],
    ): ReturnType<Handlers['workshop:create']> => {
      const template = requireTemplate(db, templateId);
      const workshop = createWorkshop(draft);
      saveAgenda(
        db,
        workshop.id,
        template.sections.map((section) => ({
          ...sectionFromPlan(section, randomUUID()),
          skipped: section.skipped,
        })),
      );
      const now = nowIso(deps.clock);
      for (const statement of template.clientStatements) {
        insertClientStatement(db, { id: randomUUID(), workshopId: workshop.id, ...statement, now });
      }
      // A file may plan a client statements section without statements (it waits, skipped, in
      // its place) or statements without one (one is added): as everywhere, the room is asked
      // them exactly when there are some.
      syncClientStatementsSection(db, workshop.id);
      return workshop;
    },
  );

  const importFile = db.transaction((text: string): AgendaTemplate => {
    const checked = validateTemplateFile(text);
    if (!checked.ok) {
      const [first] = checked.issues;
      const where = first?.path ? `${first.path} ` : '';
      throw new ApiError(
        checked.tooLarge ? 'too_large' : 'invalid_input',
        `Not a valid agenda template file: ${where}${first?.message ?? 'is invalid'}`,
        checked.issues,
      );
    }
    const { name, sections, clientStatements } = checked.file;
    return store(freeName(db, name), sections, clientStatements);
  });

  return {
    'template:list': () => listTemplates(db),
    'template:save': ({ workshopId, name }) => save(workshopId, name),
    'template:rename': ({ id, name }) => rename(id, name),
    'template:delete': ({ id }) => {
      if (!deleteTemplate(db, id)) throw notFound('agenda template', id);
      return { id };
    },
    'template:startWorkshop': ({ templateId, draft }) => startWorkshop(templateId, draft),
    'template:export': ({ id }) => {
      const template = requireTemplate(db, id);
      return {
        filename: `${titleSlug(template.name)}.edw-template.json`,
        text: `${JSON.stringify(templateFile(template), null, 2)}\n`,
      };
    },
    'template:import': ({ text }) => importFile(text),
  };
}
