import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  RoomClaims,
  RoomDevice,
  RoomInterface,
  RoomStatus,
} from '../../../shared/room/schemas';
import { api, ApiCallError } from '../../api/client';
import { ROOM_POLL_MS, useRoomStatus } from './use-room-status';
import './room.css';

function message(error: unknown): string {
  return error instanceof ApiCallError || error instanceof Error ? error.message : String(error);
}

/** The run screen's "Room mode" panel: pick a network, turn the room on, steer it, list phones. */
export function RoomPanel({ workshopId }: { workshopId: string }) {
  const { t, i18n } = useTranslation();
  const [status, setStatus, refresh] = useRoomStatus();
  const [interfaces, setInterfaces] = useState<RoomInterface[] | null>(null);
  const [address, setAddress] = useState('');
  const [devices, setDevices] = useState<RoomDevice[]>([]);
  const [claims, setClaims] = useState<RoomClaims>({ requests: [], allowed: [] });
  const [error, setError] = useState<string | null>(null);

  const loadInterfaces = useCallback(() => {
    api.call('room:interfaces', {}).then(setInterfaces, (e: unknown) => setError(message(e)));
  }, []);
  useEffect(loadInterfaces, [loadInterfaces]);

  const ours = status !== null && status.workshopId === workshopId && status.state !== 'off';
  const open = ours && status.state === 'open';

  useEffect(() => {
    if (!open) return;
    const load = () => {
      api.call('room:devices', { workshopId }).then(setDevices, () => undefined);
      api.call('room:claims', { workshopId }).then(setClaims, () => undefined);
    };
    load();
    const timer = window.setInterval(load, ROOM_POLL_MS);
    return () => window.clearInterval(timer);
  }, [open, workshopId, status?.devices]);

  async function run(action: () => Promise<RoomStatus | unknown>) {
    setError(null);
    try {
      const result = await action();
      if (result && typeof result === 'object' && 'state' in result)
        setStatus(result as RoomStatus);
    } catch (e) {
      setError(message(e));
    }
    refresh();
  }

  // Phones are listed only while this workshop's room is open; an old list never lingers.
  const shown = open ? devices : [];
  const asked = open ? claims : { requests: [], allowed: [] };
  const allowAlias = (alias: string, allow: boolean) =>
    void run(async () =>
      setClaims(await api.call('room:allowAlias', { workshopId, alias, allow })),
    );
  const lan = interfaces?.filter((item) => item.kind === 'lan') ?? [];
  const time = (iso: string) =>
    new Date(iso).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' });

  return (
    <section className="card room-panel" aria-labelledby="room-panel-title">
      <h2 id="room-panel-title" className="card__title">
        {t('room.panel.title')}
      </h2>
      <p className="muted">{t('room.panel.intro')}</p>

      {!ours && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (address) void run(() => api.call('room:open', { workshopId, address }));
          }}
        >
          <div className="field">
            <label className="field__label" htmlFor="room-interface">
              {t('room.panel.interface')}
            </label>
            <select
              id="room-interface"
              className="input"
              value={address}
              onChange={(event) => setAddress(event.target.value)}
              aria-describedby="room-interface-hint"
            >
              <option value="">{t('room.panel.choose')}</option>
              {(interfaces ?? []).map((item) => (
                <option key={item.address} value={item.address}>
                  {item.kind === 'loopback'
                    ? `${item.address} — ${t('room.panel.loopback')}`
                    : `${item.address} (${item.name})`}
                </option>
              ))}
            </select>
            <p id="room-interface-hint" className="field__hint">
              {t('room.panel.interfaceHint')}
            </p>
          </div>
          {interfaces !== null && lan.length === 0 && (
            <p className="muted">
              {t('room.panel.noInterfaces')}{' '}
              <button type="button" className="button button--small" onClick={loadInterfaces}>
                {t('room.panel.refresh')}
              </button>
            </p>
          )}
          <button type="submit" className="button button--primary" disabled={address === ''}>
            {t('room.panel.open')}
          </button>
        </form>
      )}

      {ours && status.state === 'starting' && <p role="status">{t('room.panel.starting')}</p>}
      {status?.state === 'failed' && status.workshopId === workshopId && (
        <p className="field__error" role="alert">
          {t('room.panel.failed', { message: status.error ?? '' })}
        </p>
      )}

      {open && (
        <>
          <dl className="room-panel__facts">
            <dt>{t('room.panel.address')}</dt>
            <dd className="room-panel__url">{status.url}</dd>
            <dt>{t('room.panel.code')}</dt>
            <dd className="room-panel__code" data-testid="room-code">
              {status.joinCode}
            </dd>
          </dl>
          {status.locked && <p role="status">{t('room.panel.locked')}</p>}
          {status.failedJoins > 0 && (
            <p className="muted" data-testid="room-failed-joins">
              {t('room.panel.failedJoins', { count: status.failedJoins })}
              {status.slowedAddresses > 0 &&
                ` ${t('room.panel.slowedAddresses', { count: status.slowedAddresses })}`}{' '}
              {t('room.panel.failedJoinsHint')}
            </p>
          )}
          <div className="room-panel__row">
            <button
              type="button"
              className="button"
              onClick={() => void run(() => api.call('room:rotateCode', {}))}
            >
              {t('room.panel.rotate')}
            </button>
            <button
              type="button"
              className="button"
              aria-pressed={status.locked}
              onClick={() => void run(() => api.call('room:lock', { locked: !status.locked }))}
            >
              {status.locked ? t('room.panel.unlock') : t('room.panel.lock')}
            </button>
          </div>
          <h3 className="subheading">{t('room.panel.devices', { count: shown.length })}</h3>
          {shown.length === 0 ? (
            <p className="muted">{t('room.panel.noDevices')}</p>
          ) : (
            <ul className="room-panel__devices">
              {shown.map((device) => (
                <li key={device.id}>
                  <span>
                    <strong>{device.alias}</strong>{' '}
                    <span className="muted">
                      {t('room.panel.lastSeen', { time: time(device.lastSeenAt) })}
                    </span>
                  </span>
                  <button
                    type="button"
                    className="button button--small button--danger-quiet"
                    aria-label={t('room.panel.removeLabel', { alias: device.alias })}
                    onClick={() =>
                      void run(async () => {
                        await api.call('room:removeDevice', { workshopId, deviceId: device.id });
                        setDevices((list) => list.filter((d) => d.id !== device.id));
                      })
                    }
                  >
                    {t('room.panel.remove')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <h3 className="subheading">{t('room.panel.claims', { count: asked.requests.length })}</h3>
          <p className="muted">{t('room.panel.claimsHint')}</p>
          {asked.requests.length > 0 && (
            <ul className="room-panel__devices" aria-label={t('room.panel.requestsLabel')}>
              {asked.requests.map((request) => (
                <li key={request.alias}>
                  <span>
                    <strong>{request.alias}</strong>{' '}
                    <span className="muted">
                      {t('room.panel.askedAt', { time: time(request.askedAt) })}
                    </span>
                  </span>
                  <span className="room-panel__actions">
                    <button
                      type="button"
                      className="button button--small button--primary"
                      aria-label={t('room.panel.allowLabel', { alias: request.alias })}
                      onClick={() => allowAlias(request.alias, true)}
                    >
                      {t('room.panel.allow')}
                    </button>
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t('room.panel.dismissLabel', { alias: request.alias })}
                      onClick={() => allowAlias(request.alias, false)}
                    >
                      {t('room.panel.dismiss')}
                    </button>
                  </span>
                </li>
              ))}
            </ul>
          )}
          {asked.allowed.length > 0 && (
            <ul className="room-panel__devices" aria-label={t('room.panel.allowedLabel')}>
              {asked.allowed.map((allowance) => (
                <li key={allowance.alias}>
                  <span>
                    <strong>{allowance.alias}</strong>{' '}
                    <span className="muted">
                      {t('room.panel.allowedUntil', { time: time(allowance.until) })}
                    </span>
                  </span>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('room.panel.withdrawLabel', { alias: allowance.alias })}
                    onClick={() => allowAlias(allowance.alias, false)}
                  >
                    {t('room.panel.withdraw')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {ours && (
        <div className="room-panel__row">
          <button
            type="button"
            className="button button--danger"
            onClick={() => void run(() => api.call('room:close', {}))}
          >
            {t('room.panel.close')}
          </button>
        </div>
      )}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
