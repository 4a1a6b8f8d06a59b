import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { startTransition, useEffect, useState } from 'react';
import { nextTask } from '@/lib/next-task';
import { countOf } from '@/lib/words';
import type { Cause } from '../model/triage';
import { CauseCard } from './cause-card';

/**
 * Causes shown at first, and added per "Show more": a team’s 10,000 failures can make hundreds of causes (skipped
 * runs group per job), and rendering them all at once blocked the page for seconds.
 */
export const CAUSES_PER_STEP = 10;
/**
 * Cards drawn per task: ten cards at once (their styles, then their layout) held the page for over 100 ms at 4×
 * throttle; a few at a time, the first cause shows sooner and the page answers input in between.
 */
export const CARDS_PER_TASK = 2;

/** The causes, most important first, a step at a time, drawn a few cards per task. */
export function CauseList({ causes, team }: { causes: readonly Cause[]; team: string | undefined }) {
  const [shown, setShown] = useState(CAUSES_PER_STEP);
  const [drawn, setDrawn] = useState(CARDS_PER_TASK);
  const hidden = causes.length - shown;
  const wanted = Math.min(shown, causes.length);

  useEffect(() => {
    if (drawn >= wanted) return;
    let current = true;
    void nextTask().then(() => {
      if (current) startTransition(() => setDrawn(Math.min(wanted, drawn + CARDS_PER_TASK)));
    });
    return () => {
      current = false;
    };
  }, [drawn, wanted]);

  return (
    <Stack spacing={2} component="section" aria-label="Causes" aria-busy={drawn < wanted}>
      {causes.slice(0, Math.min(drawn, shown)).map((cause) => (
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
