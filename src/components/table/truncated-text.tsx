import type { ReactNode } from 'react';
import { Hint } from '@/components/feedback/hint';
import styles from './truncated-text.module.css';

interface TruncatedTextProps {
  text: string | null | undefined;
  /** The widest the line may be, in px. */
  maxWidth: number;
  /**
   * Which end is cut: `end` with an ellipsis (messages, descriptions), `start` faded out for names and ids that differ
   * at the end (execution ids of one job share its name as their start).
   */
  cut?: 'end' | 'start';
  /** Wraps the line in a link (or another focusable element); the full text then shows when it has focus. */
  wrap?: (line: ReactNode) => ReactNode;
  fallback?: ReactNode;
}

/** Roughly 7 px per character at body2: only text that may be cut gets the full-text hint. */
const mayBeCut = (text: string, maxWidth: number) => text.length * 7 > maxWidth || text.includes('\n');

/**
 * One line of a table cell kept within `maxWidth`, so long names and messages never widen a table past the screen.
 * The whole text stays in the page (it is the link's name, found by search, copied whole); when it may be cut it shows
 * in full on hover and on keyboard focus.
 */
export function TruncatedText({ text, maxWidth, cut = 'end', wrap, fallback = '—' }: TruncatedTextProps) {
  if (!text) return <span className={styles.missing}>{fallback}</span>;
  const isLong = mayBeCut(text, maxWidth);
  const line =
    cut === 'end' ? (
      <span className={styles.end} style={{ maxWidth }}>
        {text}
      </span>
    ) : (
      <span className={styles.start} style={{ maxWidth }} data-long={isLong || undefined}>
        <span>{text}</span>
      </span>
    );
  const shown = wrap ? wrap(line) : line;
  return isLong ? (
    <Hint title={text} childIsFocusable={wrap !== undefined}>
      {shown}
    </Hint>
  ) : (
    shown
  );
}
