import { percentile } from './stats';

/** The list page's heaviest shape: a page of 25, team filter, sorted by last execution, deployments and 5 runs. */
const QUERY = `query($filter:[Predicate],$pageNumber:Int,$pageSize:Int){jobs(pageNumber:$pageNumber,pageSize:$pageSize,filter:$filter){
content{jobName config{team description schedule{scheduleCron nextRunEpochSeconds}}
deployments{enabled jobVersion lastExecutionStatus lastExecutionTime lastExecutionDuration
executions(pageNumber:1,pageSize:5,order:{property:"startTime",direction:DESC}){id status startTime endTime}}}
totalItems totalPages}}`;

export interface Latency {
  p50: number;
  p95: number;
  requests: number;
}

/** Figure 7: sequential requests over loopback, after a warm-up, paging through the team. */
export async function jobsQueryLatency(origin: string, team: string, requests = 200): Promise<Latency> {
  const timings: number[] = [];
  for (let i = -20; i < requests; i += 1) {
    const variables = {
      pageNumber: (Math.abs(i) % 10) + 1,
      pageSize: 25,
      filter: [
        { property: 'config.team', pattern: team },
        { property: 'deployments.lastExecutionTime', sort: 'DESC' },
      ],
    };
    const url = new URL(`/data-jobs/for-team/${encodeURIComponent(team)}/jobs`, origin);
    url.searchParams.set('query', QUERY);
    url.searchParams.set('variables', JSON.stringify(variables));
    const started = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`jobs query answered ${response.status}`);
    if (i >= 0) timings.push(performance.now() - started);
  }
  return { p50: percentile(timings, 50), p95: percentile(timings, 95), requests };
}

const JOBS_PAGE = 1_000;

/** The team with the most jobs, and how many: the benchmark wants a team of about 1,000. */
export async function largestTeam(origin: string): Promise<{ team: string; jobs: number }> {
  const counts = new Map<string, number>();
  // Pages of 1,000, the most the emulator serves in one answer (a larger page is refused with a 400).
  for (let page = 1; ; page++) {
    const url = new URL('/data-jobs/for-team/bench/jobs', origin);
    url.searchParams.set('query', 'query($p:Int,$s:Int){jobs(pageNumber:$p,pageSize:$s){content{config{team}}}}');
    url.searchParams.set('variables', JSON.stringify({ p: page, s: JOBS_PAGE }));
    const response = await fetch(url);
    if (!response.ok) throw new Error(`jobs query answered ${response.status}`);
    const body = (await response.json()) as { data: { content: { config: { team: string } }[] } };
    for (const job of body.data.content) counts.set(job.config.team, (counts.get(job.config.team) ?? 0) + 1);
    if (body.data.content.length < JOBS_PAGE) break;
  }
  const [team, jobs] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  return { team, jobs };
}
