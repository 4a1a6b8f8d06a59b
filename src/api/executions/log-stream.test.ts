import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient } from '../client';
import { ApiError } from '../errors';
import { streamLogLines } from './log-stream';
import { appendLogBatch, EMPTY_LOG, indexLog, type LogBatch } from '@/lib/log-index';

const BASE = 'http://cs.test';
const REF = { team: 'analytics', job: 'ingest-sales', executionId: 'run-1' };
const LOG_URL = `${BASE}/data-jobs/for-team/analytics/jobs/ingest-sales/executions/run-1/logs`;
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** A body sent in these pieces (text, or bytes cut anywhere); `fail` breaks the connection after them. */
function streamed(pieces: (string | Uint8Array)[], { fail = false } = {}) {
  const bytes = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const piece of pieces) controller.enqueue(typeof piece === 'string' ? bytes.encode(piece) : piece);
      if (fail) controller.error(new TypeError('network error'));
      else controller.close();
    },
  });
  return new HttpResponse(body, { headers: { 'Content-Type': 'application/json', 'X-OPID': 'op-7' } });
}

async function read(signal = new AbortController().signal) {
  const batches: LogBatch[] = [];
  for await (const batch of streamLogLines(createApiClient({ baseUrl: BASE }), REF, signal)) batches.push(batch);
  return batches;
}

const linesOf = (batches: LogBatch[]) => batches.flatMap((batch) => batch.lines);

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('streamLogLines', () => {
  it('gives the log’s lines in order, a multi-byte character and an escape cut between pieces', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ logs: 'première ligne\n[ERROR] deuxième "ligne"\nlast' }));
    // Inside "è" (two bytes), then inside the escaped quote.
    const cut = bytes.indexOf(0xc3) + 1;
    const quote = bytes.indexOf(0x5c);
    server.use(
      http.get(LOG_URL, () =>
        streamed([bytes.subarray(0, cut), bytes.subarray(cut, quote + 1), bytes.subarray(quote + 1)]),
      ),
    );
    expect(linesOf(await read())).toEqual(['première ligne', '[ERROR] deuxième "ligne"', 'last']);
  });

  it('hands on the first lines before the rest of the body has arrived', async () => {
    let sendRest = () => {};
    const rest = new Promise<void>((resolve) => (sendRest = resolve));
    const bytes = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(bytes.encode('{"logs": "[INFO ] first\\nsecond\\n'));
        await rest;
        controller.enqueue(bytes.encode('third"}'));
        controller.close();
      },
    });
    server.use(http.get(LOG_URL, () => new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } })));
    const batches = streamLogLines(createApiClient({ baseUrl: BASE }), REF, new AbortController().signal);
    const first = await batches.next();
    expect(first.value).toMatchObject({ lines: ['[INFO ] first', 'second'] });
    sendRest();
    const later: LogBatch[] = [];
    for await (const batch of batches) later.push(batch);
    expect(linesOf(later)).toEqual(['third']);
  });

  it('indexes levels and error lines across batches as in the whole log', async () => {
    const lines = Array.from({ length: 5_000 }, (_, i) =>
      i % 1_000 === 999 ? `[ERROR] batch ${i} rejected` : i % 7 === 0 ? `[WARN ] retrying ${i}` : `  detail ${i}`,
    );
    const body = JSON.stringify({ logs: lines.join('\n') });
    // Cut in many pieces, so the lines come in several batches.
    const pieces = Array.from({ length: 50 }, (_, i) =>
      body.slice((i * body.length) / 50, ((i + 1) * body.length) / 50),
    );
    server.use(http.get(LOG_URL, () => streamed(pieces)));
    const log = (await read()).reduce(appendLogBatch, EMPTY_LOG);
    expect(log).toEqual(indexLog(lines));
  });

  it('gives nothing for the empty log of a run whose pod is gone', async () => {
    server.use(http.get(LOG_URL, () => HttpResponse.json({ logs: '' })));
    expect(await read()).toEqual([]);
  });

  it('fails as malformed on a body that is not the log, and as network when the connection breaks', async () => {
    server.use(http.get(LOG_URL, () => streamed(['<html>proxy error</html>'])));
    const malformed = await failure(read());
    expect(malformed.kind).toBe('malformed');
    expect(malformed.opId).toBe('op-7');

    server.use(http.get(LOG_URL, () => streamed(['{"logs": "a\\nb'], { fail: true })));
    expect((await failure(read())).kind).toBe('network');
  });

  it('fails with the service’s error before any line', async () => {
    server.use(
      http.get(LOG_URL, () =>
        HttpResponse.json({ what: 'Execution not found', why: 'No such execution' }, { status: 404 }),
      ),
    );
    const error = await failure(read());
    expect(error.status).toBe(404);
    expect(error.message).toContain('Execution not found');
  });
});
