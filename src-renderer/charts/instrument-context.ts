import { createContext, useContext } from 'react';
import { INSTRUMENT, type Instrument } from '../../shared/instrument';

/**
 * The instrument of the workshop on screen. Statement ids mean different sentences in different
 * instrument versions (hd.load.1 in 1.0.0 is not hd.load.1 in 2.0.0), so every screen that shows
 * a statement or a factor's name reads it from here, provided once per workshop.
 */
const InstrumentContext = createContext<Instrument>(INSTRUMENT);

export const InstrumentProvider = InstrumentContext.Provider;

export function useInstrument(): Instrument {
  return useContext(InstrumentContext);
}
