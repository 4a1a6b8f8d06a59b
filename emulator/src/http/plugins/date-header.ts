import type { FastifyInstance } from 'fastify';
import type { Clock } from '../../domain/context.ts';

/**
 * `Date` on every response from the emulated clock, as a real server's `Date` is its own time: clients that check
 * the service's clock (the dashboard's schedule check) then agree with the timestamps it serves, also at `--speed`.
 */
export function registerDateHeader(app: FastifyInstance, clock: Clock): void {
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('Date', new Date(clock.now()).toUTCString());
  });
}
