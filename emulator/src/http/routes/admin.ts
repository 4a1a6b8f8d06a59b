import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuthAdmin } from '../../auth-types.ts';
import type { Clock } from '../../domain/context.ts';
import type { DomainContext } from '../../domain/context.ts';
import { toRestExecution } from '../../domain/execution-model.ts';
import { findExecution } from '../../domain/execution-service.ts';
import { findJob } from '../../domain/job-service.ts';
import { profileOf } from '../../domain/profile.ts';
import type { FaultSettings } from '../../options.ts';

const FAULT_KEYS: (keyof FaultSettings)[] = [
  'latencyMs',
  'errorRate',
  'resetRate',
  'malformedRate',
  'lostReplyRate',
  'lostReplyDelayMs',
];
const DURATION_KEYS: ReadonlySet<keyof FaultSettings> = new Set(['latencyMs', 'lostReplyDelayMs']);

/** Local control for tests and demos (only with `--admin`): fault settings, the clock, and how a job runs. */
export function registerAdminRoutes(
  app: FastifyInstance,
  faults: FaultSettings,
  clock: Clock,
  ctx: DomainContext,
  users?: AuthAdmin,
): void {
  const clockState = () => ({ now: new Date(clock.now()).toISOString(), kind: clock.kind, speed: clock.speed });
  refuseNonJsonBodies(app);

  app.get('/__emulator/faults', async () => faults);
  app.put<{ Body: Partial<FaultSettings> }>('/__emulator/faults', async (request, reply) => {
    const body = request.body ?? {};
    for (const key of FAULT_KEYS) {
      const value = body[key];
      if (value === undefined) continue;
      const max = DURATION_KEYS.has(key) ? 600_000 : 1;
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

  // How a job's future executions behave (duration, failure rates, start delay): lets a test make a run fail on
  // purpose or stay submitted long enough to be seen. Merged into the job's current profile.
  app.put<{ Params: { job: string }; Body: Record<string, unknown> }>(
    '/__emulator/jobs/:job/profile',
    async (request, reply) => {
      const job = findJob(ctx, request.params.job);
      if (!job) return reply.code(404).send({ error: `No job ${request.params.job}` });
      const body = request.body;
      if (!body || typeof body !== 'object' || Array.isArray(body)) {
        return reply.code(400).send({ error: 'Send a JSON object with profile fields, e.g. {"userErrorRate": 1}.' });
      }
      const profile = { ...profileOf(job.name, job.profile), ...body };
      ctx.db.prepare('UPDATE jobs SET profile = ? WHERE name = ?').run(JSON.stringify(profile), job.name);
      return profile;
    },
  );

  registerUserAdminRoutes(app, users);
  registerServiceFilledRoutes(app, ctx);
}

/** True when the request carries a body (a bodiless POST such as a user's sign-out has neither header). */
function hasBody(request: FastifyRequest): boolean {
  const length = Number(request.headers['content-length'] ?? 0);
  return length > 0 || request.headers['transfer-encoding'] !== undefined;
}

/**
 * Bodies only as `application/json`: a web page can send `text/plain` (or a form) cross-site without a preflight,
 * which must not reach an admin route even when auth is off.
 */
function refuseNonJsonBodies(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    if (!request.routeOptions.url?.startsWith('/__emulator/') || !hasBody(request)) return;
    const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type === 'application/json') return;
    return reply.code(415).send({ error: 'The admin API accepts only Content-Type: application/json.' });
  });
}

const NO_USERS = 'Authentication is off (--auth off): there are no users to change.';
const unknownUser = (username: string) => ({ error: `No user ${username}` });

/**
 * The provider's users mid-session, as an identity admin changes them: team membership (counts from
 * the user's next API request) and "sign out everywhere" (renewal fails, the next sign-in asks again).
 */
function registerUserAdminRoutes(app: FastifyInstance, users: AuthAdmin | undefined): void {
  app.get('/__emulator/users', async (_request, reply) =>
    users ? users.listUsers() : reply.code(404).send({ error: NO_USERS }),
  );

  app.put<{ Params: { username: string }; Body: { teams?: unknown } }>(
    '/__emulator/users/:username/teams',
    async (request, reply) => {
      if (!users) return reply.code(404).send({ error: NO_USERS });
      const teams = request.body?.teams;
      if (!Array.isArray(teams) || !teams.every((team) => typeof team === 'string' && team.trim() !== '')) {
        return reply.code(400).send({ error: 'Send {"teams": ["team-a", …]} with non-empty team names.' });
      }
      return (
        users.setTeams(request.params.username, teams as string[]) ??
        reply.code(404).send(unknownUser(request.params.username))
      );
    },
  );

  app.post<{ Params: { username: string } }>('/__emulator/users/:username/sign-out', async (request, reply) => {
    if (!users) return reply.code(404).send({ error: NO_USERS });
    return (
      (await users.endSignIn(request.params.username)) ?? reply.code(404).send(unknownUser(request.params.username))
    );
  });
}

/** The fields of `body` named in `keys` that it has, when each is a string or null; else null. */
function textFields<K extends string>(body: unknown, keys: readonly K[]): Partial<Record<K, string | null>> | null {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  const values: Partial<Record<K, string | null>> = {};
  for (const key of keys) {
    const value = (body as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (value !== null && typeof value !== 'string') return null;
    values[key] = value;
  }
  return values;
}

/**
 * What the service fills in itself and no client can write: an execution's message, its logs URL (from the
 * operators' template) and a job's source URL (from the service's Git URL). Set here, so a test can show the
 * dashboard any value, hostile ones included.
 */
function registerServiceFilledRoutes(app: FastifyInstance, ctx: DomainContext): void {
  app.put<{ Params: { id: string }; Body: unknown }>('/__emulator/executions/:id', async (request, reply) => {
    const execution = findExecution(ctx, request.params.id);
    if (!execution) return reply.code(404).send({ error: `No execution ${request.params.id}` });
    const fields = textFields(request.body, ['message', 'logs_url'] as const);
    if (!fields) {
      return reply.code(400).send({ error: 'Send {"message": <string|null>, "logs_url": <string|null>}, either.' });
    }
    const { message = execution.message, logs_url = execution.logs_url } = fields;
    ctx.db.prepare('UPDATE executions SET message = ?, logs_url = ? WHERE id = ?').run(message, logs_url, execution.id);
    return toRestExecution(findExecution(ctx, execution.id)!);
  });

  app.put<{ Params: { job: string }; Body: unknown }>('/__emulator/jobs/:job/source-url', async (request, reply) => {
    const job = findJob(ctx, request.params.job);
    if (!job) return reply.code(404).send({ error: `No job ${request.params.job}` });
    const fields = textFields(request.body, ['source_url'] as const);
    if (!fields || fields.source_url === undefined) {
      return reply.code(400).send({ error: 'Send {"source_url": <string|null>}.' });
    }
    ctx.db.prepare('UPDATE jobs SET source_url = ? WHERE name = ?').run(fields.source_url, job.name);
    return { job_name: job.name, source_url: fields.source_url };
  });
}
