import { useEffect, useState } from 'react';
import type { Branding } from '../../../shared/branding/branding';
import { api } from '../../api/client';
import './branding.css';

/** The workshop's effective branding, fetched once; null while loading, when none, or on failure. */
export function useWorkshopBranding(workshopId: string): Branding | null {
  const [branding, setBranding] = useState<Branding | null>(null);
  useEffect(() => {
    let current = true;
    // A projector without its brand still shows the room everything it needs: failures are quiet.
    api.call('branding:workshop', { workshopId }).then(
      ({ effective }) => current && setBranding(effective),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [workshopId]);
  return branding;
}

/**
 * The consultant's strip above the projector or the phone page: logo (on white, as logos are
 * drawn for paper) and firm name on the accent, in the text colour its contrast check chose.
 */
export function BrandStrip({ branding, logoAlt }: { branding: Branding | null; logoAlt: string }) {
  if (!branding || (!branding.firmName && !branding.logo && !branding.accent)) return null;
  const style = branding.accent
    ? { background: branding.accent, color: branding.accentText ?? undefined }
    : undefined;
  return (
    <div className="brand-strip" style={style} data-testid="brand-strip">
      {branding.logo ? (
        <img
          className="brand-strip__logo"
          src={`data:image/png;base64,${branding.logo.base64}`}
          alt={branding.firmName || logoAlt}
        />
      ) : null}
      {branding.firmName ? <span className="brand-strip__name">{branding.firmName}</span> : null}
    </div>
  );
}
