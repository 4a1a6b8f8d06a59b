import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { countOf } from '@/lib/words';
import type { Cause } from '../model/triage';
import { CauseCard } from './cause-card';

/**
 * Causes shown at first, and added per "Show more": a team’s 10,000 failures can make hundreds of causes (skipped
 * runs group per job), and rendering them all at once blocked the page for seconds.
 */
export const CAUSES_PER_STEP = 10;

/** The causes, most important first, a step at a time. */
export function CauseList({ causes, team }: { causes: readonly Cause[]; team: string | undefined }) {
  const [shown, setShown] = useState(CAUSES_PER_STEP);
  const hidden = causes.length - shown;
  return (
    <Stack spacing={2} component="section" aria-label="Causes">
      {causes.slice(0, shown).map((cause) => (
        <CauseCard key={cause.key} cause={cause} team={team} />
      ))}
      {hidden > 0 && (
        <Button sx={{ alignSelf: 'flex-start' }} onClick={() => setShown(shown + CAUSES_PER_STEP)}>
          Show {Math.min(hidden, CAUSES_PER_STEP)} more ({countOf(hidden, 'cause')} not shown)
        </Button>
      )}
    </Stack>
  );
}
