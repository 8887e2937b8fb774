import { randomBytes, timingSafeEqual } from 'node:crypto';
import { networkInterfaces as osInterfaces, type NetworkInterfaceInfo } from 'node:os';
import QRCode from 'qrcode';
import { ApiError } from '../../shared/api/errors';
import {
  DEFAULT_ROOM_PORT,
  makeJoinCode,
  type RoomClaims,
  type RoomDevice,
  type RoomInterface,
  type RoomStatus,
} from '../../shared/room/schemas';
import { workshopEvents, type EventBus } from '../services/events';
import { nowIso, type Db, type ServiceDeps } from '../services/service-deps';
import { invalidInput, notFound } from '../services/service-errors';
import { requireWorkshop } from '../services/workshop-service';
import {
  listActiveRoomDevices,
  participantByAlias,
  removeRoomDevice,
} from '../store/repositories/room-devices';
import { aliasAllowances, type AliasAllowances } from './alias-allowances';
import { createJoinGuard, type JoinGuard, type JoinGuardOptions } from './join-guard';
import { createRoomHost, type RoomHost } from './room-host';
import { RoomRefusal, roomParticipants } from './room-participants';

export interface RoomControllerOptions {
  db: Db;
  deps: ServiceDeps;
  events?: EventBus;
  staticDir?: string;
  /** The machine's interfaces; tests pass their own. */
  networkInterfaces?: () => NodeJS.Dict<NetworkInterfaceInfo[]>;
  /** Join attempts per minute and address (DESIGN.md: about 10). */
  joinLimitPerMinute?: number;
  requestLimitPerMinute?: number;
  /** How wrong codes slow their sender down (join-guard.ts); tests pass a clock here. */
  joinGuard?: JoinGuardOptions;
}

export interface RoomOpenRequest {
  workshopId: string;
  address: string;
  port?: number | undefined;
}

/** One room at a time, run by the facilitator's process; every method but the waits is synchronous. */
export interface RoomController {
  interfaces(): RoomInterface[];
  /** Starts the room host on the chosen address; the status says `starting` until it listens. */
  open(request: RoomOpenRequest): RoomStatus;
  status(): RoomStatus;
  lock(locked: boolean): RoomStatus;
  rotateCode(): RoomStatus;
  devices(workshopId: string): RoomDevice[];
  removeDevice(workshopId: string, deviceId: string): { id: string };
  /** Phones waiting for the facilitator's say-so and aliases allowed; empty while the room is off. */
  claims(workshopId: string): RoomClaims;
  /** Allows one phone to take `alias` (or, `allow` false, withdraws that and dismisses its request). */
  allowAlias(workshopId: string, alias: string, allow: boolean): RoomClaims;
  close(): RoomStatus;
  /** Resolves once the room has finished starting or stopping. */
  settled(): Promise<RoomStatus>;
}

const PRIVATE_RANGES: readonly ((octets: number[]) => boolean)[] = [
  ([a]) => a === 10,
  ([a, b]) => a === 172 && b !== undefined && b >= 16 && b <= 31,
  ([a, b]) => a === 192 && b === 168,
];

/** True for 10/8, 172.16/12 and 192.168/16: addresses a room network hands out. */
export function isPrivateIpv4(address: string): boolean {
  const octets = address.split('.').map(Number);
  if (octets.length !== 4 || octets.some((o) => !Number.isInteger(o) || o < 0 || o > 255)) {
    return false;
  }
  return PRIVATE_RANGES.some((inRange) => inRange(octets));
}

/** The addresses a room may use: private IPv4 ones, and loopback for trying it out. */
export function roomInterfaces(all: NodeJS.Dict<NetworkInterfaceInfo[]>): RoomInterface[] {
  const out: RoomInterface[] = [];
  for (const [name, infos] of Object.entries(all)) {
    for (const info of infos ?? []) {
      if (info.family === 'IPv4' && !info.internal && isPrivateIpv4(info.address)) {
        out.push({ address: info.address, name, kind: 'lan' });
      }
    }
  }
  out.sort((a, b) => a.name.localeCompare(b.name) || a.address.localeCompare(b.address));
  out.push({ address: '127.0.0.1', name: 'loopback', kind: 'loopback' });
  return out;
}

