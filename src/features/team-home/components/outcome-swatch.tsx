import Box from '@mui/material/Box';
import type { OutcomeKey } from '../model/outcomes';
import { OUTCOME_LOOK } from './outcome-look';

/** The legend's sample of an outcome's look. */
export function OutcomeSwatch({ outcome }: { outcome: OutcomeKey }) {
  return <Box aria-hidden sx={{ width: 12, height: 12, borderRadius: 0.5, ...OUTCOME_LOOK[outcome] }} />;
}
