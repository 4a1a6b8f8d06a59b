import type { AuthContextValue } from '@/auth';

/** Whether the signed-in user may change a team's jobs, and if not, the reason to show beside the disabled action. */
export type WriteAccess = { canWrite: true; reason: undefined } | { canWrite: false; reason: string };

const ALLOWED: WriteAccess = { canWrite: true, reason: undefined };

/**
 * Judged from the token's teams claim, as the Control Service's authorization will judge the write. Without login,
 * or when the token lists no teams (the claim is not configured or not sent), nothing is known, so every action stays
 * enabled and a 403 from the service still explains itself (src/components/feedback/api-error-alert.tsx).
 */
export function writeAccess(team: string, auth: Pick<AuthContextValue, 'enabled' | 'user'>): WriteAccess {
  const teams = auth.user?.teams ?? [];
  if (!auth.enabled || teams.length === 0 || teams.includes(team)) return ALLOWED;
  return { canWrite: false, reason: `You are not a member of ${team}.` };
}
