import type { FastifyInstance } from 'fastify';
import { EmptyError } from '../../domain/errors.ts';

/** Team OAuth credentials live in Vault; with Vault disabled the generated defaults answer 501 without a body. */
export function registerOauthRoutes(app: FastifyInstance): void {
  const routes: [string, string, 'GET' | 'PUT' | 'POST'][] = [
    ['/data-jobs/teams/:team_name/oauth-credentials', 'oauthCredentialsGet', 'GET'],
    ['/data-jobs/teams/:team_name/oauth-credentials', 'oauthCredentialsPut', 'PUT'],
    ['/data-jobs/teams/:team_name/oauth-credentials/client-id', 'clientIdGet', 'GET'],
    ['/data-jobs/oauth-credentials/client-ids', 'getTeamIdsForClientIds', 'POST'],
  ];
  for (const [url, operationId, method] of routes) {
    app.route({
      method,
      url,
      config: { operationId },
      handler: async () => {
        throw new EmptyError(501);
      },
    });
  }
}
