import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UPLOAD_LIMITS } from '../src/domain/source-service.ts';
import { PAGE_LIMITS } from '../src/graphql/page-limits.ts';
import { startTestEmulator, type TestEmulator } from './harness.ts';
import { rawZip } from './support/raw-zip.ts';

/** The longest the event loop was held while `send` ran, in milliseconds. */
async function loopDelayDuring(send: () => Promise<LightMyRequestResponse>) {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const response = await send();
  await new Promise((resolve) => setTimeout(resolve, 30)); // the sample after the last block
  histogram.disable();
  return { response, maxDelayMs: histogram.max / 1e6 };
}

const SOURCES = '/data-jobs/for-team/analytics/jobs/ingest-sales/sources';
const JOBS =
  'query($filter: [Predicate]) { jobs(pageNumber: 1, pageSize: 25, filter: $filter) { content { jobName } totalItems } }';

describe('no single request holds the event loop for more than a second (demo seed)', () => {
  let emulator: TestEmulator;
  const logged: string[] = [];
  const errorsOf = (response: LightMyRequestResponse) =>
    (JSON.parse(response.body) as { errors: { message: string }[] }).errors.map((error) => error.message);

  beforeAll(async () => {
    emulator = await startTestEmulator({ seed: 'demo', scheduler: false, log: (line) => logged.push(line) });
    const team = emulator.db.prepare("SELECT team FROM jobs WHERE name = 'ingest-sales'").pluck().get() as string;
    expect(team).toBe('analytics');
  }, 60_000);
  afterAll(async () => emulator.close());

  it('runs team patterns on a linear-time engine, with the real full-match semantics', async () => {
    const { response, maxDelayMs } = await loopDelayDuring(() =>
      emulator.graphql(JOBS, { filter: [{ property: 'config.team', pattern: '(((.*)*)*)*x' }] }),
    );
    expect(response.statusCode).toBe(200);
    expect(maxDelayMs).toBeLessThan(1000);
    const total = async (pattern: string) =>
      (
        JSON.parse((await emulator.graphql(JOBS, { filter: [{ property: 'config.team', pattern }] })).body) as {
          data: { totalItems: number };
        }
      ).data.totalItems;
    expect(await total('%ANA%')).toBeGreaterThan(0);
    expect(await total('ana')).toBe(0); // a full match, not "contains"
    expect(await total('(analytics|finance)')).toBe((await total('analytics')) + (await total('finance')));
    const invalid = await emulator.graphql(JOBS, { filter: [{ property: 'config.team', pattern: '(a' }] });
    expect(invalid.statusCode).toBe(400);
    expect(errorsOf(invalid)[0]).toContain('java.util.regex.PatternSyntaxException');
  });

  it('runs jobName wildcards on the same engine', async () => {
    const pattern = `${'*a'.repeat(20)}*z`;
    const { response, maxDelayMs } = await loopDelayDuring(() =>
      emulator.graphql(JOBS, { filter: [{ property: 'jobName', pattern }] }),
    );
    expect(response.statusCode).toBe(200);
    expect(maxDelayMs).toBeLessThan(1000);
  });

  it('answers a page larger than the emulator serves with a 400 naming the limit', async () => {
    const executions = await loopDelayDuring(() =>
      emulator.graphql('{ executions(pageNumber: 1, pageSize: 100000000) { content { id } totalItems } }'),
    );
    expect(executions.response.statusCode).toBe(400);
    expect(errorsOf(executions.response)[0]).toContain(`Page size cannot be more than ${PAGE_LIMITS.executions}`);
    expect(executions.maxDelayMs).toBeLessThan(1000);
    const jobs = await emulator.graphql('{ jobs(pageNumber: 1, pageSize: 100000000) { content { jobName } } }');
    expect(jobs.statusCode).toBe(400);
    expect(errorsOf(jobs)[0]).toContain(`Page size cannot be more than ${PAGE_LIMITS.jobs}`);
    const largest = await emulator.graphql(
      `{ executions(pageNumber: 1, pageSize: ${PAGE_LIMITS.executions}) { content { id } totalItems } }`,
    );
    expect(largest.statusCode).toBe(200);
  });

  it('refuses an archive that inflates past the limit, whatever sizes it declares, as an invalid upload', async () => {
    const bomb = Buffer.alloc(UPLOAD_LIMITS.inflatedBytes + 1024 * 1024);
    for (const declaredSize of [undefined, 1000]) {
      const zip = rawZip([{ name: 'ingest-sales/data.bin', content: bomb, declaredSize }]);
      expect(zip.length).toBeLessThan(200_000);
      const { response, maxDelayMs } = await loopDelayDuring(() =>
        emulator.request({
          method: 'POST',
          url: SOURCES,
          headers: { 'content-type': 'application/octet-stream' },
          payload: zip,
        }),
      );
      expect(response.statusCode).toBe(400);
      expect(JSON.parse(response.body)).toMatchObject({
        what: "The Data Job 'ingest-sales' upload is invalid .",
        why: `Data Job content validation failed because the archive has more than ${UPLOAD_LIMITS.inflatedBytes} bytes once inflated.`,
      });
      expect(maxDelayMs).toBeLessThan(1000);
    }
    const many = rawZip(
      Array.from({ length: UPLOAD_LIMITS.entries + 1 }, (_, index) => ({
        name: `ingest-sales/${index}.py`,
        content: Buffer.alloc(0),
      })),
    );
    const { response } = await loopDelayDuring(() =>
      emulator.request({
        method: 'POST',
        url: SOURCES,
        headers: { 'content-type': 'application/octet-stream' },
        payload: many,
      }),
    );
    expect(response.statusCode).toBe(400);
    expect(JSON.parse(response.body)).toMatchObject({
      why: `Data Job content validation failed because the archive has more than ${UPLOAD_LIMITS.entries} files.`,
    });
    expect(logged.filter((line) => line.includes('upload for ingest-sales refused'))).toHaveLength(3);
  });

  it('refuses JSON nested deeper than Jackson allows with the unreadable-body 400', async () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const { response, maxDelayMs } = await loopDelayDuring(() =>
      emulator.request({
        method: 'PUT',
        url: '/data-jobs/for-team/analytics/jobs/ingest-sales/deployments/release/properties',
        headers: { 'content-type': 'application/json' },
        payload: `{"a": ${deep}}`,
      }),
    );
    expect(response.statusCode).toBe(400);
    expect(JSON.parse(response.body)).toMatchObject({
      what: 'An issue with the JSON body of the request was found',
      why: expect.stringContaining('Document nesting depth (1001) exceeds the maximum allowed (1000') as string,
    });
    expect(maxDelayMs).toBeLessThan(1000);
    const shallow = await emulator.request({
      method: 'PUT',
      url: '/data-jobs/for-team/analytics/jobs/ingest-sales/deployments/release/properties',
      headers: { 'content-type': 'application/json' },
      payload: `{"a": ${'['.repeat(999)}"[{"${']'.repeat(999)}}`,
    });
    expect(shallow.statusCode).toBe(204);
  });
});
