import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { JOIN_CODE_ALPHABET, makeJoinCode } from '../../../shared/room/schemas';
import { isPrivateIpv4, roomInterfaces } from '../../../src-main/room/room-controller';
import { serviceHarness } from '../../helpers/service-harness';

function info(address: string, internal = false, family: 'IPv4' | 'IPv6' = 'IPv4') {
  return { address, internal, family, netmask: '', mac: '', cidr: null } as NetworkInterfaceInfo;
}

describe('the addresses a room may use', () => {
  it('lists private IPv4 addresses and loopback for testing, never a public or wildcard one', () => {
    const listed = roomInterfaces({
      lo: [info('127.0.0.1', true), info('::1', true, 'IPv6')],
      wlan0: [info('192.168.1.23'), info('fe80::1', false, 'IPv6')],
      eth0: [info('10.2.3.4'), info('172.20.0.5')],
      docker0: [info('172.32.0.1')],
      wan: [info('81.2.69.160'), info('0.0.0.0')],
    });
    expect(listed).toEqual([
      { address: '10.2.3.4', name: 'eth0', kind: 'lan' },
      { address: '172.20.0.5', name: 'eth0', kind: 'lan' },
      { address: '192.168.1.23', name: 'wlan0', kind: 'lan' },
      { address: '127.0.0.1', name: 'loopback', kind: 'loopback' },
    ]);
    expect(isPrivateIpv4('172.15.0.1')).toBe(false);
    expect(isPrivateIpv4('192.169.0.1')).toBe(false);
  });

  it('makes 6-character codes from the unambiguous alphabet, every letter equally likely', () => {
    let byte = 0;
    const code = makeJoinCode(() => byte++ % 256);
    expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01OIL]/);
    // Bytes past the last whole multiple of 31 are rejected rather than folded onto early letters.
    const seen: number[] = [];
    const values = [255, 250, 248, 0, 1, 2, 3, 4, 5];
    makeJoinCode(() => {
      const next = values.shift() ?? 0;
      seen.push(next);
      return next;
    });
    expect(seen).toEqual([255, 250, 248, 0, 1, 2, 3, 4, 5]);
  });
});

describe('room channels', () => {
  it('opens only on a listed address, for a running workshop, and reports the URL, code and QR', async () => {
    const h = serviceHarness();
    const workshop = h.call('workshop:create', { title: 'Payments', date: '2026-05-04' });
    expect(h.call('room:status', {})).toMatchObject({ state: 'off', joinCode: null });
    expect(h.call('room:interfaces', {}).map((i) => i.address)).toContain('127.0.0.1');

    expect(h.fail('room:open', { workshopId: workshop.id, address: '0.0.0.0' })).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'address' }],
    });
    expect(h.fail('room:open', { workshopId: workshop.id, address: 'localhost' })).toMatchObject({
      code: 'invalid_input',
    });
    expect(
      h.fail('room:open', { workshopId: workshop.id, address: '127.0.0.1', port: 0 }),
    ).toMatchObject({ code: 'conflict' });

    h.call('run:start', { workshopId: workshop.id });
    const starting = h.call('room:open', {
      workshopId: workshop.id,
      address: '127.0.0.1',
      port: 0,
    });
    expect(starting.state).toBe('starting');
    let status = starting;
    for (let i = 0; i < 100 && status.state === 'starting'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      status = h.call('room:status', {});
    }
    try {
      expect(status).toMatchObject({ state: 'open', workshopId: workshop.id, locked: false });
      expect(status.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(status.joinCode).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
      expect(status.qrSvg).toMatch(/^<svg[^>]*>.*<\/svg>\s*$/s);
      const url = status.url ?? '';
      const page = await fetch(url, { redirect: 'manual' });
      expect(page.status).toBe(302);
      expect(page.headers.get('location')).toBe('/room');

      expect(h.call('room:lock', { locked: true }).locked).toBe(true);
      const rotated = h.call('room:rotateCode', {});
      expect(rotated.joinCode).not.toBe(status.joinCode);
      expect(h.call('room:devices', { workshopId: workshop.id })).toEqual([]);
      expect(
        h.fail('room:removeDevice', { workshopId: workshop.id, deviceId: 'nope' }),
      ).toMatchObject({ code: 'not_found' });
    } finally {
      expect(h.call('room:close', {}).state).toBe('off');
    }
    // Closing stops listening: the address no longer answers.
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(fetch(status.url ?? '')).rejects.toThrow();
  });
});
