import { useQuery } from '@tanstack/react-query';
import type { ExecutionRef } from '@/api/types';
import { sentArguments } from './sent-arguments';
import { recentArgumentsQuery } from './use-argument-presets';

/**
 * The arguments a run was started with, when this browser started it: this tab's record first, else the job's
 * recent runs in the browser store (any tab, any visit). `args` is undefined when neither knows the run.
 */
export function useRunArguments(ref: ExecutionRef) {
  const inTab = sentArguments(ref);
  const recent = useQuery({
    ...recentArgumentsQuery({ team: ref.team, job: ref.job }),
    enabled: inTab === undefined,
  });
  const stored = recent.data?.find((run) => run.executionId === ref.executionId)?.args;
  return { args: inTab ?? stored, isPending: inTab === undefined && recent.isPending };
}
