import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { listAgenda } from '../../../src-main/store/repositories/agenda';
import { listClientStatements } from '../../../src-main/store/repositories/client-statements';
import { addClientStatement } from '../../../src-main/services/client-statement-service';
import { serviceHarness, type Harness } from '../../helpers/service-harness';

const DRAFT = {
  title: 'Payments platform',
  client: 'Acme Bank',
  team: 'Payments',
  date: '2026-03-02',
  facilitator: 'Ana Pérez',
  language: 'en' as const,
  anonymityThreshold: 4,
  notes: '',
  roleGroups: ['leadership', 'engineering'],
};

/** A workshop whose agenda was reshaped: moved, skipped, added to and re-timed. */
function shapedWorkshop(h: Harness) {
  const workshop = h.call('workshop:create', DRAFT);
  h.call('participant:add', {
    workshopId: workshop.id,
    participants: [{ alias: 'Fox', role: 'leadership', name: 'Ana Ruiz' }],
  });
  const run = h.call('run:start', { workshopId: workshop.id });
  const [framing, human] = run.agenda;
  if (!framing || !human) throw new Error('no default agenda');
  h.call('agenda:move', { workshopId: workshop.id, sectionId: human.id, toIndex: 0 });
  h.call('agenda:skip', { workshopId: workshop.id, sectionId: framing.id, skipped: true });
  h.call('agenda:configure', { workshopId: workshop.id, sectionId: human.id, minutes: 17 });
  h.call('agenda:extend', { workshopId: workshop.id, sectionId: human.id, minutes: 5 });
  h.call('agenda:add', {
    workshopId: workshop.id,
    title: 'Coffee',
    prompt: 'Ten minutes',
    minutes: 10,
    afterSectionId: human.id,
  });
  const clock = () => new Date('2026-03-02T10:00:00Z');
  addClientStatement(h.db, clock, {
    workshopId: workshop.id,
    statement: { text: 'We ship every Friday' },
  });
  addClientStatement(h.db, clock, {
    workshopId: workshop.id,
    statement: { text: 'Priorities change every week', reversed: true },
  });
  return workshop;
}

const CLIENT_STATEMENTS = [
  { text: 'We ship every Friday', reversed: false },
  { text: 'Priorities change every week', reversed: true },
];

const planOf = (section: {
  kind: string;
  title: string;
  prompt: string;
  dimensions: string[];
  timeboxMs: number;
  skipped: boolean;
}) => ({
  kind: section.kind,
  title: section.title,
  prompt: section.prompt,
  dimensions: section.dimensions,
  timeboxMs: section.timeboxMs,
  skipped: section.skipped,
});

