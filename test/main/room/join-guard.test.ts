import { describe, expect, it } from 'vitest';
import { createJoinGuard } from '../../../src-main/room/join-guard';

function fakeClock() {
  let t = Date.parse('2026-05-04T09:00:00Z');
  return {
    now: () => t,
    advance(ms: number) {
      t += ms;
    },
  };
}

const TOKEN = 'ab'.repeat(16);

describe('the join guard', () => {
  it('lets three wrong codes pass, then doubles the wait from 1 s up to 5 minutes', () => {
    const clock = fakeClock();
    const guard = createJoinGuard({ now: clock.now, attemptsPerMinute: 1000 });
    const who = { address: '10.0.0.7' };
    const waits: number[] = [];
    for (let i = 0; i < 14; i++) {
      expect(guard.attempt(who)).toBe(0);
      guard.wrong(who);
      const wait = guard.attempt(who);
      waits.push(wait);
      clock.advance(wait);
    }
    expect(waits).toEqual([
      0, 0, 0, 1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 128_000, 256_000, 300_000,
      300_000,
    ]);
    // Another address owes nothing for this one.
    expect(guard.attempt({ address: '10.0.0.8' })).toBe(0);
  });

  it('forgets the count after a right code, or after 15 quiet minutes', () => {
    const clock = fakeClock();
    const guard = createJoinGuard({ now: clock.now });
    const who = { address: '10.0.0.7' };
    for (let i = 0; i < 4; i++) guard.wrong(who);
    expect(guard.attempt(who)).toBe(1_000);
    clock.advance(1_000);
    expect(guard.attempt(who)).toBe(0);
    guard.right(who);
    guard.wrong(who);
    expect(guard.attempt(who)).toBe(0);

    for (let i = 0; i < 6; i++) guard.wrong(who);
    expect(guard.attempt(who)).toBeGreaterThan(0);
    clock.advance(15 * 60_000);
    expect(guard.attempt(who)).toBe(0);
    guard.wrong(who);
    expect(guard.attempt(who)).toBe(0);
  });

  it('holds a device cookie to its count on any address; a cookie not shaped like a token is ignored', () => {
    const clock = fakeClock();
    const guard = createJoinGuard({ now: clock.now });
    for (let i = 0; i < 4; i++) guard.wrong({ address: '10.0.0.7', device: TOKEN });
    expect(guard.attempt({ address: '10.0.0.9', device: TOKEN })).toBe(1_000);
    expect(guard.attempt({ address: '10.0.0.9' })).toBe(0);
    for (let i = 0; i < 4; i++) guard.wrong({ address: '10.0.0.10', device: 'not-a-token' });
    expect(guard.attempt({ address: '10.0.0.11', device: 'not-a-token' })).toBe(0);
  });

  it('allows 10 attempts a minute per address, refilled evenly', () => {
    const clock = fakeClock();
    const guard = createJoinGuard({ now: clock.now });
    const who = { address: '10.0.0.7' };
    for (let i = 0; i < 10; i++) expect(guard.attempt(who)).toBe(0);
    expect(guard.attempt(who)).toBe(6_000);
    expect(guard.attempt({ address: '10.0.0.8' })).toBe(0);
    clock.advance(6_000);
    expect(guard.attempt(who)).toBe(0);
    expect(guard.attempt(who)).toBe(6_000);
  });

  it('remembers at most its cap of addresses, forgetting the least recently seen', () => {
    const clock = fakeClock();
    const guard = createJoinGuard({ now: clock.now, maxTracked: 1000 });
    const kept = { address: '10.9.9.9' };
    for (let i = 0; i < 5; i++) guard.wrong(kept);
    for (let i = 0; i < 50_000; i++) {
      const who = { address: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` };
      guard.attempt(who);
      guard.wrong(who);
      // The address under watch keeps being seen, so it is never the one forgotten.
      if (i % 500 === 0) expect(guard.attempt(kept)).toBeGreaterThan(0);
      expect(guard.tracked()).toBeLessThanOrEqual(1000);
    }
    expect(guard.tracked()).toBe(1000);
    // One wrong code each slows nobody; only the address under watch is still waiting.
    expect(guard.slowedAddresses()).toBe(1);
  });

  it('counts the addresses made to wait right now', () => {
    const clock = fakeClock();
    const guard = createJoinGuard({ now: clock.now });
    for (const address of ['10.0.0.1', '10.0.0.2', '10.0.0.3']) {
      for (let i = 0; i < 4; i++) guard.wrong({ address, device: TOKEN });
    }
    guard.wrong({ address: '10.0.0.4' });
    expect(guard.slowedAddresses()).toBe(3);
    clock.advance(1_000);
    expect(guard.slowedAddresses()).toBe(0);
  });
});
