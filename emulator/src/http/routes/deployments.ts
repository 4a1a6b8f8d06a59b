import type { FastifyInstance } from 'fastify';
import { listDeployments, readDeployment } from '../../domain/deployment-service.ts';
import type { DataJobDeploymentBody } from '../../domain/job-model.ts';
import { usernameOf } from '../request-context.ts';
import type { DeploymentParams, JobParams, RouteDeps } from './route-deps.ts';

const DEPLOYMENTS = '/data-jobs/for-team/:team_name/jobs/:job_name/deployments';

/** `{deployment_id}` is accepted and ignored, as in the real service (one deployment per job). */
export function registerDeploymentRoutes(app: FastifyInstance, { ctx, deployments }: RouteDeps): void {
  app.get<{ Params: JobParams }>(DEPLOYMENTS, { config: { operationId: 'deploymentList' } }, async (request) =>
    listDeployments(ctx, request.params.team_name, request.params.job_name),
  );

  app.post<{ Params: JobParams; Body: DataJobDeploymentBody | undefined }>(
    DEPLOYMENTS,
    { config: { operationId: 'deploymentUpdate' } },
    async (request, reply) => {
      const { team_name, job_name } = request.params;
      deployments.requestDeploy(team_name, job_name, request.body ?? {}, usernameOf(request));
      return reply.code(202).send();
    },
  );

  app.get<{ Params: DeploymentParams }>(
    `${DEPLOYMENTS}/:deployment_id`,
    { config: { operationId: 'deploymentRead' } },
    async (request) => readDeployment(ctx, request.params.team_name, request.params.job_name),
  );

  app.patch<{ Params: DeploymentParams; Body: DataJobDeploymentBody }>(
    `${DEPLOYMENTS}/:deployment_id`,
    { config: { operationId: 'deploymentPatch' } },
    async (request, reply) => {
      const { team_name, job_name } = request.params;
      deployments.patch(team_name, job_name, request.body, usernameOf(request));
      return reply.code(202).send();
    },
  );

  app.delete<{ Params: DeploymentParams }>(
    `${DEPLOYMENTS}/:deployment_id`,
    { config: { operationId: 'deploymentDelete' } },
    async (request, reply) => {
      deployments.remove(request.params.team_name, request.params.job_name);
      return reply.code(202).send();
    },
  );
}
