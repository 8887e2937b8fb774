import { resolve } from 'node:path';
import type { Handlers } from '../../shared/api/contract';
import { projectRoot } from '../host/project';
import { createRoomController, type RoomController } from '../room/room-controller';
import type { Db, ServiceDeps } from './service-deps';

type RoomChannel =
  | 'room:interfaces'
  | 'room:open'
  | 'room:status'
  | 'room:lock'
  | 'room:rotateCode'
  | 'room:devices'
  | 'room:removeDevice'
  | 'room:claims'
  | 'room:allowAlias'
  | 'room:close';

/** Handlers for the "Room" channels: the facilitator turns room mode on and steers it. */
export function roomHandlers(
  db: Db,
  deps: ServiceDeps,
  controller: RoomController = createRoomController({
    db,
    deps,
    staticDir: resolve(projectRoot(), 'out/renderer'),
  }),
): Pick<Handlers, RoomChannel> {
  return {
    'room:interfaces': () => controller.interfaces(),
    'room:open': ({ workshopId, address, port }) => controller.open({ workshopId, address, port }),
    'room:status': () => controller.status(),
    'room:lock': ({ locked }) => controller.lock(locked),
    'room:rotateCode': () => controller.rotateCode(),
    'room:devices': ({ workshopId }) => controller.devices(workshopId),
    'room:removeDevice': ({ workshopId, deviceId }) =>
      controller.removeDevice(workshopId, deviceId),
    'room:claims': ({ workshopId }) => controller.claims(workshopId),
    'room:allowAlias': ({ workshopId, alias, allow }) =>
      controller.allowAlias(workshopId, alias, allow),
    'room:close': () => controller.close(),
  };
}
