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
 * `await phone.context().close()`.
 */
export async function joinedPhone(browser: Browser, room: OpenRoom, alias: string): Promise<Page> {
  const context = await browser.newContext(PHONE);
  const phone = await context.newPage();
  await phone.goto(room.url);
  await phone.getByLabel('Join code').fill(room.joinCode);
  await phone.getByRole('button', { name: 'Continue' }).click();
  await phone.getByRole('button', { name: alias, exact: true }).click();
  await expect(phone.getByText(`You are ${alias}`)).toBeVisible();
  return phone;
}
