import type { UseQueryResult } from '@tanstack/react-query';

/** What a home card needs to know of its data, however many requests it took. */
export interface CardState<T> {
  data: T | undefined;
  isPending: boolean;
  /** The first error among the card's requests (null when all answered). */
  error: unknown;
  isFetching: boolean;
  /** When the oldest of its answers arrived (epoch ms; 0 before any). */
  updatedAt: number;
  /** Retries what failed. */
  refetch: () => void;
}

/** Several queries as one card: pending until all answered, failed when one failed. */
export function combineStates<const TData extends readonly unknown[], T>(
  results: { readonly [K in keyof TData]: UseQueryResult<TData[K]> },
  toData: (data: TData) => T,
): CardState<T> {
  const failed = results.find((result) => result.isError);
  const isPending = results.some((result) => result.isPending);
  const hasAll = results.every((result) => result.data !== undefined);
  return {
    data: hasAll ? toData(results.map((result) => result.data) as unknown as TData) : undefined,
    isPending: isPending && !failed,
    error: failed?.error ?? null,
    isFetching: results.some((result) => result.isFetching),
    updatedAt: Math.min(...results.map((result) => result.dataUpdatedAt)),
    refetch: () => {
      for (const result of results) if (result.isError) void result.refetch();
    },
  };
}

/** The home refreshes itself about once a minute (and on focus, the query client's default for stale data). */
export const HOME_REFRESH_MS = 60_000;

/** A card whose data (or code) is still on its way. */
export const PENDING_CARD: CardState<never> = {
  data: undefined,
  isPending: true,
  error: null,
  isFetching: true,
  updatedAt: 0,
  refetch: () => undefined,
};
