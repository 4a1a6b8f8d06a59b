import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/errors';
import { createQueryClient } from './query-client';

const retry = createQueryClient().getDefaultOptions().queries?.retry as (count: number, error: unknown) => boolean;

describe('query client', () => {
  it('retries reads that failed for reasons a retry can fix', () => {
    expect(retry(0, new ApiError({ kind: 'network' }))).toBe(true);
    expect(retry(0, new ApiError({ kind: 'timeout' }))).toBe(true);
    expect(retry(0, new ApiError({ kind: 'http', status: 503 }))).toBe(true);
  });

  it('does not retry answers that will not change', () => {
    for (const status of [400, 401, 403, 404, 409]) {
      expect(retry(0, new ApiError({ kind: 'http', status }))).toBe(false);
    }
    expect(retry(0, new Error('a bug in our code'))).toBe(false);
  });

  it('gives up after two retries', () => {
    expect(retry(2, new ApiError({ kind: 'network' }))).toBe(false);
  });

  it('never retries mutations: starting a job twice is not harmless', () => {
    expect(createQueryClient().getDefaultOptions().mutations?.retry).toBe(false);
  });
});
