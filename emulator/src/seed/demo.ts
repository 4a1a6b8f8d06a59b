import { zipSync } from 'fflate';
import { createHash } from 'node:crypto';
import type { DomainContext } from '../domain/context.ts';
import { nextFire, parseCron } from '../domain/cron.ts';
import { DEFAULT_MESSAGES, type ExecutionStatus } from '../domain/execution-model.ts';
import { keytabFor } from '../domain/job-service.ts';
import { defaultProfile, type JobProfile, planExecution, seededRandom } from '../domain/profile.ts';
import { javaDateString } from '../domain/time-format.ts';
import { DEMO_TEAMS, type DemoJob, type DemoTeam } from './demo-data.ts';
import { type SeedSummary, type SeedWriter, seedWriter } from './writer.ts';

const DAY = 86_400_000;
const HISTORY_DAYS = 14;
const PER_JOB = 100;
/** Jobs that are mid-run when the demo opens. */
const RUNNING_NOW = new Set(['ingest-sales', 'build-customer-360', 'reconcile-payments']);
const USERS = ['alice', 'bob', 'carol', 'dan'];

interface Planned {
  id: string;
  type: 'manual' | 'scheduled';
  start: number;
  runAt: number;
  finishAt: number;
  outcome: ExecutionStatus;
  startedBy: string;
}

function sourceZip(job: DemoJob, steps: string[]): Uint8Array {
  const files: Record<string, Uint8Array> = {
    [`${job.name}/config.ini`]: new TextEncoder().encode(
      `[owner]\nteam = demo\n\n[job]\nschedule_cron = ${job.cron ?? ''}\n`,
    ),
    [`${job.name}/requirements.txt`]: new TextEncoder().encode('requests==2.32.3\n'),
  };
  for (const step of steps) {
    const content = step.endsWith('.sql')
      ? `-- ${step}\nCREATE TABLE IF NOT EXISTS ${job.name.replaceAll('-', '_')} (id BIGINT, payload VARCHAR);\n`
      : `def run(job_input):\n    """${job.description}"""\n    job_input.send_tabular_data_for_ingestion(rows=[], column_names=["id"], destination_table="t")\n`;
    files[`${job.name}/${step}`] = new TextEncoder().encode(content);
  }
  return zipSync(files, { mtime: new Date('2025-01-01T00:00:00Z') });
}

/** Scheduled fire times in the window, newest last, honouring `concurrencyPolicy: Forbid`. */
function history(job: DemoJob, profile: JobProfile, from: number, until: number): Planned[] {
  const random = seededRandom(`history:${job.name}`);
  const planned: Planned[] = [];
  const fireTimes: number[] = [];
  for (
    let at = parseCron(job.cron) ? nextFire(job.cron, from) : null;
    at !== null && at < until;
    at = nextFire(job.cron, at)
  ) {
    fireTimes.push(at);
  }
  // Only the newest runs survive retention: plan just those (with headroom for Forbid skips).
  let busyUntil = 0;
  for (const at of fireTimes.slice(-(PER_JOB + 30))) {
    if (at < busyUntil) continue;
    const id = `${job.name}-${Math.floor(at / 60_000)}`;
    const plan = planExecution(profile, id);
    const runAt = at + plan.startDelayMs;
    planned.push({
      id,
      type: 'scheduled',
      start: at,
      runAt,
      finishAt: runAt + plan.runMs,
      outcome: plan.outcome,
      startedBy: 'scheduled/runtime',
    });
    busyUntil = runAt + plan.runMs;
  }
  // A few manual runs by people, in gaps between scheduled ones.
  const manualRuns = fireTimes.length > 0 ? 3 : 8;
  for (let index = 0; index < manualRuns; index += 1) {
    const windowStart = planned[0]?.start ?? from;
    const start = Math.floor(windowStart + random() * (until - windowStart - 2 * 3_600_000));
    const id = `${job.name}-${Math.floor(start / 1000)}`;
    const plan = planExecution(profile, id);
    const runAt = start + plan.startDelayMs;
    const finishAt = runAt + plan.runMs;
    const overlaps = planned.some((other) => other.start < finishAt && start < other.finishAt);
    if (overlaps) continue;
    const user = USERS[Math.floor(random() * USERS.length)] ?? 'alice';
    const startedBy = random() < 0.5 ? `manual/vdk-control-cli/${user}` : user;
    planned.push({ id, type: 'manual', start, runAt, finishAt, outcome: plan.outcome, startedBy });
  }
  planned.sort((a, b) => a.start - b.start);
  return planned.slice(-PER_JOB);
}

