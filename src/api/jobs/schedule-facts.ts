import type { ScheduledJobFacts } from '@/lib/schedule-reality';
import type { TimelineJob } from '../types';

/** What the schedule check needs from a job: its deployment's state and the schedule it runs on. */
export function scheduleFacts(job: TimelineJob): ScheduledJobFacts {
  const deployment = job.deployments?.[0];
  // Only a deployment schedules runs; a job never deployed has a saved schedule that runs nothing.
  return deployment
    ? {
        cron: job.config?.schedule?.scheduleCron,
        enabled: deployment.enabled,
        deployedAt: deployment.lastDeployedDate,
      }
    : { cron: undefined, enabled: false };
}
