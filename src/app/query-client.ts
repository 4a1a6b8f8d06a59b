import { QueryClient } from '@tanstack/react-query';
import { isRetryableError } from '@/api/errors';

const MAX_READ_RETRIES = 2;

/**
 * Reads retry only when trying again can help (no answer, 5xx, 429), with backoff; a 4xx will not
 * change by asking again. Mutations never retry on their own: starting a job twice is not harmless.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => failureCount < MAX_READ_RETRIES && isRetryableError(error),
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 10_000),
        staleTime: 10_000,
      },
      mutations: { retry: false },
    },
  });
}
