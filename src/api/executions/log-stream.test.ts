import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient } from '../client';
import { ApiError } from '../errors';
import { streamLogLines } from './log-stream';

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
  const batches: string[][] = [];
  for await (const batch of streamLogLines(createApiClient({ baseUrl: BASE }), REF, signal)) batches.push(batch);
  return batches;
}

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
    expect((await read()).flat()).toEqual(['première ligne', '[ERROR] deuxième "ligne"', 'last']);
  });

  it('hands on a long log in batches of bounded size, the first before the rest', async () => {
    const logs = Array.from({ length: 10_000 }, (_, i) => `line ${i}`).join('\n');
    server.use(http.get(LOG_URL, () => streamed([JSON.stringify({ logs })])));
    const batches = await read();
    expect(batches.length).toBeGreaterThan(1);
    expect(Math.max(...batches.map((batch) => batch.length))).toBeLessThanOrEqual(2_000);
    expect(batches.flat()).toEqual(logs.split('\n'));
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
