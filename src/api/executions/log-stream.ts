import type { LogBatch } from '@/lib/log-index';
import type { ApiClient, Transport } from '../client';
import { ApiError, type ApiErrorInit } from '../errors';
import type { ExecutionRef } from '../types';
import { fetchLog, fromReply, type LogReadingEvent, type LogWorkerReply, type ResponseHead } from './log-reading';

/**
 * The execution's log, read as it downloads: batches of indexed lines, the first as soon as it has arrived. A worker
 * sends the request (with the client's headers, limits and errors) and receives, decodes, splits and indexes the
 * body (log-reading.ts): this thread only takes the batches, all those that arrived meanwhile at once. Fails as the
 * client does (an `ApiError`): `network` when the connection breaks mid-log, `malformed` when the body is not
 * `{"logs": "…"}`.
 */
export async function* streamLogLines(
  client: ApiClient,
  ref: ExecutionRef,
  signal: AbortSignal,
): AsyncGenerator<LogBatch, void, undefined> {
  const source = openLogSource();
  const stop = () => source.interrupt();
  signal.addEventListener('abort', stop, { once: true });
  try {
    const { response } = await client.rest.GET(
      '/data-jobs/for-team/{team_name}/jobs/{job_name}/executions/{execution_id}/logs',
      {
        params: { path: { team_name: ref.team, job_name: ref.job, execution_id: ref.executionId } },
        signal,
        parseAs: 'stream',
        fetch: (request: Request) => client.streamingFetch(request, source.transport),
      },
    );
    const facts: Omit<ApiErrorInit, 'kind'> = {
      method: 'GET',
      url: response.url || source.url,
      opId: response.headers.get('X-OPID') ?? undefined,
      status: response.status,
    };
    for (;;) {
      const events = await source.next();
      if (signal.aborted) return;
      const batches: LogBatch[] = [];
      let broken: ApiError | undefined;
      let ended = false;
      for (const event of events) {
        if (event.type === 'lines') batches.push(event.batch);
        else if (event.type === 'done') ended = true;
        else broken = new ApiError({ ...facts, kind: event.type, cause: new SyntaxError(event.message) });
      }
      // The lines that arrived before a failure are shown with it.
      if (batches.length) yield joinBatches(batches);
      if (broken) throw broken;
      if (ended) return;
    }
  } finally {
    signal.removeEventListener('abort', stop);
    source.close();
  }
}

interface LogSource {
  /** The client's transport for the logs request: the answer's body is read into events, not left in the response. */
  transport: Transport;
  /** The request's URL, once sent. */
  url: string;
  /** Every event since the last call, once there is one (or an interruption). */
  next(): Promise<LogReadingEvent[]>;
  /** Wakes `next` (the caller gave up). */
  interrupt(): void;
  close(): void;
}

/** Reads the log in a worker; on this thread where there is none or it fails to start. */
function openLogSource(): LogSource {
  let events: LogReadingEvent[] = [];
  let wake: (() => void) | undefined;
  const emit = (event?: LogReadingEvent) => {
    if (event) events.push(event);
    wake?.();
    wake = undefined;
  };
  let worker: Worker | undefined;
  const stopHere = new AbortController();
  const readHere: Transport = async (request) => answerOf(await fetchLog(request, emit, stopHere.signal));

  const source: LogSource = {
    url: '',
    transport: (request) => {
      source.url = request.url;
      if (typeof Worker === 'undefined') return readHere(request);
      return new Promise((resolve, reject) => {
        let answered = false;
        const reader = new Worker(new URL('./log.worker.ts', import.meta.url), { type: 'module' });
        worker = reader;
        reader.onmessage = ({ data }: MessageEvent<LogWorkerReply>) => {
          if (data.type === 'head') {
            answered = true;
            resolve(answerOf(data.head));
          } else if (data.type === 'failed') {
            answered = true;
            reject(
              data.name === 'AbortError' ? new DOMException(data.message, data.name) : new TypeError(data.message),
            );
          } else emit(fromReply(data));
        };
        reader.onerror = (event) => {
          event.preventDefault();
          reader.terminate();
          worker = undefined;
          // A worker that could not start (a page that forbids them): the request has not gone yet.
          if (!answered) readHere(request).then(resolve, reject);
          else emit({ type: 'network', message: `The log reader stopped: ${event.message}` });
        };
        const abort = () => reader.postMessage({ type: 'abort', reason: String(request.signal.reason) });
        request.signal.addEventListener('abort', abort, { once: true });
        reader.postMessage({ type: 'fetch', url: request.url, headers: [...request.headers] });
      });
    },
    next: async () => {
      if (events.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      const taken = events;
      events = [];
      return taken;
    },
    interrupt: () => emit(),
    close: () => {
      worker?.terminate();
      stopHere.abort();
    },
  };
  return source;
}

/** The mark performance tools (and the benchmark) time the log's reading from. */
export const LOG_RESPONSE_MARK = 'vdk:log-response-start';

/** The answer as the client reads it; its start is marked on this thread's timeline. */
function answerOf({ status, statusText, headers, errorBody, startedAt }: ResponseHead): Response {
  performance.mark(LOG_RESPONSE_MARK, { startTime: Math.max(0, startedAt - performance.timeOrigin) });
  return new Response(errorBody ?? null, { status, statusText, headers });
}

function joinBatches(batches: LogBatch[]): LogBatch {
  if (batches.length === 1) return batches[0]!;
  const lines: string[] = [];
  const levels = new Uint8Array(batches.reduce((sum, batch) => sum + batch.levels.length, 0));
  const errorLines: number[] = [];
  for (const batch of batches) {
    for (const line of batch.errorLines) errorLines.push(lines.length + line);
    levels.set(batch.levels, lines.length);
    for (const line of batch.lines) lines.push(line);
  }
  return { lines, levels, errorLines };
}
