import type { FastifyInstance } from 'fastify';

/**
 * `X-OPID`: taken from the request or `"0" + currentTimeMillis`, stored on executions the
 * request starts, and echoed like `ResponseOpIdSetterAdvice` does, i.e. only on responses
 * that carry a body.
 */
export function registerOpId(app: FastifyInstance): void {
  app.decorateRequest('opId', '');
  app.addHook('onRequest', async (request) => {
    const header = request.headers['x-opid'];
    const given = Array.isArray(header) ? header[0] : header;
    request.opId = given && given.trim() !== '' ? given : `0${Date.now()}`;
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const empty = payload === null || payload === undefined || payload === '';
    if (!empty && request.url.startsWith('/data-jobs')) reply.header('X-OPID', request.opId);
    return payload;
  });
}
