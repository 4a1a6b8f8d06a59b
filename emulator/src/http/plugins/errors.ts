import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { damagedDataFile, isDamagedDataError } from '../../db/database.ts';
import { EmptyError, errors, externalSystemError, VdkError } from '../../domain/errors.ts';

const isApiPath = (url: string) => url.startsWith('/data-jobs');

/** A missing file of the dashboard, as nginx answers it. */
const notFoundFile = (reply: FastifyReply) => reply.code(404).type('text/plain; charset=utf-8').send('Not Found');

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

/** Where failures are told: the emulator's log, and the data file a damaged page is named in. */
export interface ErrorReporting {
  log: (line: string) => void;
  dataFile: string;
}

export function registerErrorHandling(
  app: FastifyInstance,
  { log, dataFile }: ErrorReporting,
  spa?: SpaFallback,
): void {
  const routePatterns: { method: string; pattern: RegExp }[] = [];
  app.addHook('onRoute', (route) => {
    if (route.url.includes('*')) return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const pattern = new RegExp(`^${route.url.replace(/:[^/]+/g, '[^/]+').replace(/\*/g, '.*')}$`);
    methods.filter((method) => method !== 'HEAD').forEach((method) => routePatterns.push({ method, pattern }));
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    // The dashboard's files (--static): a path send() refuses (traversal, NUL, `//`) is a file that is not there.
    if (spa && !isApiPath(request.url) && error.statusCode !== undefined && error.statusCode < 500) {
      return notFoundFile(reply);
    }
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
    if (isDamagedDataError(error)) {
      // The real service's answer to a failing database; what to do about it goes to the log.
      log(damagedDataFile(dataFile, `is damaged (${error.message})`));
      return reply.code(503).send(externalSystemError('Database', error.message).body);
    }
    request.log.error(error);
    return reply.code(500).send(errors.bug(error.message).body);
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? request.url;
    if (spa && !isApiPath(path) && spa.matches(request.url) && request.method === 'GET') {
      return spa.send(reply);
    }
    if (spa && !isApiPath(path)) return notFoundFile(reply);
    const otherMethod = routePatterns.some((route) => route.method !== request.method && route.pattern.test(path));
    if (otherMethod) return reply.code(405).send(springError(405, 'Method Not Allowed', path));
    return reply.code(404).send(springError(404, 'Not Found', path));
  });
}
