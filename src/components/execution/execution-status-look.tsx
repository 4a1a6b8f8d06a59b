import type { ReactElement } from 'react';
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

const elements = new Map<string, ReactElement>();

/**
 * One element per key, made once. A table's rows keep their elements across pages (keyed by position): where the
 * next page shows the status a place showed before, React meets the same element and skips it.
 */
export function madeOnce(key: string, make: () => ReactElement): ReactElement {
  let element = elements.get(key);
  if (!element) {
    element = make();
    elements.set(key, element);
  }
  return element;
}

/** A status in words, shape and colour (REST or GraphQL spelling; null or unknown reads as such). */
export function executionStatusLook(status: string | null | undefined) {
  const normalized = normalizeExecutionStatus(status);
  const tone = executionStatusTone(status);
  return {
    label: executionStatusLabel(status),
    icon: normalized ? ICONS[normalized] : HelpIcon,
    color: tone ? COLORS[tone] : ('default' as const),
  };
}

export type GlyphSize = 'inherit' | 'small' | 'medium';

/**
 * The status's shape in its colour, hidden from assistive tech: for an element that names the status itself (a link
 * of the job list's recent runs, 10 a row, whose own label and title say it).
 */
export function executionStatusGlyph(status: string | null | undefined, fontSize: GlyphSize = 'small'): ReactElement {
  return madeOnce(`glyph ${fontSize} ${status}`, () => {
    const { icon, color } = executionStatusLook(status);
    return <Icon icon={icon} fontSize={fontSize} color={ICON_COLORS[color]} />;
  });
}
