/**
 * `npm run bench:emulator`: p50/p95 of the dashboard's jobs-list query at 10,000 jobs over
 * loopback HTTP — a page of 25 with a team filter, sorted by last execution time, with
 * deployments and their 5 latest executions selected.
 *
 *   npm run bench:emulator -- [--data DIR] [--requests N]
 * With --data it reuses (or creates once) a large-seeded database there; otherwise it seeds in memory.
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { buildEmulator } from '../src/app.ts';

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
    options: { data: { type: 'string' }, requests: { type: 'string', default: '500' } },
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
  await emulator.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
