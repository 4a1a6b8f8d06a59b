import type { JobRef } from '@/api/types';

export interface JobContactsInput extends JobRef {
  userError: readonly (string | null)[] | null | undefined;
  platformError: readonly (string | null)[] | null | undefined;
  isDeployed: boolean;
}

export interface NotificationCoverage {
  /** Deployed jobs whose user errors (the job's code or data) notify nobody. */
  userErrorUncovered: JobRef[];
  /** Deployed jobs whose platform errors notify nobody, even when user errors notify someone. */
  platformErrorUncovered: JobRef[];
  /** Deployed jobs that notify someone of some failure: the ones whose notification switch matters. */
  notifying: JobRef[];
  /** Deployed jobs looked at. */
  deployed: number;
}

const hasAddress = (list: JobContactsInput['userError']) => (list ?? []).some((address) => address?.trim());

/**
 * Who hears about a failure, per kind. The service notifies the user-error list for user errors and the
 * platform-error list for platform errors (docs/api-reference.md §8), so a job with only user-error contacts is not
 * covered for platform errors. Jobs never deployed do not run and are left out.
 */
export function notificationCoverage(jobs: readonly JobContactsInput[]): NotificationCoverage {
  const coverage: NotificationCoverage = {
    userErrorUncovered: [],
    platformErrorUncovered: [],
    notifying: [],
    deployed: 0,
  };
  for (const { team, job, userError, platformError, isDeployed } of jobs) {
    if (!isDeployed) continue;
    coverage.deployed += 1;
    const ref = { team, job };
    const user = hasAddress(userError);
    const platform = hasAddress(platformError);
    if (!user) coverage.userErrorUncovered.push(ref);
    if (!platform) coverage.platformErrorUncovered.push(ref);
    if (user || platform) coverage.notifying.push(ref);
  }
  return coverage;
}
