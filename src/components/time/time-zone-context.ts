import { createContext, useContext } from 'react';
import type { TimeZonePreference } from '@/lib/preferences';

export interface TimeZoneContextValue {
  /** What the user chose. */
  preference: TimeZonePreference;
  /** The IANA zone every timestamp is shown in ("UTC" or the browser's zone). */
  timeZone: string;
  /** The browser's own IANA zone, whatever was chosen. */
  localTimeZone: string;
  setPreference: (preference: TimeZonePreference) => void;
}

export const TimeZoneContext = createContext<TimeZoneContextValue | null>(null);

/** The zone chosen in the app bar; `<Time>` and friends use it, so pages rarely need this. */
export function useTimeZone(): TimeZoneContextValue {
  const value = useContext(TimeZoneContext);
  if (!value) throw new Error('useTimeZone() needs a <TimeZoneProvider> above it (src/app/app.tsx).');
  return value;
}
