import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/api/api-client-context';
import { jobMutations } from '@/api/jobs/mutations';
import type { JobRef } from '@/api/types';

export function useDeleteJob(ref: JobRef) {
  return useMutation(jobMutations.remove(useApiClient(), useQueryClient(), ref));
}
