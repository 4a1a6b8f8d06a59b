import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/api/api-client-context';
import { executionMutations } from '@/api/executions/mutations';
import type { JobRef } from '@/api/types';
import { browserStore } from '@/lib/browser-store';
import { recentKey, withRecent, type RecentArguments } from './argument-presets';
import { rememberSentArguments } from './sent-arguments';
import { argumentKeys } from './use-argument-presets';

/** Starts a run of the job's deployment (`started_by` manual/vdk-dashboard); never retried automatically. */
export function useStartExecution(ref: JobRef) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const options = executionMutations.start(client, queryClient, ref);
  return useMutation<string | undefined, Error, Record<string, unknown> | undefined>({
    ...options,
    onSuccess: async (executionId, args, onMutateResult, context) => {
      if (executionId && args) {
        rememberSentArguments({ ...ref, executionId }, args);
        // Beyond this tab: offered again in the execute dialog, in any tab of this browser.
        const entry: RecentArguments = { executionId, args, at: Date.now() };
        await browserStore.update<RecentArguments[]>(recentKey(ref), (list) => withRecent(list, entry));
        await queryClient.invalidateQueries({ queryKey: argumentKeys.recent(ref) });
      }
      await options.onSuccess?.(executionId, args, onMutateResult, context);
    },
  });
}
