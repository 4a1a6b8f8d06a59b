import './focus-ring.css';

/** The class names that apply, space-separated: `classNames(styles.root, isOpen && styles.open, className)`. */
export function classNames(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

/** Shows keyboard focus as a 2px outline in the primary colour (./focus-ring.css): every interactive primitive. */
export const FOCUS_RING = 'vdk-focus-ring';
