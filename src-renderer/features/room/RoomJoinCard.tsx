import { useTranslation } from 'react-i18next';
import { qrImageSource, useRoomStatus } from './use-room-status';
import './room.css';

/** On the projector while room mode is on for this workshop: the address, its QR code and the code. */
export function RoomJoinCard({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const [status] = useRoomStatus();
  if (!status || status.state !== 'open' || status.workshopId !== workshopId) return null;
  const url = status.url ?? '';
  return (
    <section className="room-join-card" aria-labelledby="room-join-card-title">
      {status.qrSvg && (
        <img
          className="room-join-card__qr"
          src={qrImageSource(status.qrSvg)}
          alt={t('room.present.qrLabel', { url })}
        />
      )}
      <div>
        <h2 id="room-join-card-title" className="room-join-card__title">
          {t('room.present.title')}
        </h2>
        <p>{t('room.present.step1')}</p>
        <p className="room-join-card__url">{url.replace(/\/$/, '')}</p>
        <p>{t('room.present.step2')}</p>
        {status.locked ? (
          <p className="room-join-card__locked">{t('room.present.locked')}</p>
        ) : (
          <p className="room-join-card__code">{status.joinCode}</p>
        )}
      </div>
    </section>
  );
}
