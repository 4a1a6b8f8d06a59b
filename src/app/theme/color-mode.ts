/** Light or dark: the stored preference, and for "system" the system's colour scheme. */
import { preferences, type ThemePreference } from '@/lib/preferences';
import type { ColorMode } from './theme';

export const storedPreference = (): ThemePreference => preferences.theme.get() ?? 'system';

export const modeOf = (preference: ThemePreference, systemPrefersDark: boolean): ColorMode =>
  preference === 'system' ? (systemPrefersDark ? 'dark' : 'light') : preference;

/** The mode the app starts in: its theme can be built before the first render (src/app/start-up.ts). */
export const colorModeNow = (): ColorMode => modeOf(storedPreference(), systemPrefersDarkNow());

// What useMediaQuery does for one query in a client-only app, without its SSR and breakpoint handling.
const DARK_QUERY = '(prefers-color-scheme: dark)';
const darkQuery = () => (typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : null);
export const systemPrefersDarkNow = () => darkQuery()?.matches ?? false;
export function subscribeToSystemScheme(onChange: () => void): () => void {
  const query = darkQuery();
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}
