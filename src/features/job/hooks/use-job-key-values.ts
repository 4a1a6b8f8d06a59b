import {
  queryOptions,
  useMutation,
  useQuery,
  type QueryFunction,
  useQueryClient,
  type UseMutationOptions,
} from '@tanstack/react-query';
import type { ApiClient } from '@/api/client';
import { useApiClient } from '@/api/api-client-context';
import { jobMutations } from '@/api/jobs/mutations';
import { jobQueries } from '@/api/jobs/queries';
import type { JobRef } from '@/api/types';

/** Properties and secrets share the editor; this binds one of the two stores to it. */
export type KeyValueStore = 'properties' | 'secrets';

/** Both stores are plain JSON objects (`null`: secrets not configured); only their keys and paths differ. */
export function keyValueQuery(client: ApiClient, ref: JobRef, store: KeyValueStore) {
  const options = store === 'properties' ? jobQueries.properties(client, ref) : jobQueries.secrets(client, ref);
  const queryFn = options.queryFn as QueryFunction<Record<string, unknown> | null, readonly string[]>;
  return queryOptions({ queryKey: options.queryKey, queryFn });
}

export function useJobKeyValues(ref: JobRef, store: KeyValueStore) {
  return useQuery(keyValueQuery(useApiClient(), ref, store));
}

export function useSaveJobKeyValues(ref: JobRef, store: KeyValueStore) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const builder = store === 'properties' ? jobMutations.updateProperties : jobMutations.updateSecrets;
  return useMutation(builder(client, queryClient, ref) as UseMutationOptions<unknown, Error, Record<string, unknown>>);
}
