import Box from '@mui/material/Box';
import { type CSSProperties, type ReactNode, useId, useRef, useState } from 'react';

interface HintProps {
  /** The extra information: full text, the time in UTC, a status message. */
  title: ReactNode;
  children: ReactNode;
  /** Set when the child is focusable itself (a link or button); otherwise the hint wrapper takes focus. */
  childIsFocusable?: boolean;
}

const GAP = 6;

/**
 * A light tooltip: shown on hover and keyboard focus, dismissed with Escape, and always exposed to
 * assistive tech as the description of its target. Fixed positioning escapes scrolling table
 * containers. MUI's Tooltip costs ~10 kB gzip (Popper.js) on the first route; this costs almost nothing.
 */
export function Hint({ title, children, childIsFocusable = false }: HintProps) {
  const id = useId();
  const anchor = useRef<HTMLSpanElement>(null);
  const [position, setPosition] = useState<CSSProperties | null>(null);

  const show = () => {
    const rect = anchor.current?.getBoundingClientRect();
    if (!rect) return;
    const below = rect.bottom + GAP + 40 < window.innerHeight;
    setPosition({
      left: Math.max(GAP, Math.min(rect.left, window.innerWidth - 320 - GAP)),
      ...(below ? { top: rect.bottom + GAP } : { bottom: window.innerHeight - rect.top + GAP }),
    });
  };
  const hide = () => setPosition(null);

  return (
    <Box
      component="span"
      ref={anchor}
      aria-describedby={id}
      tabIndex={childIsFocusable ? undefined : 0}
      onMouseEnter={show}
      onMouseLeave={hide}
      onFocus={show}
      onBlur={hide}
      onKeyDown={(event) => {
        if (event.key === 'Escape') hide();
      }}
      sx={{ display: 'inline-block', maxWidth: '100%', outlineOffset: 2 }}
    >
      {children}
      <Box
        component="span"
        id={id}
        role="tooltip"
        hidden={position === null}
        style={position ?? undefined}
        sx={{
          position: 'fixed',
          zIndex: 'tooltip',
          maxWidth: 320,
          px: 1,
          py: 0.5,
          borderRadius: 1,
          bgcolor: 'grey.800',
          color: 'common.white',
          typography: 'caption',
          whiteSpace: 'pre-line',
          overflowWrap: 'anywhere',
          pointerEvents: 'none',
          boxShadow: 2,
        }}
      >
        {title}
      </Box>
    </Box>
  );
}
