import { Icon } from '@/components/ui/icon';
import { classNames } from '@/components/ui/class-names';
import { Hint } from '@/components/feedback/hint';
import { executionStatusGlyph, executionStatusLook, madeOnce, type GlyphSize } from './execution-status-look';
import styles from './execution-status-chip.module.css';

interface ExecutionStatusChipProps {
  /** REST (`user_error`) or GraphQL (`USER_ERROR`) spelling; null shows "No status". */
  status: string | null | undefined;
  /** The execution's message, shown as a hint (errors explain themselves here). */
  message?: string | null;
  size?: 'small' | 'medium';
}

/**
 * Status as icon + text + colour. Never colour alone. Looks like MUI's filled Chip, which would bring its click,
 * delete and avatar handling (~2.4 KB gzip) to the first route for a label that does none of that.
 */
export function ExecutionStatusChip({ status, message, size = 'small' }: ExecutionStatusChipProps) {
  const { label, icon, color } = executionStatusLook(status);
  const chip = (
    <span className={classNames(styles.chip, size === 'medium' && styles.medium, color !== 'default' && styles[color])}>
      {madeOnce(`chip ${status}`, () => (
        <Icon icon={icon} className={styles.icon} />
      ))}
      {label}
    </span>
  );
  return message ? <Hint title={message}>{chip}</Hint> : chip;
}

interface ExecutionStatusIconProps {
  status: string | null | undefined;
  /** Accessible name; defaults to the status label. Say more when useful: "Succeeded, 2026-11-27 16:30". */
  label?: string;
  fontSize?: GlyphSize;
}

/**
 * Compact, icon-only status (e.g. the timeline's bars): the shape tells the status, the
 * accessible name and title say it in words.
 */
export function ExecutionStatusIcon({ status, label, fontSize = 'small' }: ExecutionStatusIconProps) {
  const name = label ?? executionStatusLook(status).label;
  return (
    <span role="img" aria-label={name} title={name} className={styles.iconOnly}>
      {executionStatusGlyph(status, fontSize)}
    </span>
  );
}
