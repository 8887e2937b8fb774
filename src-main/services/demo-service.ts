import type { Handlers } from '../../shared/api/contract';
import { demoWorkshopFile } from '../../shared/demo/demo-workshop';
import type { Language, Workshop } from '../../shared/domain/workshop';
import { findDemoWorkshop, setWorkshopDemo } from '../store/repositories/workshops';
import type { Db, ServiceDeps } from './service-deps';
import { storeFromWorkshopFile } from './workshop-file-service';

/** Stores the seeded demo workshop in `language`, marked as demonstration data. */
export function storeDemoWorkshop(db: Db, language: Language, clock: () => Date): Workshop {
  return db.transaction((): Workshop => {
    const stored = storeFromWorkshopFile(db, demoWorkshopFile({ language }), clock);
    return setWorkshopDemo(db, stored.id, true);
  })();
}

/** `workshop:openDemo`: the demo in the UI's language, created once and opened after that. */
export function demoHandlers(db: Db, deps: ServiceDeps): Pick<Handlers, 'workshop:openDemo'> {
  return {
    'workshop:openDemo': ({ language }) =>
      db.transaction(
        (): Workshop =>
          findDemoWorkshop(db, language) ?? storeDemoWorkshop(db, language, deps.clock),
      )(),
  };
}
