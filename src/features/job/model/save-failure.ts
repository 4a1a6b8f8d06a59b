import { isForbidden } from '@/api/errors';

/**
 * The headline of a failed save of a job's section. A refusal (403) names the team whose membership
 * it takes: the service may send no reason at all, and a user removed from the team mid-session
 * needs to know why a page that worked a minute ago no longer saves.
 */
export function saveFailureTitle(error: unknown, section: string, team: string): string {
  return isForbidden(error)
    ? `No access to team ${team}: the ${section} could not be saved`
    : `Could not save the ${section}`;
}