describe('agenda templates', () => {
  it('saves a workshop agenda, lists it and starts a new workshop with the same agenda', () => {
    const h = serviceHarness();
    const source = shapedWorkshop(h);
    const template = h.call('template:save', { workshopId: source.id, name: '  Half day  ' });
    expect(template.name).toBe('Half day');
    expect(h.call('template:list', {}).map((item) => item.name)).toEqual(['Half day']);

    const fresh = h.call('template:startWorkshop', {
      templateId: template.id,
      draft: { ...DRAFT, title: 'Cards platform' },
    });
    expect(fresh.status).toBe('draft');
    expect(fresh.title).toBe('Cards platform');
    const copied = listAgenda(h.db, fresh.id);
    expect(copied.map(planOf)).toEqual(listAgenda(h.db, source.id).map(planOf));
    // The run history stays with the workshop it happened in.
    expect(copied.every((section) => section.extraMs === 0 && section.timerElapsedMs === 0)).toBe(
      true,
    );
    expect(h.call('participant:list', { workshopId: fresh.id })).toEqual([]);
    // The client's own statements come along, in order, without their answers.
    expect(template.clientStatements).toEqual(CLIENT_STATEMENTS);
    expect(
      listClientStatements(h.db, fresh.id).map(({ text, reversed }) => ({ text, reversed })),
    ).toEqual(CLIENT_STATEMENTS);
    // Starting the run keeps the template's agenda instead of the default one.
    const run = h.call('run:start', { workshopId: fresh.id });
    expect(run.agenda[0]?.dimensions).toEqual(['human']);
    expect(run.agenda[0]?.timeboxMs).toBe(17 * 60_000);
  });

  it('saves the default agenda of a draft whose run has not started', () => {
    const h = serviceHarness();
    const draft = h.call('workshop:create', DRAFT);
    const template = h.call('template:save', { workshopId: draft.id, name: 'Standard' });
    expect(template.sections).toHaveLength(11);
    expect(template.sections[0]).toMatchObject({ kind: 'framing', minutes: 10 });
  });

  it("plans a draft's client statements section, and asks it in a workshop exactly when it has statements", () => {
    const h = serviceHarness();
    const draft = h.call('workshop:create', DRAFT);
    h.call('clientStatement:add', {
      workshopId: draft.id,
      statement: { text: 'We ship on Fridays' },
    });
    const template = h.call('template:save', { workshopId: draft.id, name: 'With the client' });
    expect(template.sections.map((s) => s.kind).slice(4, 6)).toEqual([
      'statements',
      'client_statements',
    ]);
    const started = h.call('template:startWorkshop', { templateId: template.id, draft: DRAFT });
    expect(listAgenda(h.db, started.id).filter((s) => s.kind === 'client_statements')).toHaveLength(
      1,
    );

    // A hand-written file planning the section without statements: it waits there, skipped,
    // and is asked once the workshop has statements.
    const file = {
      format: 'edw-agenda-template',
      version: 1,
      name: 'Section only',
      sections: [
        { kind: 'framing', title: '', prompt: '', dimensions: [], minutes: 10 },
        { kind: 'client_statements', title: '', prompt: '', dimensions: [], minutes: 8 },
      ],
    };
    const imported = h.call('template:import', { text: JSON.stringify(file) });
    const bare = h.call('template:startWorkshop', { templateId: imported.id, draft: DRAFT });
    expect(listAgenda(h.db, bare.id).map((s) => [s.kind, s.skipped])).toEqual([
      ['framing', false],
      ['client_statements', true],
    ]);
    h.call('clientStatement:add', {
      workshopId: bare.id,
      statement: { text: 'We ship on Fridays' },
    });
    expect(listAgenda(h.db, bare.id).map((s) => [s.kind, s.skipped])).toEqual([
      ['framing', false],
      ['client_statements', false],
    ]);
  });

  it('renames and deletes, refusing taken names, long names and unknown ids', () => {
    const h = serviceHarness();
    const draft = h.call('workshop:create', DRAFT);
    const first = h.call('template:save', { workshopId: draft.id, name: 'Standard' });
    const second = h.call('template:save', { workshopId: draft.id, name: 'Short' });

    expect(h.fail('template:save', { workshopId: draft.id, name: 'STANDARD' })).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('already exists') as unknown,
    });
    expect(h.fail('template:rename', { id: second.id, name: 'standard' }).code).toBe('conflict');
    const long = h.fail('template:save', { workshopId: draft.id, name: 'x'.repeat(81) });
    expect(long.code).toBe('invalid_input');
    expect(long.issues?.[0]).toMatchObject({
      path: 'name',
      message: expect.stringContaining('80') as unknown,
    });
    expect(h.fail('template:save', { workshopId: draft.id, name: '   ' }).code).toBe(
      'invalid_input',
    );
    expect(h.fail('template:save', { workshopId: 'nope', name: 'Other' }).code).toBe('not_found');

    const renamed = h.call('template:rename', { id: first.id, name: 'Full day' });
    expect(renamed.name).toBe('Full day');
    // Renaming to its own name in another case is not a clash with itself.
    expect(h.call('template:rename', { id: first.id, name: 'FULL DAY' }).name).toBe('FULL DAY');

    expect(h.call('template:delete', { id: second.id })).toEqual({ id: second.id });
    expect(h.call('template:list', {}).map((item) => item.id)).toEqual([first.id]);
    for (const [channel, input] of [
      ['template:delete', { id: second.id }],
      ['template:rename', { id: 'nope', name: 'X' }],
      ['template:export', { id: 'nope' }],
      ['template:startWorkshop', { templateId: 'nope', draft: DRAFT }],
    ] as const) {
      expect(h.fail(channel, input)).toMatchObject({ code: 'not_found' });
    }
    // Starting from an unknown template leaves no workshop behind.
    expect(h.call('workshop:list', { query: '' })).toHaveLength(1);
  });

  it('keeps templates in the store file', () => {
    const h = serviceHarness();
    const draft = h.call('workshop:create', DRAFT);
    h.call('template:save', { workshopId: draft.id, name: 'Standard' });
    const reopened = new Database(h.file, { readonly: true });
    try {
      expect(reopened.prepare('SELECT name FROM agenda_templates').all()).toEqual([
        { name: 'Standard' },
      ]);
    } finally {
      reopened.close();
    }
  });
});

