import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { EmptyError, errors, VdkError } from '../../domain/errors.ts';

/** Spring Boot's default `/error` body for unknown URLs and wrong methods. */
function springError(status: number, error: string, path: string) {
  return { timestamp: new Date().toISOString(), status, error, path };
}

/**
 * Maps domain failures to the real service's answers: `VdkError` → status + error body,
 * `EmptyError` → bare status, unreadable JSON → 400 "An issue with the JSON body…", anything
 * unexpected → 500 "A coding error (bug) was found.".
 */
/** The built dashboard to answer client-side routes with (`--static`). */
export interface SpaFallback {
  matches: (url: string) => boolean;
  send: (reply: FastifyReply) => FastifyReply;
}

export function registerErrorHandling(app: FastifyInstance, log: (line: string) => void, spa?: SpaFallback): void {
  const routePatterns: { method: string; pattern: RegExp }[] = [];
  app.addHook('onRoute', (route) => {
    if (route.url.includes('*')) return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const pattern = new RegExp(`^${route.url.replace(/:[^/]+/g, '[^/]+').replace(/\*/g, '.*')}$`);
    methods.filter((method) => method !== 'HEAD').forEach((method) => routePatterns.push({ method, pattern }));
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof VdkError) return reply.code(error.status).send(error.body);
    if (error instanceof EmptyError) return reply.code(error.status).send();
    if (error.statusCode === 413) {
      // The real service sets no body limit (a proxy in front answers 413 with its own page): no error body to copy.
      log(`${request.method} ${request.url} refused: ${error.message}`);
      return reply.code(413).send();
    }
    if (error.code?.startsWith('FST_ERR_CTP') || error.statusCode === 400) {
      return reply.code(400).send(errors.unreadableBody(error.message).body);
    }
    request.log.error(error);
    return reply.code(500).send(errors.bug(error.message).body);
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? request.url;
    if (spa && !path.startsWith('/data-jobs') && spa.matches(request.url) && request.method === 'GET') {
      return spa.send(reply);
    }
    const otherMethod = routePatterns.some((route) => route.method !== request.method && route.pattern.test(path));
    if (otherMethod) return reply.code(405).send(springError(405, 'Method Not Allowed', path));
    return reply.code(404).send(springError(404, 'Not Found', path));
  });
}
