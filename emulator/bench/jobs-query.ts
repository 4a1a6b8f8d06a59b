/**
 * `npm run bench:emulator`: p50/p95 of the dashboard's jobs-list query at 10,000 jobs over
 * loopback HTTP — a page of 25 with a team filter, sorted by last execution time, with
 * deployments and their 5 latest executions selected — one client at a time, then 20 clients at
 * once for 30 s (errors, p95, event-loop delay), then the event-loop delay while each hostile request runs.
 *
 *   npm run bench:emulator -- [--data DIR] [--requests N] [--clients N] [--seconds S]
 * With --data it reuses (or creates once) a large-seeded database there; otherwise it seeds in memory.
 */
import { cpus, loadavg } from 'node:os';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { buildEmulator } from '../src/app.ts';
import { rawZip } from '../test/support/raw-zip.ts';

const QUERY = `query jobsQuery($filter: [Predicate], $search: String, $pageNumber: Int, $pageSize: Int) {
  jobs(pageNumber: $pageNumber, pageSize: $pageSize, filter: $filter, search: $search) {
    content { jobName config { team description schedule { scheduleCron nextRunEpochSeconds } }
      deployments { id enabled jobVersion lastDeployedDate lastExecutionStatus lastExecutionTime lastExecutionDuration
        executions(pageNumber: 1, pageSize: 5, order: {property: "startTime", direction: DESC}) { id type status startTime endTime logsUrl } } }
    totalItems totalPages } }`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      requests: { type: 'string', default: '500' },
      clients: { type: 'string', default: '20' },
      seconds: { type: 'string', default: '30' },
    },
  });
  const requests = Number(values.requests);
  const seedStart = performance.now();
  const emulator = await buildEmulator({
    memory: values.data === undefined,
    dataDir: values.data,
    seed: 'large',
    scheduler: false,
    deployDelayMs: 0,
  });
  const jobs = emulator.db.prepare('SELECT COUNT(*) FROM jobs').pluck().get() as number;
  const executions = emulator.db.prepare('SELECT COUNT(*) FROM executions').pluck().get() as number;
  console.log(
    `${emulator.seeded ? 'Seeded' : 'Reused'} ${jobs} jobs / ${executions} executions in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
  );
  const address = await emulator.app.listen({ port: 0, host: '127.0.0.1' });
  const teams = emulator.db.prepare('SELECT DISTINCT team FROM jobs ORDER BY team').pluck().all() as string[];

  const run = async (index: number) => {
    const team = teams[index % teams.length]!;
    const variables = {
      pageNumber: 1 + (index % 3),
      pageSize: 25,
      search: '',
      filter: [
        { property: 'config.team', pattern: team },
        { property: 'deployments.lastExecutionTime', sort: 'DESC' },
      ],
    };
    const url = `${address}/data-jobs/for-team/${encodeURIComponent(team)}/jobs?${new URLSearchParams({ query: QUERY, variables: JSON.stringify(variables) })}`;
    const started = performance.now();
    const response = await fetch(url);
    const body = (await response.json()) as { data: { content: unknown[]; totalItems: number } };
    const elapsed = performance.now() - started;
    if (response.status !== 200 || body.data.content.length !== 25) {
      throw new Error(`Unexpected answer ${response.status}: ${JSON.stringify(body).slice(0, 300)}`);
    }
    return elapsed;
  };

  for (let index = 0; index < 100; index += 1) await run(index); // warm-up: JIT and statement caches
  const timings: number[] = [];
  const cpuBefore = process.cpuUsage();
  for (let index = 0; index < requests; index += 1) timings.push(await run(index));
  const cpu = process.cpuUsage(cpuBefore);
  timings.sort((a, b) => a - b);
  console.log(
    `jobs query, page of 25, team filter, sort by last execution time, deployments + 5 executions (${requests} requests):`,
  );
  console.log(
    `  p50 ${percentile(timings, 50).toFixed(1)} ms   p95 ${percentile(timings, 95).toFixed(1)} ms   max ${timings.at(-1)!.toFixed(1)} ms`,
  );
  // Latency depends on what else the machine runs; the CPU time per request (server and client
  // share this process) shows the cost itself.
  const cpuMs = (cpu.user + cpu.system) / 1000 / requests;
  console.log(
    `  CPU ${cpuMs.toFixed(1)} ms per request; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs`,
  );

  await concurrentClients(run, Number(values.clients), Number(values.seconds));
  await hostileRequests(address, teams[0]!);
  await emulator.close();
}

/** The longest the event loop was held while `work` ran, in ms (server and clients share this process). */
async function withLoopDelay<T>(work: () => Promise<T>): Promise<{ result: T; maxDelayMs: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const result = await work();
  await new Promise((resolve) => setTimeout(resolve, 30));
  histogram.disable();
  return { result, maxDelayMs: histogram.max / 1e6 };
}

async function concurrentClients(run: (index: number) => Promise<number>, clients: number, seconds: number) {
  const deadline = performance.now() + seconds * 1000;
  const timings: number[] = [];
  let errors = 0;
  const client = async (id: number) => {
    for (let index = id; performance.now() < deadline; index += clients) {
      try {
        timings.push(await run(index));
      } catch {
        errors += 1;
      }
    }
  };
  const { maxDelayMs } = await withLoopDelay(() => Promise.all(Array.from({ length: clients }, (_, id) => client(id))));
  timings.sort((a, b) => a - b);
  console.log(
    `${clients} clients at once for ${seconds} s: ${timings.length} jobs queries, ${errors} errors (load average ${loadavg()[0]!.toFixed(1)})`,
  );
  console.log(
    `  p50 ${percentile(timings, 50).toFixed(1)} ms   p95 ${percentile(timings, 95).toFixed(1)} ms   max ${timings.at(-1)!.toFixed(1)} ms   event-loop delay max ${maxDelayMs.toFixed(0)} ms`,
  );
}

async function hostileRequests(address: string, team: string) {
  const jobs = `${address}/data-jobs/for-team/${encodeURIComponent(team)}/jobs`;
  const graphql = (query: string, variables?: object) =>
    `${jobs}?${new URLSearchParams({ query, ...(variables ? { variables: JSON.stringify(variables) } : {}) })}`;
  const job = `${address}/data-jobs/for-team/team-00/jobs/log-benchmark-job`;
  // Built before the clock starts: only the server's work is measured.
  const bomb = new Uint8Array(
    rawZip([{ name: 'log-benchmark-job/bomb.bin', content: Buffer.alloc(33 * 1024 * 1024) }]),
  );
  const deep = `{"a": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
  const cases: [string, () => Promise<Response>][] = [
    [
      "config.team pattern '(((.*)*)*)*x'",
      () =>
        fetch(
          graphql(QUERY, {
            pageNumber: 1,
            pageSize: 25,
            filter: [{ property: 'config.team', pattern: '(((.*)*)*)*x' }],
          }),
        ),
    ],
    [
      'jobName wildcard *a*a…*z (20 stars)',
      () =>
        fetch(
          graphql(QUERY, {
            pageNumber: 1,
            pageSize: 25,
            filter: [{ property: 'jobName', pattern: `${'*a'.repeat(20)}*z` }],
          }),
        ),
    ],
    [
      'executions(pageSize: 100000000)',
      () => fetch(graphql('{ executions(pageNumber: 1, pageSize: 100000000) { content { id } } }')),
    ],
    ['executions, unpaged, all 1,000,000', () => fetch(graphql('{ executions { content { id } totalItems } }'))],
    [
      'executions, the largest page (10,000)',
      () =>
        fetch(graphql('{ executions(pageNumber: 1, pageSize: 10000) { content { id status startTime } totalItems } }')),
    ],
    [
      'jobs, the largest page (1,000) with 5 executions each',
      () => fetch(graphql(QUERY, { pageNumber: 1, pageSize: 1000 })),
    ],
    [
      'zip bomb: 33 MiB of zeros in ~33 KB',
      () =>
        fetch(`${job}/sources`, {
          method: 'POST',
          headers: { 'content-type': 'application/octet-stream' },
          body: bomb,
        }),
    ],
    [
      'JSON nested 10,000 deep',
      () =>
        fetch(`${job}/deployments/release/properties`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: deep,
        }),
    ],
  ];
  console.log('hostile requests (event-loop delay while each runs):');
  for (const [name, send] of cases) {
    const started = performance.now();
    const { result, maxDelayMs } = await withLoopDelay(async () => {
      const response = await send();
      await response.arrayBuffer();
      return response.status;
    });
    const elapsed = performance.now() - started;
    console.log(
      `  ${name.padEnd(52)} ${result}  ${elapsed.toFixed(0).padStart(5)} ms   event-loop delay max ${maxDelayMs.toFixed(0)} ms`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
