import type { Page } from '@playwright/test';
import { test, expect } from './support/app-host';

// Every projector view of the demo workshop (many statements, evidence in both exercises, an
// agreed plan) at the two projector sizes: nothing clipped, nothing scrolling, text large enough.
// PROJECTOR_SHOTS=<dir> keeps the screenshots to look at.
const SHOTS = process.env.PROJECTOR_SHOTS;
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
] as const;

/** The elements whose text must never be cut: statements, labels, titles, chips and fields. */
const TEXT_SELECTORS = [
  '.present__title',
  '.present__prompt',
  '.present-prompt-large',
  '.present-statement__text',
  '.aggregate__factor-name',
  '.aggregate__mean',
  '.scale-legend__entry',
  '.present-row__title',
  '.present-chip',
  '.present-funnel__label',
  '.present-funnel__count',
  '.present-candidate__why',
  '.present-candidate__rank',
  '.present-action__fields dd',
  '.present-action__fields dt',
  '.pager__indicator',
  '.chart__title',
  '.present__answered',
  '.present-client__apart',
  '.present-client__keying',
  '.present-client__mean',
  '.present-client__others',
  '.present-client__withheld',
].join(', ');

interface Section {
  id: string;
  kind: string;
  dimensions: string[];
}

async function call<T>(page: Page, base: string, channel: string, data: unknown): Promise<T> {
  const reply = await page.request.post(`${base}/api/${channel}`, { data });
  expect(reply.ok(), `${channel}: ${await reply.text()}`).toBe(true);
  return (await reply.json()) as T;
}

/** What the room sees must fit: no text cut or overflowing, no page scroll, no ellipsis. */
async function expectNothingClipped(page: Page, what: string) {
  const problems = await page.evaluate((selectors) => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth)
      found.push(`page scrolls sideways (${root.scrollWidth})`);
    if (root.scrollHeight > root.clientHeight)
      found.push(`page scrolls down (${root.scrollHeight})`);
    for (const element of document.querySelectorAll<HTMLElement>(selectors)) {
      const style = getComputedStyle(element);
      if (element.offsetParent === null && style.position !== 'fixed') continue;
      if (element.scrollWidth > element.clientWidth) {
        found.push(`cut sideways: "${element.textContent?.slice(0, 60) ?? ''}"`);
      }
      if (style.textOverflow === 'ellipsis') found.push(`ellipsis: ${element.className}`);
    }
    return found;
  }, TEXT_SELECTORS);
  expect(problems, what).toEqual([]);
}

/** Body text at 1920 × 1080 is at least 24 px: the back of the room reads it. */
async function expectReadable(page: Page, selector: string, what: string) {
  const sizes = await page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => ({
      element: `${element.className}: ${element.textContent?.slice(0, 40) ?? ''}`,
      size: parseFloat(getComputedStyle(element).fontSize),
    })),
  );
  expect(sizes.length, what).toBeGreaterThan(0);
  expect(
    sizes.filter(({ size }) => size < 24),
    what,
  ).toEqual([]);
}

