import type { IconColor } from '@/components/ui/icon';
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
import {
  type ExecutionStatus,
  type ExecutionStatusTone,
  executionStatusLabel,
  executionStatusTone,
  normalizeExecutionStatus,
} from '@/lib/execution-status';

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

/** How the status chip shows a status: its words, shape and colour. */
export function executionStatusAppearance(status: string | null | undefined) {
  const normalized = normalizeExecutionStatus(status);
  const tone = executionStatusTone(status);
  return {
    label: executionStatusLabel(status),
    icon: normalized ? ICONS[normalized] : HelpIcon,
    color: tone ? COLORS[tone] : ('default' as const),
  };
}

/** The status's shape and its colour as an icon draws them (also for a shape drawn without an <svg>). */
export function executionStatusShape(status: string | null | undefined): { icon: IconShape; color: IconColor } {
  const { icon, color } = executionStatusAppearance(status);
  return { icon, color: ICON_COLORS[color] };
}
