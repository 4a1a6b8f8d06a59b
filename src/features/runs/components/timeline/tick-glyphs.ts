import CancelIcon from '@mui/icons-material/Cancel';
import CircleOutlinedIcon from '@mui/icons-material/CircleOutlined';
import FiberManualRecordIcon from '@mui/icons-material/FiberManualRecord';
import MoreTimeIcon from '@mui/icons-material/MoreTime';
import SkipNextIcon from '@mui/icons-material/SkipNext';
import TimerOutlinedIcon from '@mui/icons-material/TimerOutlined';
import type { SvgIconProps } from '@mui/material/SvgIcon';
import type { ComponentType } from 'react';
import type { TickKind } from '@/lib/schedule-reality';

/** Each kind of scheduled tick has its own shape (and a colour on top), named in the legend. */
export const TICK_GLYPHS: Record<
  TickKind,
  {
    Icon: ComponentType<SvgIconProps>;
    color: string;
    size: number;
    label: string;
  }
> = {
  ran: {
    Icon: FiberManualRecordIcon,
    color: 'text.disabled',
    size: 8,
    label: 'Scheduled, ran',
  },
  late: { Icon: MoreTimeIcon, color: 'warning.main', size: 14, label: 'Late' },
  skipped: {
    Icon: SkipNextIcon,
    color: 'text.secondary',
    size: 14,
    label: 'Skipped (previous run still running)',
  },
  missed: { Icon: CancelIcon, color: 'error.main', size: 14, label: 'Missed' },
  due: {
    Icon: TimerOutlinedIcon,
    color: 'text.secondary',
    size: 12,
    label: 'Due now',
  },
  upcoming: {
    Icon: CircleOutlinedIcon,
    color: 'primary.main',
    size: 10,
    label: 'Upcoming',
  },
};
