import { type CSSProperties, type ReactNode, useEffect, useId, useRef, useState } from 'react';
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
 * assistive tech as the description of its target. Fixed positioning escapes scrolling table
 * containers. MUI's Tooltip costs ~10 kB gzip (Popper.js) on the first route; this costs almost nothing.
 */
export function Hint({ title, children, childIsFocusable = false }: HintProps) {
  const id = useId();
  const anchor = useRef<HTMLSpanElement>(null);
  const [position, setPosition] = useState<CSSProperties | null>(null);
  const hideTimer = useRef<number | undefined>(undefined);
  const isOpen = position !== null;

  // A fixed-position hint would stay behind while its anchor scrolls away: close it instead.
  useEffect(() => {
    if (!isOpen) return;
    const close = () => setPosition(null);
    window.addEventListener('scroll', close, { capture: true, passive: true });
    return () => {
      window.removeEventListener('scroll', close, { capture: true });
      window.clearTimeout(hideTimer.current);
    };
  }, [isOpen]);

  const show = () => {
    window.clearTimeout(hideTimer.current);
    const rect = anchor.current?.getBoundingClientRect();
    if (!rect) return;
    const below = rect.bottom + GAP + 40 < window.innerHeight;
    setPosition({
      left: Math.max(GAP, Math.min(rect.left, window.innerWidth - 320 - GAP)),
      ...(below ? { top: rect.bottom + GAP } : { bottom: window.innerHeight - rect.top + GAP }),
    });
  };
  const hide = () => setPosition(null);
  const hideSoon = () => {
    window.clearTimeout(hideTimer.current);
    hideTimer.current = window.setTimeout(hide, HIDE_DELAY_MS);
  };

  return (
    // The tooltip's anchor, not a control: hover and focus show the hint, Escape hides it (WCAG 1.4.13).
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions -- the element that acts is the child.
    <span
      ref={anchor}
      aria-describedby={id}
      tabIndex={childIsFocusable ? undefined : 0}
      onMouseEnter={show}
      onMouseLeave={hideSoon}
      onFocus={show}
      onBlur={hide}
      onKeyDown={(event) => {
        if (event.key === 'Escape') hide();
      }}
      className={styles.anchor}
    >
      {children}
      <span id={id} role="tooltip" hidden={!isOpen} style={position ?? undefined} className={styles.hint}>
        {title}
      </span>
    </span>
  );
}
