import type { FastifyInstance } from 'fastify';
import type { AuthProvider } from '../../auth-types.ts';

/** `SecurityConfiguration.ENDPOINTS_TO_IGNORE`: open even with security on. */
const OPEN = [
  /^\/data-jobs\/api-docs(\/|$)/,
  /^\/data-jobs\/swagger-ui/,
  /^\/data-jobs\/webjars\//,
  /^\/data-jobs\/debug\//,
  /^\/data-jobs\/oauth-credentials\/client-ids$/,
  /^\/data-jobs\/teams\/[^/]+\/oauth-credentials\/client-id$/,
];

/**
 * Authentication (bearer token → principal, else 401 with an empty body) and the team rule of
 * the authorization webhook: writes under `/for-team/{team}` need membership of the team (and of
 * `{new_team}` for a move), refused with 403 and a plain-text reason; reads cross teams freely.
 */
export function registerAuth(app: FastifyInstance, provider: AuthProvider): void {
  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (!path.startsWith('/data-jobs') || OPEN.some((pattern) => pattern.test(path))) return;
    if (request.method === 'OPTIONS') return;
    const principal = await provider.authenticate(request.headers.authorization);
    if (!principal) return reply.code(401).header('WWW-Authenticate', 'Bearer').send();
    request.principal = principal;
    if (request.method === 'GET' || request.method === 'HEAD') return;
    const segments = path.split('/').map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    });
    const teams = segments[2] === 'for-team' ? [segments[3]] : [];
    if (segments[2] === 'for-team' && segments[6] === 'team' && segments[7] !== undefined) teams.push(segments[7]);
    const refused = teams.find((team) => team !== undefined && !principal.teams.includes(team));
    if (refused !== undefined) {
      return reply
        .code(403)
        .type('text/plain; charset=utf-8')
        .send(`User '${principal.username}' is not authorized to write to team '${refused}'.`);
    }
  });
}
