import type { JobRef } from '../types';

/**
 *   ['deployments', team, job]     the job's deployment (or null when not deployed)
 *   ['deployments', team, 'info']  what the service supports (Python versions)
 */
export const deploymentKeys = {
  detail: (ref: JobRef) => ['deployments', ref.team, ref.job] as const,
  info: (team: string) => ['deployments', team, 'info'] as const,
};
