import { type ReactNode, useCallback, useMemo, useState } from 'react';
import { preferences, type TimeZonePreference } from '@/lib/preferences';
import { browserTimeZone } from '@/lib/time';
import { TimeZoneContext } from './time-zone-context';

interface TimeZoneProviderProps {
  /** Used until the user picks a zone (config.json `timeZone`). */
  defaultPreference: TimeZonePreference;
  /** The browser's zone; tests pass one to be independent of the machine. */
  localTimeZone?: string;
  children: ReactNode;
}

export function TimeZoneProvider({ defaultPreference, localTimeZone, children }: TimeZoneProviderProps) {
  const [preference, setPreferenceState] = useState<TimeZonePreference>(
    () => preferences.timeZone.get() ?? defaultPreference,
  );
  const setPreference = useCallback((next: TimeZonePreference) => {
    preferences.timeZone.set(next);
    setPreferenceState(next);
  }, []);
  const local = useMemo(() => localTimeZone ?? browserTimeZone(), [localTimeZone]);
  const value = useMemo(
    () => ({ preference, timeZone: preference === 'UTC' ? 'UTC' : local, localTimeZone: local, setPreference }),
    [preference, local, setPreference],
  );
  return <TimeZoneContext value={value}>{children}</TimeZoneContext>;
}
