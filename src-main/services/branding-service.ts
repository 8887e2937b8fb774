import type { Handlers } from '../../shared/api/contract';
import { checkBranding, type BrandingInput } from '../../shared/branding/branding';
import type { Branding } from '../../shared/branding/branding';
import {
  brandingFor,
  clearWorkshopBranding,
  getInstallationBranding,
  getWorkshopBranding,
  saveInstallationBranding,
  saveWorkshopBranding,
} from '../store/repositories/branding';
import { getWorkshop } from '../store/repositories/workshops';
import { nowIso, type Db, type ServiceDeps } from './service-deps';
import { invalidInput, notFound } from './service-errors';

type BrandingChannel =
  'branding:get' | 'branding:save' | 'branding:workshop' | 'branding:saveWorkshop';

/** Checks a branding as entered; a refusal names every problem and stores nothing. */
function checked(channel: string, input: BrandingInput, prefix = ''): Branding {
  const result = checkBranding(input);
  if ('issues' in result) {
    throw invalidInput(
      channel,
      result.issues.map((issue) => ({ ...issue, path: `${prefix}${issue.path}` })),
    );
  }
  return result.branding;
}

/** The installation's branding and each workshop's optional override of it. */
export function brandingHandlers(db: Db, deps: ServiceDeps): Pick<Handlers, BrandingChannel> {
  const workshopView = (workshopId: string) => ({
    own: getWorkshopBranding(db, workshopId) ?? null,
    effective: brandingFor(db, workshopId) ?? null,
  });
  const existing = (workshopId: string) => {
    if (!getWorkshop(db, workshopId)) throw notFound('workshop', workshopId);
  };
  return {
    'branding:get': () => ({ installation: getInstallationBranding(db) ?? null }),
    'branding:save': (input) => {
      const branding = checked('branding:save', input);
      saveInstallationBranding(db, branding, nowIso(deps.clock));
      return branding;
    },
    'branding:workshop': ({ workshopId }) => {
      existing(workshopId);
      return workshopView(workshopId);
    },
    'branding:saveWorkshop': ({ workshopId, branding }) => {
      existing(workshopId);
      if (branding === null) clearWorkshopBranding(db, workshopId);
      else {
        const own = checked('branding:saveWorkshop', branding, 'branding.');
        saveWorkshopBranding(db, workshopId, own, nowIso(deps.clock));
      }
      return workshopView(workshopId);
    },
  };
}
