import { startTransition, useEffect, useState } from 'react';
import { nextTask } from '@/lib/next-task';
import { countOf } from '@/lib/words';
import { Button } from '@/components/ui/button';
import { useHoldFirstContent } from '@/components/page/use-hold-first-content';
import type { Cause } from '../model/triage';
import { CauseCard, type CauseScope } from './cause-card';
import styles from './cause-list.module.css';

/**
 * Causes shown at first, and added per "Show more": a team’s 10,000 failures can make hundreds of causes (skipped
 * runs group per job), and rendering them all at once blocked the page for seconds.
 */
export const CAUSES_PER_STEP = 10;
/**
 * Cards drawn per task, the first in a task after the counts above them: a card is about 100 new boxes to lay out
 * and paint, 50–90 ms of a frame at 4× throttle on a busy machine; one at a time, the page answers input in between.
 */
export const CARDS_PER_TASK = 1;

/** The causes, most important first, a step at a time, drawn a card per task; "Show more" once they are in. */
export function CauseList({ causes, team, teamOf }: { causes: readonly Cause[] } & CauseScope) {
  const [shown, setShown] = useState(CAUSES_PER_STEP);
  const [drawn, setDrawn] = useState(0);
  const hidden = causes.length - shown;
  const wanted = Math.min(shown, causes.length);
  useHoldFirstContent(drawn < wanted);

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
    <section aria-label="Causes" aria-busy={drawn < wanted} className={styles.list}>
      {causes.slice(0, Math.min(drawn, shown)).map((cause) => (
        <CauseCard key={cause.key} cause={cause} team={team} teamOf={teamOf} />
      ))}
      {hidden > 0 && drawn >= wanted && (
        <Button className={styles.more} onClick={() => setShown(shown + CAUSES_PER_STEP)}>
          Show {Math.min(hidden, CAUSES_PER_STEP)} more ({countOf(hidden, 'cause')} not shown)
        </Button>
      )}
    </section>
  );
}
