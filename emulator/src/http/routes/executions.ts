import type { FastifyInstance } from 'fastify';
import {
  cancelExecution,
  listExecutions,
  readExecution,
  readLogs,
  startExecution,
} from '../../domain/execution-service.ts';
import type { DataJobExecutionRequestBody } from '../../domain/job-model.ts';
import { absoluteUrl, teamPath, usernameOf } from '../request-context.ts';
import type { DeploymentParams, ExecutionParams, JobParams, RouteDeps } from './route-deps.ts';

const JOB = '/data-jobs/for-team/:team_name/jobs/:job_name';

/** `execution_status` may repeat and each value may be comma-separated (Spring binding). */
function statusesOf(value: string | string[] | undefined): string[] {
  const values = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return values.flatMap((item) => item.split(',')).filter((item) => item !== '');
}

export function registerExecutionRoutes(app: FastifyInstance, { ctx }: RouteDeps): void {
  type ListQuery = { execution_status?: string | string[] };
  app.get<{ Params: JobParams; Querystring: ListQuery }>(
    `${JOB}/executions`,
    { config: { operationId: 'dataJobExecutionList' } },
    async (request) =>
      listExecutions(
        ctx,
        request.params.team_name,
        request.params.job_name,
        statusesOf(request.query.execution_status),
      ),
  );
  app.get<{ Params: DeploymentParams; Querystring: ListQuery }>(
    `${JOB}/deployments/:deployment_id/executions`,
    { config: { operationId: 'dataJobDeploymentExecutionList' } },
    async (request) =>
      listExecutions(
        ctx,
        request.params.team_name,
        request.params.job_name,
        statusesOf(request.query.execution_status),
      ),
  );

  app.post<{ Params: DeploymentParams; Body: DataJobExecutionRequestBody | undefined }>(
    `${JOB}/deployments/:deployment_id/executions`,
    { config: { operationId: 'dataJobExecutionStart' } },
    async (request, reply) => {
      const { team_name, job_name } = request.params;
      const id = startExecution(ctx, team_name, job_name, request.body ?? {}, usernameOf(request), request.opId);
      const location = absoluteUrl(request, teamPath(team_name, `/jobs/${job_name}/executions/${id}`));
      return reply.code(202).header('Location', location).send();
    },
  );

  app.get<{ Params: ExecutionParams }>(
    `${JOB}/executions/:execution_id`,
    { config: { operationId: 'dataJobExecutionRead' } },
    async (request) =>
      readExecution(ctx, request.params.team_name, request.params.job_name, request.params.execution_id),
  );

  app.delete<{ Params: ExecutionParams }>(
    `${JOB}/executions/:execution_id`,
    { config: { operationId: 'dataJobExecutionCancel' } },
    async (request, reply) => {
      cancelExecution(ctx, request.params.team_name, request.params.job_name, request.params.execution_id);
      return reply.code(200).send();
    },
  );

  app.get<{ Params: ExecutionParams; Querystring: { tail_lines?: string } }>(
    `${JOB}/executions/:execution_id/logs`,
    { config: { operationId: 'dataJobLogsDownload' } },
    async (request) => {
      const tail = request.query.tail_lines === undefined ? undefined : Number(request.query.tail_lines);
      const { team_name, job_name, execution_id } = request.params;
      return readLogs(ctx, team_name, job_name, execution_id, tail);
    },
  );
}
