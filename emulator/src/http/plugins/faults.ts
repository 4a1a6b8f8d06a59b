import type { FastifyInstance } from 'fastify';
import { externalSystemError } from '../../domain/errors.ts';
import type { FaultSettings } from '../../options.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Parses `latency=MS,error-rate=P,reset-rate=P,malformed-rate=P,lost-reply-rate=P,lost-reply-delay=MS`. */
export function parseFaults(spec: string): Partial<FaultSettings> {
  const keys: Record<string, keyof FaultSettings> = {
    latency: 'latencyMs',
    'error-rate': 'errorRate',
    'reset-rate': 'resetRate',
    'malformed-rate': 'malformedRate',
    'lost-reply-rate': 'lostReplyRate',
    'lost-reply-delay': 'lostReplyDelayMs',
  };
  const isDuration = (key: keyof FaultSettings) => key === 'latencyMs' || key === 'lostReplyDelayMs';
  const faults: Partial<FaultSettings> = {};
  for (const part of spec.split(',').filter((item) => item.trim() !== '')) {
    const [name = '', raw = ''] = part.split('=').map((item) => item.trim());
    const key = keys[name];
    const value = Number(raw);
    if (!key || raw === '' || !Number.isFinite(value) || value < 0 || (!isDuration(key) && value > 1)) {
      throw new Error(
        `Invalid fault '${part}': use latency=MS,error-rate=P,reset-rate=P,malformed-rate=P,lost-reply-rate=P,lost-reply-delay=MS with 0 ≤ P ≤ 1.`,
      );
    }
    faults[key] = value;
  }
  return faults;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Fault injection on `/data-jobs` only (the dashboard's static files and the OpenID provider
 * stay healthy): latency, 503 with an error body, a reset connection, a truncated JSON body, and
 * a write that is carried out but whose reply is lost.
 */
export function registerFaults(app: FastifyInstance, settings: FaultSettings): void {
  const applies = (url: string) => url.startsWith('/data-jobs');
  app.addHook('onRequest', async (request, reply) => {
    if (!applies(request.url)) return;
    if (settings.latencyMs > 0) await sleep(settings.latencyMs);
    if (Math.random() < settings.resetRate) {
      request.raw.socket.destroy();
      return reply.hijack();
    }
    if (Math.random() < settings.errorRate) {
      return reply.code(503).send(externalSystemError('Database', 'injected fault').body);
    }
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (!applies(request.url) || typeof payload !== 'string' || payload.length < 2) return payload;
    if (!String(reply.getHeader('content-type') ?? '').includes('json')) return payload;
    if (Math.random() < settings.malformedRate) return payload.slice(0, Math.floor(payload.length / 2));
    return payload;
  });
  // onSend runs after the route handler: the write is committed by now, only its answer goes missing.
  app.addHook('onSend', async (request, reply, payload) => {
    const succeeded = reply.statusCode >= 200 && reply.statusCode < 300;
    if (!applies(request.url) || !WRITE_METHODS.has(request.method) || !succeeded) return payload;
    if (Math.random() >= settings.lostReplyRate) return payload;
    if (settings.lostReplyDelayMs > 0) await sleep(settings.lostReplyDelayMs);
    request.raw.socket.destroy();
    return payload;
  });
}
