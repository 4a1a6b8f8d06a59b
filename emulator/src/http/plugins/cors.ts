import type { FastifyInstance } from 'fastify';

/** Off by default like the real service (no CORS at all); `--cors ORIGIN` allows one origin for development. */
export function registerCors(app: FastifyInstance, origin: string): void {
  app.addHook('onRequest', async (request, reply) => {
    if (request.headers.origin !== origin) return;
    reply.header('Access-Control-Allow-Origin', origin);
    reply.header('Vary', 'Origin');
    reply.header('Access-Control-Expose-Headers', 'Location, X-OPID');
    if (request.method === 'OPTIONS' && request.headers['access-control-request-method']) {
      reply.header('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, DELETE');
      reply.header('Access-Control-Allow-Headers', 'Authorization, Content-Type, X-OPID');
      reply.header('Access-Control-Max-Age', '600');
      return reply.code(204).send();
    }
  });
}
