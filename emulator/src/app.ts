import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import Fastify, { type FastifyInstance } from 'fastify';
import { createRealClock } from './clock/clock.ts';
import { Scheduler } from './clock/scheduler.ts';
import { closeDatabase, type Db, openDatabase } from './db/database.ts';
import { registerSqlFunctions } from './graphql/sql-functions.ts';
import type { Clock, DomainContext, ServiceSettings } from './domain/context.ts';
import { DeploymentService } from './domain/deployment-service.ts';
import { createSchema } from './graphql/endpoint.ts';
import { registerAuth } from './http/plugins/auth.ts';
import { registerCors } from './http/plugins/cors.ts';
import { registerErrorHandling } from './http/plugins/errors.ts';
import { registerFaults } from './http/plugins/faults.ts';
import { registerDateHeader } from './http/plugins/date-header.ts';
import { registerJsonBodyParser } from './http/plugins/json-body.ts';
import { registerOpId } from './http/plugins/op-id.ts';
import { isSpaRoute, registerStatic, sendSpaIndex } from './http/plugins/static.ts';
import { registerValidation } from './http/plugins/validation.ts';
import { registerAdminRoutes } from './http/routes/admin.ts';
import { registerDeploymentRoutes } from './http/routes/deployments.ts';
import { registerExecutionRoutes } from './http/routes/executions.ts';
import { registerJobRoutes } from './http/routes/jobs.ts';
import { registerOauthRoutes } from './http/routes/oauth.ts';
import { registerPropertyRoutes } from './http/routes/properties.ts';
import type { RouteDeps } from './http/routes/route-deps.ts';
import { registerSourceRoutes } from './http/routes/sources.ts';
import { type EmulatorOptions, type FaultSettings, NO_FAULTS } from './options.ts';
import { seedDatabase } from './seed/seed.ts';

export type { EmulatorOptions } from './options.ts';

export interface Emulator {
  app: FastifyInstance;
  clock: Clock;
  db: Db;
  /** Live fault settings (also changed by `PUT /__emulator/faults`). */
  faults: FaultSettings;
  scheduler: Scheduler;
  /** The bearer token that opens the `--admin` routes when auth is on (besides any signed-in user's). */
  adminToken: string | undefined;
  /** Seed summary when a seed ran into an empty database; null when it was skipped. */
  seeded: { jobs: number; executions: number; seconds: number } | null;
  close(): Promise<void>;
}

export const DEFAULT_PYTHON_VERSIONS = ['3.9', '3.10', '3.11'];

/** Builds the emulator (database, scheduler, HTTP routes) without listening. */
export async function buildEmulator(options: EmulatorOptions): Promise<Emulator> {
  const clock = options.clock ?? createRealClock(options.speed ?? 1);
  const db = openDatabase({ dataDir: options.dataDir, memory: options.memory });
  registerSqlFunctions(db, clock);
  const pythonVersions = options.supportedPythonVersions ?? DEFAULT_PYTHON_VERSIONS;
  const settings: ServiceSettings = {
    supportedPythonVersions: pythonVersions,
    defaultPythonVersion: pythonVersions[0] ?? '3.9',
    vdkVersion: 'release',
    deployDelayMs: options.deployDelayMs ?? 1500,
    secretsEnabled: options.secrets ?? false,
    apiVersion: 'emulator-0.1.0/local',
  };
  const ctx: DomainContext = { db, clock, settings, log: options.log ?? (() => {}) };
  const seedStart = performance.now();
  const seedSummary = options.seed ? seedDatabase(ctx, options.seed) : null;
  const seeded = seedSummary && { ...seedSummary, seconds: (performance.now() - seedStart) / 1000 };

  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 64 * 1024 * 1024,
    forceCloseConnections: true,
    // Fastify's default (100 characters) refused long team names with 414; the real service (Tomcat) only limits
    // the request line, with its 8 KB header size.
    routerOptions: { maxParamLength: 8 * 1024 },
  });
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  registerJsonBodyParser(app);
  const faults: FaultSettings = { ...NO_FAULTS, ...options.faults };
  const deployments = new DeploymentService(ctx);
  const deps: RouteDeps = { ctx, deployments, schema: createSchema() };

  const { staticDir } = options;
  registerErrorHandling(
    app,
    { log: ctx.log, dataFile: db.name },
    staticDir ? { matches: isSpaRoute, send: (reply) => sendSpaIndex(reply, staticDir) } : undefined,
  );
  registerOpId(app);
  registerDateHeader(app, clock);
  if (options.corsOrigin) registerCors(app, options.corsOrigin);
  const adminToken =
    options.admin && options.auth ? (options.adminToken ?? randomBytes(24).toString('base64url')) : undefined;
  if (options.auth) {
    registerAuth(app, options.auth, adminToken);
    await options.auth.register(app);
  } else {
    app.decorateRequest('principal', null);
  }
  registerValidation(app, options.strict ?? false);
  // After validation: a deliberately malformed body must reach the client, not trip --strict.
  registerFaults(app, faults);
  registerJobRoutes(app, deps);
  registerDeploymentRoutes(app, deps);
  registerExecutionRoutes(app, deps);
  registerPropertyRoutes(app, deps);
  registerSourceRoutes(app, deps);
  registerOauthRoutes(app);
  if (options.admin) registerAdminRoutes(app, faults, clock, ctx, options.auth?.admin);
  if (options.staticDir) await registerStatic(app, options.staticDir);

  const scheduler = new Scheduler(ctx);
  if (options.scheduler ?? true) scheduler.start();

  let closed = false;
  return {
    app,
    clock,
    db,
    faults,
    scheduler,
    seeded,
    adminToken,
    async close() {
      if (closed) return;
      closed = true;
      scheduler.stop();
      deployments.close();
      await app.close();
      await options.auth?.close?.();
      closeDatabase(db);
    },
  };
}
