import type { FastifyInstance } from 'fastify';
import { errors } from '../../domain/errors.ts';
import type { DeploymentParams, RouteDeps } from './route-deps.ts';

const BASE = '/data-jobs/for-team/:team_name/jobs/:job_name/deployments/:deployment_id';
const SECRETS_LIMIT_BYTES = 1024 * 1024;

function requireObject(body: unknown): Record<string, unknown> {
  if (body === null || typeof body !== 'object' || Array.isArray(body) || Buffer.isBuffer(body)) {
    throw errors.unreadableBody('The body must be a JSON object.');
  }
  return body as Record<string, unknown>;
}

/**
 * Properties are keyed by job name only (no team/job check, no 404), fully replaced by PUT (204).
 * Secrets answer 501 unless enabled (Vault off is the real default); then they are keyed `<team>/<job>`.
 */
export function registerPropertyRoutes(app: FastifyInstance, { ctx }: RouteDeps): void {
  app.get<{ Params: DeploymentParams }>(
    `${BASE}/properties`,
    { config: { operationId: 'dataJobPropertiesRead' } },
    async (request) => {
      const stored = ctx.db
        .prepare('SELECT content FROM properties WHERE job_name = ?')
        .pluck()
        .get(request.params.job_name) as string | undefined;
      return stored ? (JSON.parse(stored) as unknown) : {};
    },
  );

  app.put<{ Params: DeploymentParams }>(
    `${BASE}/properties`,
    { config: { operationId: 'dataJobPropertiesUpdate' } },
    async (request, reply) => {
      const content = JSON.stringify(requireObject(request.body));
      ctx.db
        .prepare(
          'INSERT INTO properties (job_name, content) VALUES (?, ?) ON CONFLICT (job_name) DO UPDATE SET content = excluded.content',
        )
        .run(request.params.job_name, content);
      return reply.code(204).send();
    },
  );

  app.get<{ Params: DeploymentParams }>(
    `${BASE}/secrets`,
    { config: { operationId: 'dataJobSecretsRead' } },
    async (request) => {
      if (!ctx.settings.secretsEnabled) throw errors.secretsNotConfigured();
      const stored = ctx.db
        .prepare('SELECT content FROM secrets WHERE team = ? AND job_name = ?')
        .pluck()
        .get(request.params.team_name, request.params.job_name) as string | undefined;
      return stored ? (JSON.parse(stored) as unknown) : {};
    },
  );

  app.put<{ Params: DeploymentParams }>(
    `${BASE}/secrets`,
    { config: { operationId: 'dataJobSecretsUpdate' } },
    async (request, reply) => {
      if (!ctx.settings.secretsEnabled) throw errors.secretsNotConfigured();
      const content = JSON.stringify(requireObject(request.body));
      if (Buffer.byteLength(content) > SECRETS_LIMIT_BYTES) {
        throw errors.secretsTooLarge(request.params.team_name, request.params.job_name, SECRETS_LIMIT_BYTES);
      }
      ctx.db
        .prepare(
          'INSERT INTO secrets (team, job_name, content) VALUES (?, ?, ?) ON CONFLICT (team, job_name) DO UPDATE SET content = excluded.content',
        )
        .run(request.params.team_name, request.params.job_name, content);
      return reply.code(202).send();
    },
  );
}