for (const language of ['en', 'es'] as const) {
  test(`every projector view fits at 1920×1080 and 1366×768 (${language})`, async ({
    page,
    appHost,
  }) => {
    test.setTimeout(180_000);
    const base = appHost.baseURL;
    const { id } = await call<{ id: string }>(page, base, 'workshop:openDemo', { language });
    // Three statements of the client's own, the longest they may be in words a facilitator writes:
    // the first answered by everyone, the second by two, fewer than any k (withheld), the third by none.
    const clientTexts =
      language === 'en'
        ? [
            'When priorities change in the middle of a sprint, someone tells us why before we are asked to switch, and the reason is written down where the whole team can find it again later.',
            'Our release calendar is decided by the people who build and run the service, not by a steering committee that meets once a month and rarely sees the pipeline.',
            'We know which customer promise each piece of work in progress supports.',
          ]
        : [
            'Cuando las prioridades cambian a mitad de un sprint, alguien nos explica el motivo antes de pedirnos el cambio, y ese motivo queda por escrito donde todo el equipo puede volver a encontrarlo.',
            'El calendario de entregas lo deciden las personas que construyen y operan el servicio, no un comité que se reúne una vez al mes y casi nunca ve el pipeline.',
            'Sabemos a qué compromiso con el cliente sirve cada trabajo en curso.',
          ];
    const clientIds: string[] = [];
    for (const [index, text] of clientTexts.entries()) {
      const added = await call<{ id: string }>(page, base, 'clientStatement:add', {
        workshopId: id,
        statement: { text, reversed: index === 1 },
      });
      clientIds.push(added.id);
    }
    const people = await call<{ id: string }[]>(page, base, 'participant:list', {
      workshopId: id,
    });
    for (const [index, person] of people.entries()) {
      const answers: [string, number | null | 'na'][] = [
        [clientIds[0] ?? '', index % 7 === 6 ? null : (index % 5) + 1],
        ...(index < 2 ? [[clientIds[1] ?? '', 4] as [string, number]] : []),
      ];
      for (const [statementId, value] of answers) {
        await call(page, base, 'clientStatement:answer', {
          workshopId: id,
          statementId,
          participantId: person.id,
          value,
        });
      }
    }
    const run = await call<{ agenda: Section[] }>(page, base, 'run:start', { workshopId: id });
    // The room agrees on two actions: one it wrote itself, one without a date or signal yet.
    await call(page, base, 'actions:save', {
      workshopId: id,
      title:
        language === 'en'
          ? 'Name one decider for each kind of release decision and write it in the team charter'
          : 'Nombrar a una persona que decida cada tipo de decisión de entrega y escribirlo en el acuerdo del equipo',
      owner: 'Dana Okafor',
      dueDate: '2027-01-15',
      successSignal:
        language === 'en'
          ? 'At the follow-up, everyone can say who decided the last three releases'
          : 'En el seguimiento, todo el mundo sabe quién decidió las tres últimas entregas',
      selected: true,
    });
    await call(page, base, 'actions:save', {
      workshopId: id,
      title:
        language === 'en'
          ? 'Show the running feature before calling it done'
          : 'Enseñar la funcionalidad funcionando antes de darla por hecha',
      selected: true,
    });

    const presenter = await page.context().newPage();
    await presenter.goto(`${base}/#/present/${id}`);
    // The wall speaks the workshop's language, the timer's words included.
    await expect(presenter.locator('.section-timer__state')).toHaveText(
      language === 'en' ? /^(running|paused)$/ : /^(en marcha|en pausa)$/,
    );
    const views: {
      kind: string;
      reveal: boolean;
      /** Pages turned with the arrow key before looking. */
      turn?: number;
      expect: (p: Page) => Promise<void>;
    }[] = [
      {
        kind: 'framing',
        reveal: false,
        expect: async (p) => expect(p.locator('.present-prompt-large')).toBeVisible(),
      },
      {
        kind: 'statements',
        reveal: true,
        expect: async (p) => {
          await expect(p.getByRole('region', { name: /Factors|Factores/ })).toBeVisible();
          await expect(p.locator('.scale-legend')).toBeVisible();
        },
      },
      {
        kind: 'client_statements',
        reveal: false,
        expect: async (p) => {
          await expect(p.locator('.present__answered')).toBeVisible();
          await expect(p.locator('.present-client__row')).toHaveCount(3);
          await expect(p.locator('.present-client__keying')).toHaveCount(1);
          await expect(p.locator('.dist')).toHaveCount(0);
        },
      },
      {
        kind: 'client_statements',
        reveal: true,
        expect: async (p) => {
          // One shown with its mean and bar; two withheld, with no figure and no bar.
          await expect(p.locator('.present-client__mean')).toHaveCount(1);
          await expect(p.locator('.present-statement .dist')).toHaveCount(1);
          await expect(p.locator('.present-client__withheld')).toHaveCount(2);
          await expect(p.locator('.present-client__keying')).toHaveCount(1);
          await expect(p.locator('.scale-legend')).toBeVisible();
        },
      },
      {
        kind: 'reality_check',
        reveal: false,
        expect: async (p) => {
          await expect(p.locator('.present-funnel')).toBeVisible();
          await expect(p.locator('.present-row').first()).toBeVisible();
        },
      },
      {
        kind: 'decision_replay',
        reveal: false,
        expect: async (p) => {
          await expect(p.locator('.present-checks')).toBeVisible();
          await expect(p.locator('.present-row').first()).toBeVisible();
        },
      },
      {
        kind: 'reveal',
        reveal: true,
        expect: async (p) => {
          await expect(p.locator('.present__maps--map figure')).toHaveCount(1);
          await expect(p.locator('.pager__indicator')).toBeVisible();
        },
      },
      {
        kind: 'reveal',
        reveal: true,
        turn: 1,
        expect: async (p) => {
          await expect(p.locator('.present__maps--web figure')).toHaveCount(1);
        },
      },
      {
        kind: 'revote',
        reveal: true,
        expect: async (p) => {
          await expect(p.locator('.aggregate__factor').first()).toBeVisible();
          // The section is named "Re-vote" once, not "Re-vote · Re-vote".
          await expect(p.locator('.present__round')).toHaveCount(0);
          await expect(p.locator('.pager__indicator')).toBeVisible();
        },
      },
      {
        kind: 'interventions',
        reveal: false,
        expect: async (p) => {
          await expect(p.locator('.present-candidate').first()).toBeVisible();
          await expect(p.locator('.present-candidate__why').first()).not.toBeEmpty();
        },
      },
      {
        kind: 'close',
        reveal: false,
        expect: async (p) => {
          await expect(p.locator('.present-action')).toHaveCount(2);
          await expect(p.getByText('Dana Okafor')).toBeVisible();
        },
      },
    ];

    for (const view of views) {
      const section = run.agenda.find((item) => item.kind === view.kind);
      if (!section) throw new Error(`no ${view.kind} section in the demo's agenda`);
      await call(page, base, view.kind === 'revote' ? 'run:revote' : 'run:goto', {
        workshopId: id,
        sectionId: section.id,
      });
      if (view.reveal) await call(page, base, 'run:reveal', { workshopId: id, revealed: true });
      await expect(presenter.locator('.present')).toHaveAttribute('data-kind', view.kind);
      for (let turn = 0; turn < (view.turn ?? 0); turn++) {
        await expect(presenter.locator('.pager__indicator')).toBeVisible();
        await presenter.keyboard.press('ArrowRight');
      }
      for (const size of SIZES) {
        await presenter.setViewportSize(size);
        await view.expect(presenter);
        // Fonts and the pager settle before anything is measured.
        await presenter.evaluate(() => document.fonts.ready);
        await expectNothingClipped(presenter, `${view.kind} at ${size.width}×${size.height}`);
        if (size.width === 1920) {
          await expectReadable(
            presenter,
            '.present-statement__text, .present-row__title, .present-candidate__why, .present-action__fields dd, .present-prompt-large, .aggregate__factor-name, .present__maps .chart__title, .present-client__mean, .present-client__withheld',
            view.kind,
          );
        }
        if (SHOTS) {
          await presenter.screenshot({
            path: `${SHOTS}/${language}-${view.kind}${view.reveal && view.kind === 'client_statements' ? '-revealed' : ''}${view.turn ? `-page${view.turn + 1}` : ''}-${size.width}x${size.height}.png`,
          });
        }
      }
    }
    // Nobody is named on the wall: no alias of the demo's participants appears on any view.
    const participants = await call<{ alias: string }[]>(page, base, 'participant:list', {
      workshopId: id,
    });
    const text = await presenter.locator('body').innerText();
    for (const { alias } of participants) expect(text).not.toContain(alias);
  });
}

