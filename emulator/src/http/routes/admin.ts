import type { FastifyInstance } from 'fastify';
import type { Clock } from '../../clock/clock.ts';
import type { FaultSettings } from '../../options.ts';

const FAULT_KEYS: (keyof FaultSettings)[] = ['latencyMs', 'errorRate', 'resetRate', 'malformedRate'];

/** Local control for tests and demos (only with `--admin`): fault settings and the clock. */
export function registerAdminRoutes(app: FastifyInstance, faults: FaultSettings, clock: Clock): void {
  const clockState = () => ({ now: new Date(clock.now()).toISOString(), kind: clock.kind, speed: clock.speed });

  app.get('/__emulator/faults', async () => faults);
  app.put<{ Body: Partial<FaultSettings> }>('/__emulator/faults', async (request, reply) => {
    const body = request.body ?? {};
    for (const key of FAULT_KEYS) {
      const value = body[key];
      if (value === undefined) continue;
      const max = key === 'latencyMs' ? 600_000 : 1;
      if (typeof value !== 'number' || value < 0 || value > max) {
        return reply.code(400).send({ error: `${key} must be a number between 0 and ${max}` });
      }
      faults[key] = value;
    }
    return faults;
  });

  app.get('/__emulator/clock', async () => clockState());
  app.post<{ Body: { advanceMs?: number } }>('/__emulator/clock', async (request, reply) => {
    const advanceMs = request.body?.advanceMs;
    if (typeof advanceMs !== 'number' || advanceMs < 0) {
      return reply.code(400).send({ error: 'Send {"advanceMs": <non-negative milliseconds>}.' });
    }
    clock.advance(advanceMs);
    return clockState();
  });
}
