import type { FastifyInstance } from 'fastify';
import { deleteSource, downloadSource, uploadSource } from '../../domain/source-service.ts';
import type { JobParams, RouteDeps } from './route-deps.ts';

const SOURCES = '/data-jobs/for-team/:team_name/jobs/:job_name/sources';

/** Sources stand in for the Git repository: a zip in, a version SHA out, the zip back on GET. */
export function registerSourceRoutes(app: FastifyInstance, { ctx }: RouteDeps): void {
  app.post<{ Params: JobParams }>(SOURCES, { config: { operationId: 'sourcesUpload' } }, async (request) =>
    uploadSource(ctx, request.params.team_name, request.params.job_name, request.body),
  );

  app.get<{ Params: JobParams }>(
    SOURCES,
    { config: { operationId: 'dataJobSourcesDownload' } },
    async (request, reply) => {
      const zip = downloadSource(ctx, request.params.team_name, request.params.job_name);
      return reply
        .type('application/octet-stream')
        .header('Content-Disposition', `attachment; filename="${request.params.job_name}.zip"`)
        .send(zip);
    },
  );

  app.delete<{ Params: JobParams }>(SOURCES, { config: { operationId: 'sourcesDelete' } }, async (request, reply) => {
    deleteSource(ctx, request.params.team_name, request.params.job_name);
    return reply.code(200).send();
  });
}
