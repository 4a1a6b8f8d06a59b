import { useId } from 'react';
import type { JobRef } from '@/api/types';
import { Button, LinkButton } from '@/components/ui/button';
import { Icon } from '@/components/ui/icon';
import { CompareArrowsIcon } from '@/components/ui/icons';
import { Text } from '@/components/ui/text';
import { paths } from '@/lib/paths';
import { compareBlocker, comparePair, type TickedRun } from '../model/compare-selection';
import styles from './compare-ticked.module.css';

interface CompareTickedProps {
  jobRef: JobRef;
  ticked: readonly TickedRun[];
  onClear: () => void;
}

const COMPARE_ICON = <Icon icon={CompareArrowsIcon} />;

/** "Compare" for the runs ticked in the history: opens when exactly two are ticked, and says why not otherwise. */
export function CompareTicked({ jobRef, ticked, onClear }: CompareTickedProps) {
  const reasonId = useId();
  const blocker = compareBlocker(ticked.length);
  const pair = comparePair(ticked);
  return (
    <div role="group" aria-label="Compare runs" className={styles.group}>
      {pair ? (
        <LinkButton to={paths.compareExecutions(jobRef, pair)} variant="outlined" size="small" startIcon={COMPARE_ICON}>
          Compare
        </LinkButton>
      ) : (
        <Button variant="outlined" size="small" startIcon={COMPARE_ICON} disabled aria-describedby={reasonId}>
          Compare
        </Button>
      )}
      <Text id={reasonId} variant="body2" color="text.secondary">
        {blocker ?? 'The older run is A, the newer B.'}
      </Text>
      {ticked.length > 0 && (
        <Button size="small" onClick={onClear}>
          Clear ticks
        </Button>
      )}
    </div>
  );
}
