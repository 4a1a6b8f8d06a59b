import { Icon, type IconColor } from '@/components/ui/icon';
import {
  BlockIcon,
  CheckCircleIcon,
  ErrorIcon,
  HelpIcon,
  HourglassTopIcon,
  PlayCircleIcon,
  ReportProblemIcon,
  SkipNextIcon,
  type IconShape,
} from '@/components/ui/icons';
import { classNames } from '@/components/ui/class-names';
import { Hint } from '@/components/feedback/hint';
import {
  type ExecutionStatus,
  type ExecutionStatusTone,
  executionStatusLabel,
  executionStatusTone,
  normalizeExecutionStatus,
} from '@/lib/execution-status';
import styles from './execution-status-chip.module.css';

type ChipColor = 'default' | 'info' | 'success' | 'error' | 'warning';

const COLORS: Record<ExecutionStatusTone, ChipColor> = {
  pending: 'default',
  active: 'info',
  success: 'success',
  failure: 'error',
  'platform-failure': 'warning',
  neutral: 'default',
};

/** Each status has its own shape, so it reads without colour (and in greyscale). */
const ICONS: Record<ExecutionStatus, IconShape> = {
  submitted: HourglassTopIcon,
  running: PlayCircleIcon,
  succeeded: CheckCircleIcon,
  cancelled: BlockIcon,
  skipped: SkipNextIcon,
  user_error: ErrorIcon,
  platform_error: ReportProblemIcon,
};

const ICON_COLORS: Record<ChipColor, IconColor> = {
  default: 'action',
  info: 'info',
  success: 'success',
  error: 'error',
  warning: 'warning',
};

function appearance(status: string | null | undefined) {
  const normalized = normalizeExecutionStatus(status);
  const tone = executionStatusTone(status);
  return {
    label: executionStatusLabel(status),
    icon: normalized ? ICONS[normalized] : HelpIcon,
    color: tone ? COLORS[tone] : ('default' as const),
  };
}

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
  const { label, icon, color } = appearance(status);
  const chip = (
    <span className={classNames(styles.chip, size === 'medium' && styles.medium, color !== 'default' && styles[color])}>
      <Icon icon={icon} className={styles.icon} />
      {label}
    </span>
  );
  return message ? <Hint title={message}>{chip}</Hint> : chip;
}

interface ExecutionStatusIconProps {
  status: string | null | undefined;
  /** Accessible name; defaults to the status label. Say more when useful: "Succeeded, 2026-11-27 16:30". */
  label?: string;
  fontSize?: 'inherit' | 'small' | 'medium';
}

/**
 * Compact, icon-only status (e.g. the timeline's bars): the shape tells the status, the
 * accessible name and title say it in words.
 */
export function ExecutionStatusIcon({ status, label, fontSize = 'small' }: ExecutionStatusIconProps) {
  const name = label ?? appearance(status).label;
  return (
    <span role="img" aria-label={name} title={name} className={styles.iconOnly}>
      <ExecutionStatusGlyph status={status} fontSize={fontSize} />
    </span>
  );
}

/**
 * The status's shape in its colour, hidden from assistive tech: for an element that names the status itself (a link
 * of the job list's recent runs, 10 a row, whose own label and title say it).
 */
export function ExecutionStatusGlyph({ status, fontSize = 'small' }: Omit<ExecutionStatusIconProps, 'label'>) {
  const { icon, color } = appearance(status);
  return <Icon icon={icon} fontSize={fontSize} color={ICON_COLORS[color]} />;
}
