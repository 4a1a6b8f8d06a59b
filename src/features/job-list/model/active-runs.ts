import type { JobsPage } from '@/api/types';
import { isActive } from '@/lib/execution-status';

/** Start times of the visible executions that are still moving (submitted or running). */
export function activeRunsOf(page: JobsPage | undefined) {
  const runs: { active: boolean; startTime?: string | null }[] = [];
  for (const job of page?.content ?? []) {
    for (const deployment of job?.deployments ?? []) {
      for (const execution of deployment?.executions ?? []) {
        if (execution && isActive(execution.status)) runs.push({ active: true, startTime: execution.startTime });
      }
    }
  }
  return runs;
}
