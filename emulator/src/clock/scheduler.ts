import type { DomainContext } from '../domain/context.ts';
import { nextFire } from '../domain/cron.ts';
import {
  expireOldExecutions,
  findExecution,
  hasActiveExecution,
  insertExecution,
  progressExecutions,
} from '../domain/execution-service.ts';
import { findJob } from '../domain/job-service.ts';
import { missesTick, profileOf } from '../domain/profile.ts';

/** The CronJob template's `startingDeadlineSeconds`: missed runs older than this are dropped. */
const STARTING_DEADLINE_MS = 1_800_000;
const TICK_REAL_MS = 250;
/** `JobExecutionCleanupService` runs every 3 hours. */
const CLEANUP_EVERY_MS = 3 * 3_600_000;

interface DueDeployment {
  job_name: string;
  schedule_cron: string | null;
  next_fire_at: number;
}

/**
 * Plays the role of Kubernetes: fires CronJobs of enabled deployments (`concurrencyPolicy:
 * Forbid`) and moves executions through their states. Events are processed in time order, so a
 * manual clock that jumps ten minutes sees the same history as one that ticks every second.
 */
export class Scheduler {
  private timer: NodeJS.Timeout | undefined;
  private unsubscribe: (() => void) | undefined;
  private nextCleanup = 0;
  private readonly ctx: DomainContext;

  constructor(ctx: DomainContext) {
    this.ctx = ctx;
  }

  start(): void {
    this.unsubscribe = this.ctx.clock.onAdvance(() => this.tick());
    if (this.ctx.clock.kind === 'real') {
      this.timer = setInterval(() => this.tick(), TICK_REAL_MS);
      this.timer.unref();
    }
    this.tick();
  }

  tick(): void {
    const { ctx } = this;
    if (!ctx.db.open) return;
    const now = ctx.clock.now();
    const dueStatement = ctx.db.prepare(
      `SELECT job_name, schedule_cron, next_fire_at FROM deployments
       WHERE enabled = 1 AND next_fire_at IS NOT NULL AND next_fire_at <= ? ORDER BY next_fire_at LIMIT 200`,
    );
    const reschedule = ctx.db.prepare('UPDATE deployments SET next_fire_at = ? WHERE job_name = ?');
    for (;;) {
      const due = dueStatement.all(now) as DueDeployment[];
      if (due.length === 0) break;
      for (const deployment of due) {
        const at = deployment.next_fire_at;
        if (at >= now - STARTING_DEADLINE_MS) {
          progressExecutions(ctx, at);
          this.fire(deployment.job_name, at);
        }
        const from = Math.max(at, now - STARTING_DEADLINE_MS);
        const next = nextFire(deployment.schedule_cron, from);
        // Guard against a cron library answering "now" again: time must move forward.
        reschedule.run(
          next !== null && next <= at ? nextFire(deployment.schedule_cron, at + 1000) : next,
          deployment.job_name,
        );
      }
    }
    progressExecutions(ctx, now);
    if (now >= this.nextCleanup) {
      expireOldExecutions(ctx, now);
      this.nextCleanup = now + CLEANUP_EVERY_MS;
    }
  }

  private fire(jobName: string, at: number): void {
    const { ctx } = this;
    const job = findJob(ctx, jobName);
    if (!job || hasActiveExecution(ctx, jobName)) return;
    if (missesTick(profileOf(job.name, job.profile), job.name, at)) return;
    // Kubernetes names CronJob-created Jobs `<cronjob>-<minutes since epoch>`.
    const id = `${jobName}-${Math.floor(at / 60_000)}`;
    if (findExecution(ctx, id)) return;
    insertExecution(ctx, job, id, at, { type: 'scheduled', startedBy: 'scheduled/runtime', opId: id });
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.unsubscribe?.();
  }
}