test('a long section turns pages by itself and with the arrow keys', async ({ page, appHost }) => {
  const base = appHost.baseURL;
  const { id } = await call<{ id: string }>(page, base, 'workshop:openDemo', { language: 'en' });
  const run = await call<{ agenda: Section[] }>(page, base, 'run:start', { workshopId: id });
  const revote = run.agenda.find((item) => item.kind === 'revote');
  if (!revote) throw new Error('no re-vote section');
  await call(page, base, 'run:revote', { workshopId: id, sectionId: revote.id });
  await call(page, base, 'run:reveal', { workshopId: id, revealed: true });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${base}/#/present/${id}`);
  const indicator = page.locator('.pager__indicator');
  await expect(indicator).toContainText(/^Page 1 of \d+$/);
  const first = await page.locator('.pager__item').first().textContent();
  await page.keyboard.press('ArrowRight');
  await expect(indicator).toContainText(/^Page 2 of \d+$/);
  expect(await page.locator('.pager__item').first().textContent()).not.toBe(first);
  await page.keyboard.press('ArrowLeft');
  await expect(indicator).toContainText(/^Page 1 of \d+$/);
});

test('while the room joins, the address, QR code and join code fill half the projector', async ({
  page,
  appHost,
}) => {
  const base = appHost.baseURL;
  const { id } = await call<{ id: string }>(page, base, 'workshop:openDemo', { language: 'en' });
  const run = await call<{ agenda: Section[] }>(page, base, 'run:start', { workshopId: id });
  await call(page, base, 'room:open', { workshopId: id, address: '127.0.0.1', port: 0 });
  try {
    await expect
      .poll(async () => (await call<{ state: string }>(page, base, 'room:status', {})).state)
      .toBe('open');
    const { joinCode } = await call<{ joinCode: string }>(page, base, 'room:status', {});
    await page.goto(`${base}/#/present/${id}`);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await expect(page.getByText(joinCode, { exact: true })).toBeVisible();
      const qr = page.getByRole('img', { name: /^QR code of / });
      await expect(qr).toBeVisible();
      // Large enough to scan from the middle of the room: at least a third of the height.
      const box = await qr.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(size.height / 3);
      await expectNothingClipped(page, `joining at ${size.width}×${size.height}`);
      if (SHOTS)
        await page.screenshot({ path: `${SHOTS}/joining-${size.width}x${size.height}.png` });
    }
    // Once the room answers, the card becomes a strip below what the section shows.
    const statements = run.agenda.find((item) => item.kind === 'statements');
    if (!statements) throw new Error('no statements section');
    await call(page, base, 'run:goto', { workshopId: id, sectionId: statements.id });
    await expect(page.locator('.present')).not.toHaveClass(/present--joining/);
    const strip = await page.getByRole('img', { name: /^QR code of / }).boundingBox();
    expect(strip?.height ?? 0).toBeLessThan(SIZES[1].height / 4);
    await expectNothingClipped(page, 'join strip');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/join-strip-1366x768.png` });
  } finally {
    await call(page, base, 'room:close', {});
  }
});
