import { nextTask } from '@/lib/next-task';
import type { ApiClient } from '../client';
import { ApiError, type ApiErrorInit } from '../errors';
import type { ExecutionRef } from '../types';
import { createLogBodyDecoder } from './log-body';

/** Lines read since the last batch are handed on at most this often: each batch re-renders the log. */
const BATCH_MS = 250;
/** Lines indexed in one task at most (a level and an error test each): a few ms even on a slow CPU. */
const MAX_BATCH_LINES = 2_000;
/** Body text decoded in one task at most, however much has arrived at once (megabytes, over a fast network). */
const PIECE_CHARS = 64 * 1024;

/**
 * The execution's log, read as it downloads: batches of lines, the first as soon as it has arrived, each read and
 * indexed in a task of its own so the page paints and answers input meanwhile. Fails as the client does (an
 * `ApiError`): `network` when the connection breaks mid-log, `malformed` when the body is not `{"logs": "…"}`.
 */
export async function* streamLogLines(
  client: ApiClient,
  ref: ExecutionRef,
  signal: AbortSignal,
): AsyncGenerator<string[], void, undefined> {
  const { data: body, response } = await client.rest.GET(
    '/data-jobs/for-team/{team_name}/jobs/{job_name}/executions/{execution_id}/logs',
    {
      params: { path: { team_name: ref.team, job_name: ref.job, execution_id: ref.executionId } },
      signal,
      parseAs: 'stream',
      fetch: client.streamingFetch,
    },
  );
  // No body: the service's empty answer for a log that is gone.
  if (!body) return;
  const facts: Omit<ApiErrorInit, 'kind'> = {
    method: 'GET',
    url: response.url,
    opId: response.headers.get('X-OPID') ?? undefined,
    status: response.status,
  };
  const reader = body.getReader();
  const cancel = () => void reader.cancel(signal.reason).catch(() => {});
  signal.addEventListener('abort', cancel, { once: true });
  const decoder = createLogBodyDecoder();
  let batch: string[] = [];
  let handedOn = -Infinity;
  try {
    for await (const piece of bodyText(reader, facts)) {
      if (signal.aborted) return;
      batch = batch.concat(decoder.push(piece));
      while (batch.length >= MAX_BATCH_LINES) {
        yield batch.slice(0, MAX_BATCH_LINES);
        batch = batch.slice(MAX_BATCH_LINES);
        handedOn = performance.now();
        await nextTask();
      }
      if (batch.length && performance.now() - handedOn >= BATCH_MS) {
        yield batch;
        batch = [];
        handedOn = performance.now();
      }
      await nextTask();
    }
    if (signal.aborted) return;
    batch = batch.concat(decoder.end());
    for (let at = 0; at < batch.length; at += MAX_BATCH_LINES) {
      yield batch.slice(at, at + MAX_BATCH_LINES);
      await nextTask();
    }
  } catch (error) {
    if (error instanceof SyntaxError) throw new ApiError({ kind: 'malformed', ...facts, cause: error });
    throw error;
  } finally {
    signal.removeEventListener('abort', cancel);
  }
}

/** The body as text, in pieces of at most PIECE_CHARS. */
async function* bodyText(reader: ReadableStreamDefaultReader<Uint8Array>, facts: Omit<ApiErrorInit, 'kind'>) {
  const text = new TextDecoder();
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (error) {
      throw new ApiError({ ...facts, kind: 'network', cause: error });
    }
    const decoded = chunk.done ? text.decode() : text.decode(chunk.value, { stream: true });
    for (let at = 0; at < decoded.length; at += PIECE_CHARS) yield decoded.slice(at, at + PIECE_CHARS);
    if (chunk.done) return;
  }
}
