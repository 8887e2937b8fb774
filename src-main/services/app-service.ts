import type { Handlers } from '../../shared/api/contract';
import type { ServiceDeps } from './service-deps';

export const APP_NAME = 'Execution Debt Workshop';

/** Handlers for the `app:*` channels. */
export function appHandlers(deps: ServiceDeps): Pick<Handlers, 'app:info'> {
  return {
    'app:info': () => ({
      name: APP_NAME,
      version: deps.version,
      dataFile: deps.dataFile,
      transport: deps.transport,
    }),
  };
}
