import { type ReactNode, useId } from 'react';
import styles from './hint.module.css';

interface HintProps {
  /** The extra information: full text, the time in UTC, a status message. */
  title: ReactNode;
  children: ReactNode;
  /** Set when the child is focusable itself (a link or button); otherwise the hint wrapper takes focus. */
  childIsFocusable?: boolean;
}

const GAP = 6;
/** Time to move the pointer across the gap onto the hint without it closing (WCAG 1.4.13 "hoverable"). */
const HIDE_DELAY_MS = 150;

/**
 * A light tooltip: shown on hover and keyboard focus, dismissed with Escape, and always exposed to
 * assistive tech as the description of its target. It opens as a popover, in the top layer: placed against the
 * window, it escapes scrolling table containers and contained ancestors (a card with `contain: paint` would
 * otherwise be its containing block and clip it). MUI's Tooltip costs ~10 kB gzip (Popper.js) on the first route;
 * this costs almost nothing.
 *
 * A hint is plain markup; one set of listeners on the document (below) opens the hint under the pointer or the
 * focus. A table has a hundred hints or more, and a hint with state and handlers of its own cost every row its
 * hooks each time the list's page turned.
 */
export function Hint({ title, children, childIsFocusable = false }: HintProps) {
  const id = useId();
  return (
    <span aria-describedby={id} tabIndex={childIsFocusable ? undefined : 0} className={styles.anchor}>
      {children}
      <span id={id} role="tooltip" hidden className={styles.hint}>
        {title}
      </span>
    </span>
  );
}

/** The one hint open at a time, with the timer that closes it after the pointer left. */
let open: HTMLElement | undefined;
let hideTimer: number | undefined;

function show(event: Event) {
  const anchor = (event.target as Element).closest?.(`.${styles.anchor}`);
  if (!anchor) return;
  window.clearTimeout(hideTimer);
  // The hint is the anchor's last element (Hint's markup).
  const tooltip = anchor.lastElementChild as HTMLElement;
  // The pointer moving within the hint's target (or onto the hint) keeps it where it is.
  if (tooltip === open) return;
  hide();
  const rect = anchor.getBoundingClientRect();
  const below = rect.bottom + GAP + 40 < window.innerHeight;
  tooltip.style.left = `${Math.max(GAP, Math.min(rect.left, window.innerWidth - 320 - GAP))}px`;
  if (below) tooltip.style.top = `${rect.bottom + GAP}px`;
  else tooltip.style.bottom = `${window.innerHeight - rect.top + GAP}px`;
  tooltip.hidden = false;
  // A popover only while open. Where popovers are missing (jsdom, browsers before 2024), the hint is fixed within
  // its containing block.
  if ('showPopover' in tooltip) {
    tooltip.popover = 'manual';
    tooltip.showPopover();
  }
  open = tooltip;
}

function hide() {
  window.clearTimeout(hideTimer);
  if (!open) return;
  if (open.popover) {
    open.hidePopover();
    open.removeAttribute('popover');
  }
  open.hidden = true;
  open.removeAttribute('style');
  open = undefined;
}

document.addEventListener('mouseover', show);
document.addEventListener('focusin', show);
document.addEventListener('mouseout', (event) => {
  // Leaving the open hint's target, not moving within it or onto the hint.
  if (open?.parentElement?.contains(event.relatedTarget as Node | null)) return;
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(hide, HIDE_DELAY_MS);
});
document.addEventListener('focusout', hide);
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') hide();
});
// A fixed-position hint would stay behind while its anchor scrolls away: close it instead.
window.addEventListener('scroll', hide, { capture: true, passive: true });
