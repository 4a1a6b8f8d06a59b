import type { SxProps, Theme } from '@mui/material/styles';
import type { OutcomeKey } from '../model/outcomes';

/**
 * How each outcome is drawn. Colour and texture: the two kinds of failure differ by stripes too, so the bars read
 * in greyscale; every segment also says its outcome in words (name and tooltip).
 */
export const OUTCOME_LOOK: Record<OutcomeKey, SxProps<Theme>> = {
  succeeded: { bgcolor: 'success.main' },
  user_error: { bgcolor: 'error.main' },
  platform_error: {
    bgcolor: 'warning.main',
    backgroundImage: 'repeating-linear-gradient(45deg, transparent 0 3px, rgba(0,0,0,0.35) 3px 5px)',
  },
  other: {
    bgcolor: 'action.disabled',
    backgroundImage: 'radial-gradient(rgba(0,0,0,0.35) 1px, transparent 1px)',
    backgroundSize: '4px 4px',
  },
};
