import type { DomainContext, Username } from './context.ts';
import { nextFire } from './cron.ts';
import { constraintError, errors } from './errors.ts';
import { type DataJobDeploymentBody, type JobRow } from './job-model.ts';
import { findJob, requireJobInTeam } from './job-service.ts';
import { latestSourceVersion } from './source-service.ts';
import { javaDateString } from './time-format.ts';

export interface DeploymentRow {
  job_name: string;
  job_version: string | null;
  vdk_version: string | null;
  python_version: string | null;
  enabled: number;
  schedule_cron: string | null;
  last_deployed_date: string | null;
  last_deployed_by: string | null;
  cpu_request: number | null;
  cpu_limit: number | null;
  memory_request: number | null;
  memory_limit: number | null;
  next_fire_at: number | null;
}

/** `DataJobDeploymentStatus` in the default K8S read mode: id, contacts, schedule and resources are null. */
export function toRestDeployment(row: DeploymentRow) {
  return {
    vdk_version: row.vdk_version,
    job_version: row.job_version,
    python_version: row.python_version,
    mode: 'release',
    id: null,
    enabled: row.enabled === 1,
    contacts: null,
    schedule: null,
    resources: null,
    last_deployed_date: row.last_deployed_date,
    last_deployed_by: row.last_deployed_by,
  };
}

export function findDeployment(ctx: DomainContext, jobName: string): DeploymentRow | undefined {
  return ctx.db.prepare('SELECT * FROM deployments WHERE job_name = ?').get(jobName) as DeploymentRow | undefined;
}

export function listDeployments(ctx: DomainContext, team: string, jobName: string) {
  requireJobInTeam(ctx, team, jobName);
  const row = findDeployment(ctx, jobName);
  return row ? [toRestDeployment(row)] : [];
}

export function readDeployment(ctx: DomainContext, team: string, jobName: string) {
  requireJobInTeam(ctx, team, jobName);
  const row = findDeployment(ctx, jobName);
  if (!row) throw errors.notFound();
  return toRestDeployment(row);
}

const given = (value: unknown) => value !== undefined && value !== null;

/** The real order: python version, then resources (both before the job-exists check). */
function validateRequest(ctx: DomainContext, body: DataJobDeploymentBody): void {
  const python = body.python_version;
  if (given(python) && !ctx.settings.supportedPythonVersions.includes(python)) {
    throw errors.unsupportedPython(python, ctx.settings.supportedPythonVersions);
  }
  const resources = body.resources;
  if (
    resources &&
    (given(resources.cpu_request) ||
      given(resources.cpu_limit) ||
      (given(resources.memory_request) && given(resources.memory_limit)))
  ) {
    throw errors.resourcesNotAllowed();
  }
}

/** Next cron fire after `from` for an enabled deployment; null when disabled or unscheduled. */
function nextFireFor(enabled: boolean, cron: string | null, from: number): number | null {
  return enabled ? nextFire(cron, from) : null;
}

/**
 * Deployments: POST is accepted at once (202) and applied later, like the real `@Async`
 * `updateDeployment`; a failure is silent to the API and only logged.
 */
export class DeploymentService {
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private readonly ctx: DomainContext;

  constructor(ctx: DomainContext) {
    this.ctx = ctx;
  }

  requestDeploy(team: string, jobName: string, body: DataJobDeploymentBody, user: Username): void {
    validateRequest(this.ctx, body);
    requireJobInTeam(this.ctx, team, jobName);
    const apply = () => {
      this.pending.delete(jobName);
      this.applyDeploy(jobName, body, user);
    };
    const previous = this.pending.get(jobName);
    if (previous) clearTimeout(previous);
    if (this.ctx.settings.deployDelayMs <= 0) {
      apply();
      return;
    }
    this.pending.set(jobName, setTimeout(apply, this.ctx.settings.deployDelayMs));
  }

