import { useSyncExternalStore } from 'react';
import { WIDTH_TIERS, type WidthTier } from './table-columns';

const WIDEST = WIDTH_TIERS[WIDTH_TIERS.length - 1]!;
const queries = WIDTH_TIERS.slice(1).map((width) => `(min-width: ${width}px)`);
/** Without media queries (jsdom, very old browsers) every default column shows, as on a wide screen. */
const canQuery = () => typeof window.matchMedia === 'function';

function subscribe(notify: () => void): () => void {
  if (!canQuery()) return () => undefined;
  const lists = queries.map((query) => window.matchMedia(query));
  lists.forEach((list) => list.addEventListener('change', notify));
  return () => lists.forEach((list) => list.removeEventListener('change', notify));
}

function current(): WidthTier {
  if (!canQuery()) return WIDEST;
  return WIDTH_TIERS[queries.filter((query) => window.matchMedia(query).matches).length] ?? WIDEST;
}

/** The widest of the table width tiers the window reaches; re-renders only when the window crosses one. */
export function useWidthTier(): WidthTier {
  return useSyncExternalStore(subscribe, current, () => WIDEST);
}
