import { useCallback, useEffect, useState } from 'react';
import type { RoomStatus } from '../../../shared/room/schemas';
import { api } from '../../api/client';

/** How often the facilitator's views look at the room: code, lock and phones change there. */
export const ROOM_POLL_MS = 2000;

/** The room's status, kept fresh while the component is shown; `null` until first read. */
export function useRoomStatus(): [RoomStatus | null, (status: RoomStatus) => void, () => void] {
  const [status, setStatus] = useState<RoomStatus | null>(null);
  const refresh = useCallback(() => {
    api.call('room:status', {}).then(setStatus, () => undefined);
  }, []);
  useEffect(() => {
    refresh();
    const timer = window.setInterval(refresh, ROOM_POLL_MS);
    return () => window.clearInterval(timer);
  }, [refresh]);
  return [status, setStatus, refresh];
}

/** The QR code as an image source: drawn by the browser as an image, never inserted as markup. */
export function qrImageSource(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
