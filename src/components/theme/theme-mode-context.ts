import { createContext, useContext } from 'react';
import type { ThemePreference } from '@/lib/preferences';
import type { ColorMode } from './theme';

export interface ThemeModeContextValue {
  preference: ThemePreference;
  /** What is shown: the preference, with "system" resolved from the OS setting. */
  mode: ColorMode;
  setPreference: (preference: ThemePreference) => void;
}

export const ThemeModeContext = createContext<ThemeModeContextValue | null>(null);

export function useThemeMode(): ThemeModeContextValue {
  const value = useContext(ThemeModeContext);
  if (!value) throw new Error('useThemeMode() needs a <ThemeModeProvider> above it.');
  return value;
}