function seedJob(writer: SeedWriter, team: DemoTeam, job: DemoJob, now: number): number {
  const random = seededRandom(`demo:${job.name}`);
  const profile: JobProfile = { ...defaultProfile(job.name), ...job.profile };
  const contacts =
    job.contacts ??
    (random() < 0.8
      ? { userError: [team.owner], platformError: [team.owner], deploy: random() < 0.5 ? [team.owner] : [] }
      : {});
  writer.job.run({
    name: job.name,
    team: team.team,
    description: job.description,
    db_default_type: team.dbType,
    schedule_cron: job.cron,
    user_error: contacts.userError?.join(';') || null,
    platform_error: contacts.platformError?.join(';') || null,
    success: contacts.success?.join(';') || null,
    deploy: contacts.deploy?.join(';') || null,
    generate_keytab: 1,
    created_at: now - 60 * DAY,
    profile: JSON.stringify(profile),
  });
  writer.keytab.run(job.name, keytabFor(job.name));
  writer.properties.run(
    job.name,
    JSON.stringify(job.properties ?? { watermark: new Date(now - DAY).toISOString(), batch_size: 5000 }),
  );
  const zip = sourceZip(job, profile.steps);
  const version = createHash('sha1').update(zip).digest('hex');
  writer.source.run(job.name, version, Buffer.from(zip), now - 20 * DAY);
  if (job.deployment === 'none') return 0;

  const python = job.python ?? ['3.9', '3.10', '3.11'][Math.floor(random() * 3)]!;
  const deployedAt = now - (HISTORY_DAYS + 1) * DAY - Math.floor(random() * DAY);
  const deployedBy = USERS[Math.floor(random() * USERS.length)] ?? 'alice';
  const enabled = job.deployment === 'enabled';
  writer.deployment.run({
    job_name: job.name,
    job_version: version,
    python_version: python,
    enabled: enabled ? 1 : 0,
    schedule_cron: job.cron,
    last_deployed_date: javaDateString(deployedAt),
    last_deployed_by: deployedBy,
    next_fire_at: enabled ? nextFire(job.cron, now) : null,
  });

  // Disabled jobs stopped running a few days ago; running-now jobs leave room for the live run.
  const until = enabled ? now - (RUNNING_NOW.has(job.name) ? 600_000 : 0) : now - 3 * DAY;
  const planned = history(job, profile, now - HISTORY_DAYS * DAY, until);
  if (RUNNING_NOW.has(job.name)) {
    const start = now - 45_000;
    planned.push({
      id: `${job.name}-${Math.floor(start / 1000)}`,
      type: 'manual',
      start,
      runAt: start + 4_000,
      finishAt: start + 4_000 + 6 * 60_000 + Math.floor(random() * 240_000),
      outcome: 'succeeded',
      startedBy: 'manual/vdk-dashboard/alice',
    });
  }
  let last: Planned | undefined;
  for (const run of planned) {
    const status: ExecutionStatus = run.finishAt <= now ? run.outcome : run.runAt <= now ? 'running' : 'submitted';
    const finished = run.finishAt <= now;
    writer.execution.run({
      id: run.id,
      job_name: job.name,
      type: run.type,
      status,
      start_time: run.start,
      end_time: finished ? run.finishAt : null,
      started_by: run.startedBy,
      message: DEFAULT_MESSAGES[status],
      op_id: run.type === 'scheduled' ? run.id : `0${run.start}`,
      job_version: version,
      python_version: python,
      deployed_by: deployedBy,
      deployed_date: javaDateString(deployedAt),
      schedule_cron: job.cron,
      run_at: run.runAt,
      finish_at: run.finishAt,
      outcome: run.outcome,
    });
    if (finished) last = run;
  }
  if (last) {
    writer.lastExecution.run({
      name: job.name,
      status: last.outcome,
      end_time: last.finishAt,
      duration: Math.round((last.finishAt - last.start) / 1000),
      id: last.id,
    });
  }
  return planned.length;
}

/** `--seed demo`: three teams, ~60 jobs, two weeks of history, a few runs in progress. */
export function seedDemo(ctx: DomainContext): SeedSummary {
  const writer = seedWriter(ctx.db);
  const now = ctx.clock.now();
  let jobs = 0;
  let executions = 0;
  ctx.db.transaction(() => {
    for (const team of DEMO_TEAMS) {
      for (const job of team.jobs) {
        executions += seedJob(writer, team, job, now);
        jobs += 1;
      }
    }
  })();
  return { jobs, executions };
}
