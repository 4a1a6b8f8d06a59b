import { hostname } from 'node:os';
import type { FastifyInstance } from 'fastify';
import { runJobsQuery, type QueryParams } from '../../graphql/endpoint.ts';
import type { DataJobBody } from '../../domain/job-model.ts';
import { createJob, deleteJob, moveJob, readJob, readKeytab, updateJob } from '../../domain/job-service.ts';
import { absoluteUrl, teamPath } from '../request-context.ts';
import type { JobParams, RouteDeps, TeamParams } from './route-deps.ts';

const JOB = '/data-jobs/for-team/:team_name/jobs/:job_name';

export function registerJobRoutes(app: FastifyInstance, { ctx, schema }: RouteDeps): void {
  app.get<{ Params: TeamParams }>(
    '/data-jobs/for-team/:team_name/info',
    { config: { operationId: 'info' } },
    async () => ({
      api_version: `PipelinesControlService/${ctx.settings.apiVersion} (emulator@${hostname()} ${process.platform}/${process.arch}/${process.arch})`,
      supported_python_versions: ctx.settings.supportedPythonVersions,
    }),
  );

  app.get<{ Params: TeamParams; Querystring: QueryParams }>(
    '/data-jobs/for-team/:team_name/jobs',
    { config: { operationId: 'jobsQuery' } },
    async (request, reply) => {
      const { status, body } = runJobsQuery(schema, ctx, request.query);
      return reply.code(status).send(body);
    },
  );

  app.post<{ Params: TeamParams; Body: DataJobBody; Querystring: { name?: string } }>(
    '/data-jobs/for-team/:team_name/jobs',
    { config: { operationId: 'dataJobCreate' } },
    async (request, reply) => {
      const name = createJob(ctx, request.params.team_name, request.body, request.query.name);
      const location = absoluteUrl(request, teamPath(request.params.team_name, `/jobs/${name}`));
      return reply.code(201).header('Location', location).send();
    },
  );

  app.get<{ Params: JobParams }>(JOB, { config: { operationId: 'dataJobRead' } }, async (request) =>
    readJob(ctx, request.params.team_name, request.params.job_name),
  );

  app.put<{ Params: JobParams; Body: DataJobBody }>(
    JOB,
    { config: { operationId: 'dataJobUpdate' } },
    async (request, reply) => {
      updateJob(ctx, request.params.team_name, request.params.job_name, request.body);
      return reply.code(200).send();
    },
  );

  app.delete<{ Params: JobParams }>(JOB, { config: { operationId: 'dataJobDelete' } }, async (request, reply) => {
    deleteJob(ctx, request.params.team_name, request.params.job_name);
    return reply.code(200).send();
  });

  app.get<{ Params: JobParams }>(
    `${JOB}/keytab`,
    { config: { operationId: 'dataJobKeytabDownload' } },
    async (request, reply) => {
      const keytab = readKeytab(ctx, request.params.team_name, request.params.job_name);
      return reply
        .type('application/octet-stream')
        .header('Content-Disposition', `attachment; filename="${request.params.job_name}.keytab"`)
        .send(keytab);
    },
  );

  app.put<{ Params: JobParams & { new_team: string } }>(
    `${JOB}/team/:new_team`,
    { config: { operationId: 'dataJobTeamUpdate' } },
    async (request, reply) => {
      moveJob(ctx, request.params.team_name, request.params.job_name, request.params.new_team);
      return reply.code(200).send();
    },
  );
}
