import BlockIcon from '@mui/icons-material/Block';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import HelpIcon from '@mui/icons-material/Help';
import HourglassTopIcon from '@mui/icons-material/HourglassTop';
import PlayCircleIcon from '@mui/icons-material/PlayCircle';
import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import SkipNextIcon from '@mui/icons-material/SkipNext';
import Box from '@mui/material/Box';
import type { SvgIconProps } from '@mui/material/SvgIcon';
import type { ComponentType } from 'react';
import { Hint } from '@/components/feedback/hint';
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
const ICONS: Record<ExecutionStatus, ComponentType<SvgIconProps>> = {
  submitted: HourglassTopIcon,
  running: PlayCircleIcon,
  succeeded: CheckCircleIcon,
  cancelled: BlockIcon,
  skipped: SkipNextIcon,
  user_error: ErrorIcon,
  platform_error: ReportProblemIcon,
};

function appearance(status: string | null | undefined) {
  const normalized = normalizeExecutionStatus(status);
  const tone = executionStatusTone(status);
  return {
    label: executionStatusLabel(status),
    Icon: normalized ? ICONS[normalized] : HelpIcon,
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
  const { label, Icon, color } = appearance(status);
  const small = size === 'small';
  const chip = (
    <Box
      component="span"
      sx={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: small ? 0.5 : 0.75,
        height: small ? 24 : 32,
        px: small ? 1 : 1.5,
        pl: small ? 0.5 : 0.75,
        borderRadius: small ? '12px' : '16px',
        typography: 'body2',
        fontSize: '0.8125rem',
        whiteSpace: 'nowrap',
        verticalAlign: 'middle',
        bgcolor: color === 'default' ? 'action.selected' : `${color}.main`,
        color: color === 'default' ? 'text.primary' : `${color}.contrastText`,
      }}
    >
      <Icon sx={{ fontSize: small ? 18 : 24 }} />
      {label}
    </Box>
  );
  return message ? <Hint title={message}>{chip}</Hint> : chip;
}

const ICON_WRAPPER = { display: 'inline-flex', lineHeight: 0 } as const;

interface ExecutionStatusIconProps {
  status: string | null | undefined;
  /** Accessible name; defaults to the status label. Say more when useful: "Succeeded, 2026-11-27 16:30". */
  label?: string;
  fontSize?: SvgIconProps['fontSize'];
}

/**
 * Compact, icon-only status (e.g. the last-10-executions strip): the shape tells the status, the
 * accessible name and title say it in words.
 */
export function ExecutionStatusIcon({ status, label, fontSize = 'small' }: ExecutionStatusIconProps) {
  const { label: statusLabel, Icon, color } = appearance(status);
  const name = label ?? statusLabel;
  // A plain span, not a styled Box: the job list draws ten of these per row.
  return (
    <span role="img" aria-label={name} title={name} style={ICON_WRAPPER}>
      <Icon fontSize={fontSize} color={color === 'default' ? 'action' : color} aria-hidden />
    </span>
  );
}
