import { describe, expect, it } from 'vitest';
import { pngBytes } from '../../shared/branding/png-bytes';
import { join, openRoom, send } from './room-fixture';

describe('the phone page’s branding', () => {
  it('is none until saved, then the workshop’s own over the installation’s, to joined phones only', async () => {
    const room = await openRoom();
    try {
      const token = await join(room, room.participants[0]?.alias);
      expect((await send(room, 'GET', '/room/brand', { token })).json).toEqual({ branding: null });
      expect((await send(room, 'GET', '/room/brand')).status).toBe(401);

      room.h.call('branding:save', {
        firmName: 'Harbourline Consulting',
        footer: '',
        accent: '#2d6a4f',
        logoBase64: pngBytes(120, 40).toString('base64'),
      });
      expect((await send(room, 'GET', '/room/brand', { token })).json).toMatchObject({
        branding: {
          firmName: 'Harbourline Consulting',
          accentText: '#ffffff',
          logo: { width: 120 },
        },
      });

      room.h.call('branding:saveWorkshop', {
        workshopId: room.workshopId,
        branding: { firmName: 'Client-side team', footer: '', accent: null, logoBase64: null },
      });
      expect((await send(room, 'GET', '/room/brand', { token })).json).toMatchObject({
        branding: { firmName: 'Client-side team', accent: null, logo: null },
      });
    } finally {
      room.controller.close();
    }
  });
});
