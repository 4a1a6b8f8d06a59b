import { checkCron, cronRunsBetween } from '@/lib/cron';

interface RunFacts {
  type?: string | null;
  startTime?: string | null;
}

/** How long after its tick a scheduled run may start (the pod's start-up) and still be that tick's. */
const START_SLACK_MS = 5 * 60_000;

/**
 * Evidence that the deployment runs another schedule than the saved one. The service reports the deployed schedule
 * nowhere, and a saved schedule reaches the CronJob only when the deployment is applied again (docs/api-reference.md
 * §2.3, §3.4, §5.2). The newest scheduled run since the deployment was last applied came from the deployed schedule:
 * when the saved schedule has no tick in the minutes before it started, the two differ. Returns that run's start.
 */
export function runOffSavedSchedule(
  savedCron: string | null | undefined,
  newestFirst: readonly (RunFacts | null)[],
  deployedAt: string | null | undefined,
): Date | undefined {
  const cron = savedCron?.trim() ?? '';
  if (cron !== '' && !checkCron(cron).ok) return undefined;
  const since = deployedAt ? Date.parse(deployedAt) : NaN;
  if (Number.isNaN(since)) return undefined;
  const run = newestFirst.find((candidate) => candidate?.type?.toLowerCase() === 'scheduled' && candidate.startTime);
  const start = run?.startTime ? new Date(run.startTime) : undefined;
  if (!start || Number.isNaN(start.getTime()) || start.getTime() <= since) return undefined;
  const ticks = cronRunsBetween(cron, new Date(start.getTime() - START_SLACK_MS), start, 1);
  return ticks.length === 0 ? start : undefined;
}