  /** Merges the request into the current deployment and "re-creates the CronJob". */
  applyDeploy(jobName: string, body: DataJobDeploymentBody, user: Username): void {
    const { ctx } = this;
    if (!ctx.db.open) return;
    const job = findJob(ctx, jobName);
    if (!job) return;
    const existing = findDeployment(ctx, jobName);
    const jobVersion = body.job_version ?? existing?.job_version ?? latestSourceVersion(ctx, jobName);
    if (!jobVersion) {
      ctx.log(`deployment of ${jobName} failed: no source uploaded and no job_version given`);
      return;
    }
    const python = body.python_version ?? existing?.python_version ?? ctx.settings.defaultPythonVersion;
    const vdkVersion =
      body.vdk_version ??
      (existing && existing.python_version === python ? existing.vdk_version : null) ??
      ctx.settings.vdkVersion;
    const enabled = body.enabled ?? (existing ? existing.enabled === 1 : true);
    this.write(job, { job_version: jobVersion, python_version: python, vdk_version: vdkVersion, enabled }, user);
  }

  private write(
    job: JobRow,
    values: { job_version: string; python_version: string; vdk_version: string | null; enabled: boolean },
    user: Username,
  ): void {
    const now = this.ctx.clock.now();
    this.ctx.db
      .prepare(
        `INSERT INTO deployments (job_name, job_version, vdk_version, python_version, enabled, schedule_cron,
           last_deployed_date, last_deployed_by, cpu_request, cpu_limit, memory_request, memory_limit, next_fire_at)
         VALUES (@job_name, @job_version, @vdk_version, @python_version, @enabled, @schedule_cron,
           @last_deployed_date, @last_deployed_by, 0.5, 2.0, 500, 1000, @next_fire_at)
         ON CONFLICT (job_name) DO UPDATE SET job_version = excluded.job_version, vdk_version = excluded.vdk_version,
           python_version = excluded.python_version, enabled = excluded.enabled, schedule_cron = excluded.schedule_cron,
           last_deployed_date = excluded.last_deployed_date, last_deployed_by = excluded.last_deployed_by,
           next_fire_at = excluded.next_fire_at`,
      )
      .run({
        job_name: job.name,
        ...values,
        enabled: values.enabled ? 1 : 0,
        schedule_cron: job.schedule_cron,
        last_deployed_date: javaDateString(now),
        last_deployed_by: user,
        next_fire_at: nextFireFor(values.enabled, job.schedule_cron, now),
      });
  }

  /** PATCH: synchronous merge of the non-null fields; re-applies the job's current schedule. */
  patch(team: string, jobName: string, body: DataJobDeploymentBody, user: Username): void {
    validateRequest(this.ctx, body);
    const job = requireJobInTeam(this.ctx, team, jobName);
    const existing = findDeployment(this.ctx, jobName);
    if (!existing) throw errors.jobNotDeployed(job.name);
    if (given(body.job_version) && body.job_version !== existing.job_version) {
      throw constraintError(
        'job_version',
        'same as the current job version when using PATCH request.',
        body.job_version,
        'Use POST HTTP request to change job version.',
      );
    }
    if (given(body.python_version) && body.python_version !== existing.python_version) {
      throw constraintError(
        'python_version',
        `same as the current python version -- ${existing.python_version ?? 'null'} -- when using PATCH request.`,
        body.python_version,
        'Use POST HTTP request to change python version.',
      );
    }
    this.write(
      job,
      {
        job_version: existing.job_version ?? '',
        python_version: existing.python_version ?? this.ctx.settings.defaultPythonVersion,
        vdk_version: body.vdk_version ?? existing.vdk_version,
        enabled: body.enabled ?? existing.enabled === 1,
      },
      user,
    );
  }

  /** 202 whether or not a deployment exists; running executions continue. */
  remove(team: string, jobName: string): void {
    requireJobInTeam(this.ctx, team, jobName);
    const pending = this.pending.get(jobName);
    if (pending) clearTimeout(pending);
    this.pending.delete(jobName);
    this.ctx.db.prepare('DELETE FROM deployments WHERE job_name = ?').run(jobName);
  }

  close(): void {
    this.pending.forEach((timer) => clearTimeout(timer));
    this.pending.clear();
  }
}
