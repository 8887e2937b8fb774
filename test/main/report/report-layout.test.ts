import { describe, expect, it } from 'vitest';
import { demoWorkshopFile } from '../../../shared/demo/demo-workshop';
import type { WorkshopFile } from '../../../shared/format/workshop-file';
import { makeReport, type ReportOptions } from '../../../src-main/report/make-report';
import { readPdfText } from '../../../src-main/report/pdf-text';
import { checkReport } from '../../../src-main/report/verify-report';
import { withClientStatements } from '../../helpers/client-statements-file';
import { brokenWords, reportViolations, wholeLabels } from '../../helpers/report-layout';

const GENERATED_AT = new Date('2026-11-21T10:00:00Z');

/** The demo room five times over: 60 people in the same three role groups. */
function sixtyPeople(): WorkshopFile {
  const demo = demoWorkshopFile();
  const copies = [0, 1, 2, 3, 4];
  return {
    ...demo,
    participants: copies.flatMap((copy) =>
      demo.participants.map((person, index) => ({
        ...person,
        id: `${person.id}-${copy}`,
        alias: `P${copy * demo.participants.length + index + 1}`,
      })),
    ),
    responses: copies.flatMap((copy) =>
      demo.responses.map((answer) => ({ ...answer, participant: `${answer.participant}-${copy}` })),
    ),
  };
}

/** The first `count` people of the demo and only their answers. */
function firstPeople(count: number): WorkshopFile {
  const demo = demoWorkshopFile();
  const kept = new Set(demo.participants.slice(0, count).map((person) => person.id));
  return {
    ...demo,
    participants: demo.participants.filter((person) => kept.has(person.id)),
    responses: demo.responses.filter((answer) => kept.has(answer.participant)),
  };
}

const CASES: [string, () => WorkshopFile][] = [
  ['the demo', () => demoWorkshopFile()],
  ['the Spanish demo', () => demoWorkshopFile({ language: 'es' })],
  ['the demo with client statements', () => withClientStatements(demoWorkshopFile())],
  [
    'the German demo with client statements',
    () => withClientStatements(demoWorkshopFile({ language: 'de' })),
  ],
  ['a 60-person workshop', sixtyPeople],
  ['a room below k', () => firstPeople(2)],
  [
    'a workshop without evidence',
    () => ({ ...demoWorkshopFile(), realityCheck: [], decisions: [] }),
  ],
  [
    'a single role group',
    () => {
      const demo = demoWorkshopFile();
      return {
        ...demo,
        participants: demo.participants.map((person) => ({ ...person, role: 'engineering' })),
      };
    },
  ],
];

/** An action plan as the app passes it once the room has agreed one. */
const AGREED_PLAN: ReportOptions['recommendations'] = [
  { title: 'Keep a decision log', owner: 'A. Romero', due: '2026-12-15', priority: 1 },
  { title: 'Name one owner per work item', owner: 'J. Li', due: '2027-01-10', priority: 2 },
  { title: 'Review reported progress against evidence', owner: 'M. Costa', priority: 3 },
];

describe('report layout rules, read back from the PDF', () => {
  const cases: [string, () => WorkshopFile, Partial<ReportOptions>][] = [
    ...CASES.map(([name, make]): [string, () => WorkshopFile, Partial<ReportOptions>] => [
      name,
      make,
      {},
    ]),
    ['the demo with an agreed plan', () => demoWorkshopFile(), { recommendations: AGREED_PLAN }],
    ['the demo marked as demonstration data', () => demoWorkshopFile(), { demo: true }],
    [
      'the Spanish demo marked as demonstration data',
      () => demoWorkshopFile({ language: 'es' }),
      { demo: true },
    ],
  ];
  for (const [name, make, options] of cases) {
    for (const flavour of ['full', 'brief'] as const) {
      it(`${name}, ${flavour}: no blank page, stranded heading, overlap, text off the page or cut word; verifies`, async () => {
        const file = make();
        const report = makeReport(file, { ...options, flavour, generatedAt: GENERATED_AT });
        const pages = await readPdfText(report.pdf);
        expect(pages.length).toBeGreaterThan(0);
        expect(reportViolations(pages)).toEqual([]);
        expect(brokenWords(pages, wholeLabels(report.model))).toEqual([]);
        // Untouched, it passes edw verify's check of every printed figure.
        expect(await checkReport(report.pdf, file)).toMatchObject({ kind: 'checked', ok: true });
      });
    }
  }
});
