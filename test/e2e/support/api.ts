import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** A contract channel over the facilitator's HTTP host; fails the test with the reply if refused. */
export async function api<T>(
  request: APIRequestContext,
  base: string,
  channel: string,
  input: unknown,
): Promise<T> {
  const reply = await request.post(`${base}/api/${channel}`, { data: input });
  expect(reply.ok(), `${channel}: ${await reply.text()}`).toBe(true);
  return (await reply.json()) as T;
}

export interface OpenRoom {
  url: string;
  joinCode: string;
}

/** Opens the workshop's room on loopback and waits until phones can reach it. */
export async function openRoom(
  request: APIRequestContext,
  base: string,
  workshopId: string,
): Promise<OpenRoom> {
  await api(request, base, 'room:open', { workshopId, address: '127.0.0.1', port: 0 });
  let status = { state: 'starting', url: '', joinCode: '' };
  await expect
    .poll(async () => {
      status = await api(request, base, 'room:status', {});
      return status.state;
    })
    .toBe('open');
  return { url: status.url, joinCode: status.joinCode };
}

/** A phone-sized browser context, as the room's participants hold it. */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/**
 * A phone that joined the room as `alias` (English UI). Close its context when done:
 * `await phone.context().close()`. `onJoinPage` runs while the phone shows the join page.
 */
export async function joinedPhone(
  browser: Browser,
  room: OpenRoom,
  alias: string,
  onJoinPage?: (phone: Page) => Promise<void>,
): Promise<Page> {
  const context = await browser.newContext(PHONE);
  const phone = await context.newPage();
  await phone.goto(room.url);
  await onJoinPage?.(phone);
  await phone.getByLabel('Join code').fill(room.joinCode);
  await phone.getByRole('button', { name: 'Continue' }).click();
  await phone.getByRole('button', { name: alias, exact: true }).click();
  await expect(phone.getByText(`You are ${alias}`)).toBeVisible();
  return phone;
}

/**
 * A workshop titled 'Payments diagnostic' on 2026-05-04 in English; `settings` adds to or
 * overrides those fields of 'workshop:create'. Returns its id.
 */
export async function createWorkshop(
  request: APIRequestContext,
  base: string,
  settings: Record<string, unknown> = {},
): Promise<string> {
  const workshop = await api<{ id: string }>(request, base, 'workshop:create', {
    title: 'Payments diagnostic',
    date: '2026-05-04',
    language: 'en',
    ...settings,
  });
  return workshop.id;
}

/** The run started and moved to its first section of `kind`. */
export async function runAt(
  request: APIRequestContext,
  base: string,
  workshopId: string,
  kind: string,
): Promise<void> {
  const view = await api<{ agenda: { id: string; kind: string }[] }>(request, base, 'run:start', {
    workshopId,
  });
  const section = view.agenda.find((s) => s.kind === kind);
  if (!section) throw new Error(`no ${kind} section`);
  await api(request, base, 'run:goto', { workshopId, sectionId: section.id });
}

/**
 * An English 1.0.0 workshop with k = 3 and three people (P1 engineering, P2 product, P3
 * leadership), its run on the first section of statements and its room open on loopback.
 */
export async function roomOnStatements(
  request: APIRequestContext,
  base: string,
): Promise<OpenRoom & { workshopId: string }> {
  const workshopId = await createWorkshop(request, base, {
    anonymityThreshold: 3,
    instrumentVersion: '1.0.0',
  });
  await api(request, base, 'participant:add', {
    workshopId,
    // Typed aliases: generated ones are drawn at random, and tests name phones by alias.
    participants: [
      { alias: 'P1', role: 'engineering' },
      { alias: 'P2', role: 'product' },
      { alias: 'P3', role: 'leadership' },
    ],
  });
  await runAt(request, base, workshopId, 'statements');
  return { workshopId, ...(await openRoom(request, base, workshopId)) };
}
