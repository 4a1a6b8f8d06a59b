import { useEffect, useState } from 'react';
import type { CronDescription } from '@/lib/cron-text';

type Describe = (cron: string) => CronDescription;

let loaded: Describe | undefined;
let loading: Promise<Describe> | undefined;

/** Schedules repeat across a list (`0 * * * *`…): each is put into words once per session. */
function cached(describe: Describe): Describe {
  const descriptions = new Map<string, CronDescription>();
  return (cron) => {
    let description = descriptions.get(cron);
    if (!description) {
      description = describe(cron);
      descriptions.set(cron, description);
    }
    return description;
  };
}

/**
 * The cron humaniser (cronstrue), loaded after the list's first paint: the table shows the raw
 * expression for a moment instead of making every visit to the list wait for it.
 */
export function useCronText(): Describe | undefined {
  const [describe, setDescribe] = useState(() => loaded);
  useEffect(() => {
    if (describe) return undefined;
    let isCurrent = true;
    loading ??= import('@/lib/cron-text').then((module) => (loaded = cached(module.describeCronSchedule)));
    void loading.then((ready) => {
      if (isCurrent) setDescribe(() => ready);
    });
    return () => {
      isCurrent = false;
    };
  }, [describe]);
  return describe;
}
