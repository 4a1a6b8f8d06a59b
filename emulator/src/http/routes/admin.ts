import type { FastifyInstance } from 'fastify';
import type { AuthAdmin } from '../../auth-types.ts';
import type { Clock } from '../../clock/clock.ts';
import type { DomainContext } from '../../domain/context.ts';
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
