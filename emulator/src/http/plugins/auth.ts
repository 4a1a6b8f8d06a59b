import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AuthProvider, Principal } from '../../auth-types.ts';

/** `SecurityConfiguration.ENDPOINTS_TO_IGNORE`: open even with security on (matched on the decoded path). */
const OPEN = [
  /^\/data-jobs\/api-docs(\/|$)/,
  /^\/data-jobs\/swagger-ui/,
  /^\/data-jobs\/webjars\//,
  /^\/data-jobs\/debug\//,
  /^\/data-jobs\/oauth-credentials\/client-ids$/,
  /^\/data-jobs\/teams\/[^/]+\/oauth-credentials\/client-id$/,
];

const ADMIN_PREFIX = '/__emulator/';

/** The path as the router sees it: percent-decoded (an undecodable one stays as sent, and matches no route). */
function decodedPath(url: string): string {
  const path = url.split('?')[0] ?? '';
  try {
    return decodeURI(path).replace(/%2f/gi, '/');
  } catch {
    return path;
  }
}

/**
 * What a request is, decided on the route the router matched (its pattern and decoded parameters), never on the raw
 * URL: `/%64ata-jobs/…`, `//`, dot segments or `;` parameters then either reach the same route, and the same
 * decision, or no route at all. An unmatched request reads and writes nothing; the decoded path only decides whether
 * its 404 needs a token first, as Spring Security guards every path under `/data-jobs`.
 */
function classify(request: FastifyRequest): { kind: 'api' | 'admin' | 'open'; teams: string[] } {
  const route = request.routeOptions.url;
  const path = route ?? decodedPath(request.url);
  if (route?.startsWith(ADMIN_PREFIX)) return { kind: 'admin', teams: [] };
  if (!path.startsWith('/data-jobs/') || OPEN.some((pattern) => pattern.test(path))) return { kind: 'open', teams: [] };
  const params = (request.params ?? {}) as Record<string, string | undefined>;
  const teams = route?.startsWith('/data-jobs/for-team/') ? [params.team_name, params.new_team] : [];
  return { kind: 'api', teams: teams.filter((team): team is string => team !== undefined) };
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const refuse401 = (reply: FastifyReply) => reply.code(401).header('WWW-Authenticate', 'Bearer').send();

/**
 * Authentication (bearer token → principal, else 401 with an empty body) and the team rule of the authorization
 * webhook: writes under `/for-team/{team}` need membership of the team (and of `{new_team}` for a move), refused
 * with 403 and a plain-text reason; reads cross teams freely. The `--admin` routes need any signed-in user's token
 * or the admin token printed at start.
 */
export function registerAuth(app: FastifyInstance, provider: AuthProvider, adminToken?: string): void {
  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (request, reply) => {
    if (request.method === 'OPTIONS') return;
    const { kind, teams } = classify(request);
    if (kind === 'open') return;
    const header = request.headers.authorization;
    if (kind === 'admin' && adminToken && header?.startsWith('Bearer ') && sameSecret(header.slice(7), adminToken)) {
      return;
    }
    const principal = await provider.authenticate(header);
    if (!principal) return refuse401(reply);
    request.principal = principal;
    if (request.method === 'GET' || request.method === 'HEAD') return;
    return refuseOutsiders(reply, principal, teams);
  });
}

function refuseOutsiders(reply: FastifyReply, principal: Principal, teams: readonly string[]) {
  const refused = teams.find((team) => !principal.teams.includes(team));
  if (refused === undefined) return;
  return reply
    .code(403)
    .type('text/plain; charset=utf-8')
    .send(`User '${principal.username}' is not authorized to write to team '${refused}'.`);
}
