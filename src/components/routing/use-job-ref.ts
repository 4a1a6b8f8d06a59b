import { useMemo } from 'react';
import { useParams } from 'react-router';
import { useTeamScope } from '@/components/team/use-team-scope';
import type { JobRef } from '@/lib/refs';

/**
 * The job of `/teams/:team/jobs/:job/…` (the job area's route, src/features/job/route.tsx): its overview and the
 * pages nested in it (executions, deployment) read it here. The team comes from the team scope, like every page's.
 */
export function useJobRef(): JobRef {
  const { team = '' } = useTeamScope();
  const { job = '' } = useParams();
  return useMemo(() => ({ team, job }), [team, job]);
}
