import type { ApiClient } from '../client';
import { ApiError, graphqlErrorMessages, isRecord } from '../errors';
import { isDotSegment } from '@/lib/paths';
import type { TypedQuery } from './typed-query';

/** The service flattens `{data: {jobs: page}}` into `{data: page}` (docs/api-reference.md §3.2). */
export type FlatPage<TResult> = NonNullable<TResult[keyof TResult]>;

interface RunOptions {
  /** Path segment only: the service ignores it for filtering, so builders add a team filter themselves. */
  team: string;
  signal?: AbortSignal;
}

/** Sends a typed document as GraphQL-over-GET (`query`, `variables` as a JSON string, `operation_name`). */
export async function runQuery<TResult, TVariables>(
  client: ApiClient,
  document: TypedQuery<TResult, TVariables>,
  variables: TVariables,
  { team, signal }: RunOptions,
): Promise<FlatPage<TResult>> {
  const { data: body, response } = await client.rest.GET('/data-jobs/for-team/{team_name}/jobs', {
    params: {
      // `fetch` would resolve `for-team/../jobs` to another URL; the service ignores this segment when reading.
      path: { team_name: isDotSegment(team) ? 'all' : team },
      query: {
        query: document,
        variables: JSON.stringify(variables),
        operation_name: operationName(document),
      },
    },
    signal,
  });
  return readEnvelope<FlatPage<TResult>>(body, response);
}

function operationName(document: string): string | undefined {
  return /\b(?:query|mutation)\s+([A-Za-z_]\w*)/.exec(document)?.[1];
}

/** A 200 can still carry errors in principle; and a page without `content` means we cannot trust it. */
export function readEnvelope<TPage>(body: unknown, response: Response): TPage {
  const facts = { method: 'GET', url: response.url, opId: response.headers.get('X-OPID') ?? undefined };
  if (!isRecord(body)) throw new ApiError({ kind: 'malformed', status: response.status, ...facts });
  const messages = graphqlErrorMessages(body);
  if (messages.length > 0) throw new ApiError({ kind: 'graphql', graphqlMessages: messages, ...facts });
  const data = body.data;
  if (!isRecord(data) || !Array.isArray(data.content)) {
    throw new ApiError({ kind: 'malformed', status: response.status, ...facts });
  }
  return data as TPage;
}
