import { useEffect, useState } from 'react';
import type * as CronTextModule from '@/lib/cron-text';

type CronText = typeof CronTextModule;

let loaded: CronText | undefined;
let loading: Promise<CronText> | undefined;

/**
 * The cron humaniser (cronstrue), loaded after the list's first paint: the table shows the raw
 * expression for a moment instead of making every visit to the list wait for it.
 */
export function useCronText(): CronText | undefined {
  const [module, setModule] = useState(loaded);
  useEffect(() => {
    if (module) return undefined;
    let isCurrent = true;
    loading ??= import('@/lib/cron-text').then((imported) => (loaded = imported));
    void loading.then((imported) => {
      if (isCurrent) setModule(imported);
    });
    return () => {
      isCurrent = false;
    };
  }, [module]);
  return module;
}
