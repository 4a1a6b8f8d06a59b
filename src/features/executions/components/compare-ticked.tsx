import CompareArrowsIcon from '@mui/icons-material/CompareArrows';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { RouterLink } from '@/components/routing/router-link';
import type { JobRef } from '@/api/types';
import { paths } from '@/lib/paths';
import { compareBlocker, comparePair, type TickedRun } from '../model/compare-selection';

interface CompareTickedProps {
  jobRef: JobRef;
  ticked: readonly TickedRun[];
  onClear: () => void;
}

/** "Compare" for the runs ticked in the history: opens when exactly two are ticked, and says why not otherwise. */
export function CompareTicked({ jobRef, ticked, onClear }: CompareTickedProps) {
  const reasonId = useId();
  const blocker = compareBlocker(ticked.length);
  const pair = comparePair(ticked);
  return (
    <Stack
      direction="row"
      spacing={1}
      useFlexGap
      role="group"
      aria-label="Compare runs"
      sx={{ alignItems: 'center', flexWrap: 'wrap' }}
    >
      {pair ? (
        <Button
          component={RouterLink}
          to={paths.compareExecutions(jobRef, pair)}
          variant="outlined"
          size="small"
          startIcon={<CompareArrowsIcon />}
        >
          Compare
        </Button>
      ) : (
        <Button variant="outlined" size="small" startIcon={<CompareArrowsIcon />} disabled aria-describedby={reasonId}>
          Compare
        </Button>
      )}
      <Typography id={reasonId} variant="body2" color="text.secondary">
        {blocker ?? 'The older run is A, the newer B.'}
      </Typography>
      {ticked.length > 0 && (
        <Button size="small" onClick={onClear}>
          Clear ticks
        </Button>
      )}
    </Stack>
  );
}
