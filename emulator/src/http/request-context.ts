import type { FastifyRequest } from 'fastify';
import type { Principal } from '../auth-types.ts';
import type { Username } from '../domain/context.ts';

declare module 'fastify' {
  interface FastifyRequest {
    opId: string;
    principal: Principal | null;
  }
  interface FastifyContextConfig {
    /** The api.yaml operation this route implements; drives request/response validation. */
    operationId?: string;
  }
}

/** The user recorded as `started_by` / `last_deployed_by`: the literal null when auth is off. */
export function usernameOf(request: FastifyRequest): Username {
  return request.principal?.username ?? null;
}

/** Absolute URL on the origin the client used, as Spring's `ServletUriComponentsBuilder` builds it. */
export function absoluteUrl(request: FastifyRequest, path: string): string {
  return `${request.protocol}://${request.host}${path}`;
}

export function teamPath(team: string, rest: string): string {
  return `/data-jobs/for-team/${encodeURIComponent(team)}${rest}`;
}
