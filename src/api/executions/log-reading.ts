import { indexBatch, type LogBatch } from '@/lib/log-index';
import { NO_LEVEL } from '@/lib/log-levels';
import { createLogBodyDecoder } from './log-body';

/** What reading the logs body gives, in order: batches of indexed lines, then the end or a failure. */
export type LogReadingEvent =
  | { type: 'lines'; batch: LogBatch }
  | { type: 'done' }
  /** The body was not `{"logs": "…"}` (a SyntaxError's message). */
  | { type: 'malformed'; message: string }
  /** The connection broke before the body's end. */
  | { type: 'network'; message: string };

export interface LogReading {
  /** The body's next bytes, as they arrive. */
  push(bytes: Uint8Array): void;
  /** The body is complete. */
  end(): void;
}

/**
 * Lines are handed on at most this often: each batch re-renders the log, and fewer, larger batches cost the page
 * less than many small ones. The first lines go at once.
 */
export const BATCH_MS = 100;
/**
 * Lines per batch at most: the page takes each batch in a task of its own (copying it from the worker and splitting
 * it into lines), and 5,000 lines (about 1 MB) take a few milliseconds where the whole log at once took 100 (at 4×
 * CPU throttling).
 */
export const BATCH_LINES = 5_000;

/**
 * Reads the logs body's bytes as they arrive: decodes them (log-body.ts), splits them into lines and indexes their
 * levels and error lines, then hands the lines on to `emit` in batches, the first as soon as it exists and the next at
 * most every BATCH_MS. Runs in a worker (log.worker.ts), or on the page where there is none.
 */
export function createLogReading(emit: (event: LogReadingEvent) => void): LogReading {
  const text = new TextDecoder();
  const body = createLogBodyDecoder();
  let pending: string[] = [];
  /** The level of the last line handed on, which the next lines continue until one names a level. */
  let carried: number = NO_LEVEL;
  let handedOn = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let finished = false;

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (pending.length === 0) return;
    for (let from = 0; from < pending.length; from += BATCH_LINES) {
      const batch = indexBatch(pending.slice(from, from + BATCH_LINES), carried);
      carried = batch.levels[batch.levels.length - 1]!;
      emit({ type: 'lines', batch });
    }
    pending = [];
    handedOn = performance.now();
  };

  /** Runs `decode`; a body that is not the log ends the reading. */
  const read = (decode: () => string[]) => {
    if (finished) return;
    try {
      const lines = decode();
      pending = pending.length === 0 ? lines : pending.concat(lines);
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      finished = true;
      clearTimeout(timer);
      emit({ type: 'malformed', message: error.message });
    }
  };

  return {
    push: (bytes) => {
      read(() => body.push(text.decode(bytes, { stream: true })));
      if (finished || pending.length === 0 || timer !== undefined) return;
      const wait = handedOn + BATCH_MS - performance.now();
      if (wait <= 0) flush();
      else timer = setTimeout(flush, wait);
    },
    end: () => {
      read(() => [...body.push(text.decode()), ...body.end()]);
      if (finished) return;
      finished = true;
      flush();
      emit({ type: 'done' });
    },
  };
}

/** An answer without its body, as it crosses between threads. */
export interface ResponseHead {
  status: number;
  statusText: string;
  headers: [string, string][];
  /** The body of an answer that is not a 2xx (the client reads the service's error from it). */
  errorBody?: string;
  /** When the answer started (its head arrived), in ms since the epoch: the threads' clocks start apart. */
  startedAt: number;
}

/**
 * Sends the logs request and resolves with the answer's head; a 2xx body is read here (`createLogReading`) into
 * `emit`'s events, ending with `done`, `malformed` or `network`, until `stop` aborts. Rejects as `fetch` does when no
 * answer comes.
 */
export async function fetchLog(
  request: Request,
  emit: (event: LogReadingEvent) => void,
  stop: AbortSignal,
): Promise<ResponseHead> {
  const response = await fetch(request);
  const head: ResponseHead = {
    startedAt: performance.timeOrigin + performance.now(),
    status: response.status,
    statusText: response.statusText,
    headers: [...response.headers],
  };
  if (!response.ok) return { ...head, errorBody: await response.text().catch(() => '') };
  const reading = createLogReading(emit);
  const body = response.body?.getReader();
  stop.addEventListener('abort', () => void body?.cancel().catch(() => {}), { once: true });
  void (async () => {
    for (let chunk = await body?.read(); chunk && !chunk.done; chunk = await body!.read()) reading.push(chunk.value);
    if (!stop.aborted) reading.end();
  })().catch((error: unknown) =>
    emit({ type: 'network', message: error instanceof Error ? error.message : String(error) }),
  );
  return head;
}

/** From the page to the log worker: send this request (and read its answer), or give it up. */
export type LogWorkerRequest =
  { type: 'fetch'; url: string; headers: [string, string][] } | { type: 'abort'; reason: string };

/**
 * From the log worker to the page: the answer's head (or why none came), then the reading's events, a batch's lines
 * joined by "\n" (one string crosses between threads many times faster than thousands; lines never contain "\n").
 */
export type LogWorkerReply =
  | { type: 'head'; head: ResponseHead }
  | { type: 'failed'; name: string; message: string }
  | Exclude<LogReadingEvent, { type: 'lines' }>
  | { type: 'lines'; text: string; levels: Uint8Array; errorLines: readonly number[] };

export function toReply(event: LogReadingEvent): LogWorkerReply {
  if (event.type !== 'lines') return event;
  const { lines, levels, errorLines } = event.batch;
  return { type: 'lines', text: lines.join('\n'), levels, errorLines };
}

export function fromReply(reply: Exclude<LogWorkerReply, { type: 'head' | 'failed' }>): LogReadingEvent {
  if (reply.type !== 'lines') return reply;
  const { text, levels, errorLines } = reply;
  return { type: 'lines', batch: { lines: text.split('\n'), levels, errorLines } };
}
