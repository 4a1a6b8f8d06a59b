import { useAuth } from '@/auth';
import { type WriteAccess, writeAccess } from './write-access';

/**
 * "Can I change team X's jobs, or why not": every write action (execute, enable/disable, edit, properties, secrets,
 * deploy, undeploy, delete, cancel) asks here and, when it may not, is disabled with `reason` shown beside it
 * (`<ReasonHint>`). Reading is never restricted.
 */
export function useWriteAccess(team: string): WriteAccess {
  return writeAccess(team, useAuth());
}