interface Room {
  workshopId: string;
  address: string;
  state: 'starting' | 'open' | 'failed';
  host: RoomHost | null;
  port: number | null;
  url: string | null;
  qrSvg: string | null;
  code: string;
  /** Only the facilitator locks: wrong codes slow their own sender down, never the room. */
  locked: boolean;
  failedJoins: number;
  guard: JoinGuard;
  error: string | null;
  allowances: AliasAllowances;
}

function newCode(): string {
  const bytes = randomBytes(64);
  let index = 0;
  return makeJoinCode(() => {
    if (index >= bytes.length) {
      randomBytes(64).copy(bytes);
      index = 0;
    }
    return bytes[index++] ?? 0;
  });
}

function sameCode(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Runs room mode for the facilitator: opens and closes the room host, holds its join code. */
export function createRoomController(options: RoomControllerOptions): RoomController {
  const { db, deps } = options;
  const events = options.events ?? workshopEvents;
  const participants = roomParticipants(db, deps, events);
  let room: Room | null = null;
  let pending: Promise<unknown> = Promise.resolve();

  function status(): RoomStatus {
    if (!room) {
      return {
        state: 'off',
        workshopId: null,
        url: null,
        joinCode: null,
        qrSvg: null,
        locked: false,
        failedJoins: 0,
        slowedAddresses: 0,
        devices: 0,
        error: null,
      };
    }
    return {
      state: room.state,
      workshopId: room.workshopId,
      url: room.url,
      joinCode: room.state === 'failed' ? null : room.code,
      qrSvg: room.qrSvg,
      locked: room.locked,
      failedJoins: room.failedJoins,
      slowedAddresses: room.guard.slowedAddresses(),
      devices: listActiveRoomDevices(db, room.workshopId).length,
      error: room.error,
    };
  }

  function requireRoom(): Room {
    if (!room || room.state === 'failed') {
      throw new ApiError('conflict', 'Room mode is off; turn it on first.');
    }
    return room;
  }

  function interfaces(): RoomInterface[] {
    return roomInterfaces((options.networkInterfaces ?? osInterfaces)());
  }

  async function start(current: Room, port: number | undefined): Promise<void> {
    try {
      const host = await createRoomHost({
        gate: {
          workshopId: current.workshopId,
          admit(code) {
            if (current.locked) {
              throw new RoomRefusal(
                'room_locked',
                423,
                'The room is locked: nobody new can join. Ask the facilitator.',
              );
            }
            if (sameCode(code, current.code)) return;
            current.failedJoins += 1;
            throw new RoomRefusal('wrong_code', 403, 'That is not the code on the screen.');
          },
          allowances: current.allowances,
        },
        participants,
        events,
        joinGuard: current.guard,
        allowedHost: () => (current.port === null ? null : `${current.address}:${current.port}`),
        ...(options.staticDir !== undefined ? { staticDir: options.staticDir } : {}),
        ...(options.requestLimitPerMinute !== undefined
          ? { requestLimitPerMinute: options.requestLimitPerMinute }
          : {}),
      });
      current.host = host;
      try {
        await host.app.listen({ host: current.address, port: port ?? DEFAULT_ROOM_PORT });
      } catch (error) {
        // The default port is only a preference (a stable address for phones); any port will do.
        if (port !== undefined || (error as { code?: string }).code !== 'EADDRINUSE') throw error;
        await host.app.listen({ host: current.address, port: 0 });
      }
      const bound = host.app.server.address();
      if (!bound || typeof bound === 'string') throw new Error('the room host has no address');
      const url = `http://${current.address}:${bound.port}/`;
      current.qrSvg = await QRCode.toString(url, { type: 'svg', margin: 2 });
      current.port = bound.port;
      current.url = url;
      if (room === current) current.state = 'open';
      else await host.app.close();
    } catch (error) {
      current.state = 'failed';
      current.error = `The room could not listen on ${current.address}: ${(error as Error).message}`;
      await current.host?.app.close().catch(() => undefined);
      current.host = null;
    }
  }

  return {
    interfaces,

    open({ workshopId, address, port }) {
      const workshop = requireWorkshop(db, workshopId);
      if (!interfaces().some((item) => item.address === address)) {
        throw invalidInput('room:open', [
          { path: 'address', message: 'is not one of this computer’s room addresses' },
        ]);
      }
      if (room && room.state !== 'failed') {
        if (room.workshopId === workshopId && room.address === address) return status();
        throw new ApiError(
          'conflict',
          'Room mode is already on; turn it off before opening another room.',
        );
      }
      if (workshop.status !== 'running') {
        throw new ApiError(
          'conflict',
          'Start the run of this workshop before turning room mode on.',
        );
      }
      const current: Room = {
        workshopId,
        address,
        state: 'starting',
        host: null,
        port: null,
        url: null,
        qrSvg: null,
        code: newCode(),
        locked: false,
        failedJoins: 0,
        guard: createJoinGuard({
          now: () => deps.clock().getTime(),
          ...(options.joinLimitPerMinute !== undefined
            ? { attemptsPerMinute: options.joinLimitPerMinute }
            : {}),
          ...options.joinGuard,
        }),
        error: null,
        allowances: aliasAllowances(deps.clock),
      };
      room = current;
      pending = pending.then(() => start(current, port));
      return status();
    },

    status,

    lock(locked) {
      const current = requireRoom();
      current.locked = locked;
      return status();
    },

    rotateCode() {
      const current = requireRoom();
      current.code = newCode();
      current.failedJoins = 0;
      return status();
    },

    devices(workshopId) {
      requireWorkshop(db, workshopId);
      return listActiveRoomDevices(db, workshopId).map((device) => ({
        id: device.id,
        alias: device.alias,
        joinedAt: device.createdAt,
        lastSeenAt: device.lastSeenAt,
      }));
    },

    removeDevice(workshopId, deviceId) {
      requireWorkshop(db, workshopId);
      if (!removeRoomDevice(db, workshopId, deviceId, nowIso(deps.clock))) {
        throw notFound('device', deviceId);
      }
      room?.host?.disconnect(deviceId);
      return { id: deviceId };
    },

    claims(workshopId) {
      requireWorkshop(db, workshopId);
      if (!room || room.state === 'failed' || room.workshopId !== workshopId) {
        return { requests: [], allowed: [] };
      }
      return room.allowances.list();
    },

    allowAlias(workshopId, alias, allow) {
      requireWorkshop(db, workshopId);
      const current = requireRoom();
      if (current.workshopId !== workshopId) {
        throw new ApiError('conflict', 'Room mode is on for another workshop.');
      }
      const participant = participantByAlias(db, workshopId, alias);
      if (!participant) {
        throw new ApiError('not_found', `No participant with alias ${alias} in this workshop`);
      }
      if (!allow) {
        current.allowances.withdraw(participant.id);
      } else if (participant.held) {
        // Allowing a second phone would leave two devices answering as one person.
        throw new ApiError(
          'conflict',
          `A phone already has ${alias}; remove that phone first, then allow the new one.`,
        );
      } else {
        current.allowances.allow(participant);
      }
      return current.allowances.list();
    },

    close() {
      const current = room;
      room = null;
      const host = current?.host;
      // A room still starting closes itself once it listens (see `start`).
      if (host && current?.state === 'open') pending = pending.then(() => host.app.close());
      return status();
    },

    async settled() {
      // Another open or close may be queued while one settles; wait until none is left.
      let seen: Promise<unknown> | null = null;
      while (seen !== pending) {
        seen = pending;
        await seen;
      }
      return status();
    },
  };
}
