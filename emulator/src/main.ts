import { parseArgs } from 'node:util';
import type { AuthProvider } from './auth-types.ts';
import { buildEmulator, type Emulator } from './app.ts';
import { createOidcAuth, demoUsers } from './oidc/index.ts';
import { parseFaults } from './http/plugins/faults.ts';
import type { EmulatorOptions } from './options.ts';

const USAGE = `Usage: npm run emulator -- [flags]

  --port N              listen port (default 8092, or $PORT)
  --host HOST           listen host (default localhost)
  --data DIR            data directory (default .data/)
  --memory              keep everything in memory (nothing persists)
  --seed demo|large     seed an empty database (never overwrites data)
  --static DIR          serve a built dashboard from DIR with SPA fallback
  --speed N             run the emulated clock N times faster (default 1)
  --strict              answer 500 when a response breaks the API spec
  --secrets             enable the secrets API (default 501, like Vault disabled)
  --faults SPEC         latency=MS,error-rate=P,reset-rate=P,malformed-rate=P on /data-jobs,
                        lost-reply-rate=P,lost-reply-delay=MS: a write is done, its reply lost
  --admin               development aid: enable /__emulator/* (faults, clock, job profiles,
                        users); with --auth on it needs a signed-in user's bearer token or
                        the admin token printed at start, and takes only application/json
  --admin-token TOKEN   the admin token to use instead of a random one
  --cors ORIGIN         allow one browser origin (the real service has no CORS)
  --deploy-delay MS     delay before POST deployments takes effect (default 1500)
  --auth on|off         bearer tokens from the built-in OpenID provider at /oidc (default on)
  --token-ttl SECONDS   lifetime of access and ID tokens (default 900)
  --help                show this help`;

class UsageError extends Error {}

function parseCli(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string', default: 'localhost' },
      data: { type: 'string', default: '.data' },
      memory: { type: 'boolean', default: false },
      seed: { type: 'string' },
      static: { type: 'string' },
      speed: { type: 'string', default: '1' },
      strict: { type: 'boolean', default: false },
      secrets: { type: 'boolean', default: false },
      faults: { type: 'string' },
      admin: { type: 'boolean', default: false },
      'admin-token': { type: 'string' },
      cors: { type: 'string' },
      'deploy-delay': { type: 'string', default: '1500' },
      auth: { type: 'string', default: 'on' },
      'token-ttl': { type: 'string', default: '900' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const number = (name: string, raw: string, min: number) => {
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min)
      throw new UsageError(`--${name} must be a number ≥ ${min}, got '${raw}'.`);
    return value;
  };
  if (values.seed !== undefined && values.seed !== 'demo' && values.seed !== 'large') {
    throw new UsageError(`--seed must be demo or large, got '${values.seed}'.`);
  }
  if (values.auth !== 'on' && values.auth !== 'off')
    throw new UsageError(`--auth must be on or off, got '${values.auth}'.`);
  if (values['admin-token'] !== undefined && values['admin-token'].length < 16) {
    throw new UsageError('--admin-token must be at least 16 characters: it opens the admin API.');
  }
  const port = number('port', values.port ?? process.env.PORT ?? '8092', 0);
  if (!Number.isInteger(port) || port > 65_535) throw new UsageError(`--port must be 0..65535, got '${port}'.`);
  return {
    help: values.help,
    port,
    host: values.host,
    auth: values.auth,
    tokenTtlSeconds: number('token-ttl', values['token-ttl'], 1),
    options: {
      dataDir: values.data,
      memory: values.memory,
      seed: values.seed,
      staticDir: values.static,
      speed: number('speed', values.speed, 0.001),
      strict: values.strict,
      secrets: values.secrets,
      faults: values.faults ? parseFaults(values.faults) : undefined,
      admin: values.admin,
      adminToken: values['admin-token'],
      corsOrigin: values.cors,
      deployDelayMs: number('deploy-delay', values['deploy-delay'], 0),
    } satisfies EmulatorOptions,
  };
}

/**
 * The one place where the authentication of the emulator is chosen from the flags. The issuer is
 * the emulator's own origin, so tokens name the URL the browser signs in at.
 */
async function createAuthProvider(cli: ReturnType<typeof parseCli>): Promise<AuthProvider | undefined> {
  if (cli.auth === 'off') return undefined;
  if (cli.port === 0) throw new UsageError('--auth on needs a fixed --port: the port is part of the token issuer.');
  const host = ['0.0.0.0', '::', '127.0.0.1', '::1'].includes(cli.host) ? 'localhost' : cli.host;
  const origin = `http://${host}:${cli.port}`;
  return createOidcAuth({ issuer: `${origin}/oidc`, dashboardOrigins: [origin], tokenTtlSeconds: cli.tokenTtlSeconds });
}

async function main(): Promise<void> {
  const cli = parseCli(process.argv.slice(2));
  if (cli.help) {
    console.log(USAGE);
    return;
  }
  const auth = await createAuthProvider(cli);
  const log = (line: string) => console.warn(`[emulator] ${line}`);
  const emulator: Emulator = await buildEmulator({ ...cli.options, auth, log });
  if (emulator.seeded) {
    console.log(
      `Seeded ${emulator.seeded.jobs} jobs and ${emulator.seeded.executions} executions in ${emulator.seeded.seconds.toFixed(1)} s.`,
    );
  } else if (cli.options.seed) {
    console.log(`The database already has data: --seed ${cli.options.seed} skipped (seeds never overwrite).`);
  }
  try {
    await emulator.app.listen({ port: cli.port, host: cli.host });
  } catch (error) {
    await emulator.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new UsageError(`Port ${cli.port} is in use: stop the other process or pass --port.`);
    }
    throw error;
  }
  const address = emulator.app.server.address();
  const port = typeof address === 'object' && address ? address.port : cli.port;
  const url = `http://${cli.host}:${port}`;
  const where = cli.options.memory ? 'in memory' : `in ${cli.options.dataDir}/emulator.sqlite`;
  console.log(`VDK Control Service emulator listening on ${url} (data ${where}, clock ×${cli.options.speed})`);
  console.log(cli.options.staticDir ? `Dashboard: ${url}/` : `API: ${url}/data-jobs/for-team/<team>/jobs`);
  if (auth) {
    const users = demoUsers.map((user) => `${user.username} / ${user.password} (teams: ${user.teams.join(', ')})`);
    console.log(`Sign in at ${url}/oidc as ${users.join(' or ')}; tokens last ${cli.tokenTtlSeconds} s.`);
  } else {
    console.log('Authentication is off (--auth off): every request is anonymous.');
  }
  if (emulator.adminToken) {
    console.log(`Admin API (--admin): send Authorization: Bearer ${emulator.adminToken}, or a signed-in user's token.`);
  }

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the emulator…`);
    emulator
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        console.error(error);
        process.exit(1);
      });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