describe('agenda template files', () => {
  it('round-trips through export and import with nothing about the workshop in the file', () => {
    const h = serviceHarness();
    const source = shapedWorkshop(h);
    const template = h.call('template:save', { workshopId: source.id, name: 'Half day' });
    const exported = h.call('template:export', { id: template.id });
    expect(exported.filename).toBe('half-day.edw-template.json');
    const parsed = JSON.parse(exported.text) as Record<string, unknown>;
    expect(Object.keys(parsed).sort()).toEqual([
      'clientStatements',
      'format',
      'name',
      'sections',
      'version',
    ]);
    expect(parsed.clientStatements).toEqual(CLIENT_STATEMENTS);
    expect(parsed).toMatchObject({ format: 'edw-agenda-template', version: 1 });
    for (const secret of ['Acme Bank', 'Ana Ruiz', 'Ana Pérez', 'Payments platform', 'Fox']) {
      expect(exported.text).not.toContain(secret);
    }

    const imported = h.call('template:import', { text: exported.text });
    // Same name already here: the import is kept under the next free one.
    expect(imported.name).toBe('Half day (2)');
    expect(imported.sections).toEqual(template.sections);
    expect(imported.clientStatements).toEqual(CLIENT_STATEMENTS);
  });

  const valid = {
    format: 'edw-agenda-template',
    version: 1,
    name: 'Imported',
    sections: [{ kind: 'framing', title: '', prompt: '', dimensions: [], minutes: 10 }],
  };
  const cases: [string, string, string, string][] = [
    ['not JSON', '{"format": ', 'invalid_input', 'is not JSON'],
    [
      'a workshop file',
      JSON.stringify({ ...valid, format: 'edw-workshop' }),
      'invalid_input',
      'format must be "edw-agenda-template"',
    ],
    ['a newer version', JSON.stringify({ ...valid, version: 2 }), 'invalid_input', 'version is 2'],
    [
      'too large',
      JSON.stringify({ ...valid, name: 'x'.repeat(70 * 1024) }),
      'too_large',
      'larger than 64 KB',
    ],
    [
      'an unknown kind',
      JSON.stringify({ ...valid, sections: [{ ...valid.sections[0], kind: 'lunch' }] }),
      'invalid_input',
      'sections.0.kind',
    ],
    [
      'no sections',
      JSON.stringify({ ...valid, sections: [] }),
      'invalid_input',
      'sections needs at least one section',
    ],
    [
      'a zero-minute section',
      JSON.stringify({ ...valid, sections: [{ ...valid.sections[0], minutes: 0 }] }),
      'invalid_input',
      'sections.0.minutes',
    ],
    [
      'an unknown dimension',
      JSON.stringify({ ...valid, sections: [{ ...valid.sections[0], dimensions: ['money'] }] }),
      'invalid_input',
      'sections.0.dimensions',
    ],
    [
      'participants',
      JSON.stringify({ ...valid, participants: [{ name: 'Ana' }] }),
      'invalid_input',
      'participants',
    ],
    [
      'answers in a section',
      JSON.stringify({ ...valid, sections: [{ ...valid.sections[0], answers: [4] }] }),
      'invalid_input',
      'answers',
    ],
    [
      'eleven client statements',
      JSON.stringify({
        ...valid,
        clientStatements: Array.from({ length: 11 }, (_, i) => ({ text: `S${i}` })),
      }),
      'invalid_input',
      'clientStatements allows at most 10 client statements',
    ],
    [
      'answers to a client statement',
      JSON.stringify({ ...valid, clientStatements: [{ text: 'We ship', answers: [5] }] }),
      'invalid_input',
      'answers',
    ],
  ];
  it.each(cases)('refuses %s with a specific error and stores nothing', (_, text, code, detail) => {
    const h = serviceHarness();
    const error = h.fail('template:import', { text });
    expect(error.code).toBe(code);
    expect(error.message).toContain(detail);
    expect(h.call('template:list', {})).toEqual([]);
  });

  it('gives the file-level refusals a code and values the UI can say in its own language', () => {
    const h = serviceHarness();
    const first = (text: string) => h.fail('template:import', { text }).issues?.[0];
    expect(first('x'.repeat(70 * 1024))).toMatchObject({ code: 'too_large', params: { max: 64 } });
    expect(first('{')).toMatchObject({ code: 'not_json' });
    expect(first('{"format":"edw-workshop"}')).toMatchObject({ code: 'wrong_format' });
    expect(first(JSON.stringify({ ...valid, version: 2 }))).toMatchObject({
      code: 'wrong_version',
      params: { version: '2', supported: 1 },
    });
  });

  it('imports a valid hand-written file', () => {
    const h = serviceHarness();
    const imported = h.call('template:import', { text: JSON.stringify(valid) });
    expect(imported.sections).toEqual([{ ...valid.sections[0], skipped: false }]);
    // A file without client statements (version 1 began without them) has none.
    expect(imported.clientStatements).toEqual([]);
  });
});
