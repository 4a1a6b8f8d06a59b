/**
 * The schema of `public/config.json`, read at runtime so one build serves every deployment.
 * Every key is documented here; README's configuration reference is copied from these comments.
 *
 * Error messages are written as "what was expected", because the config error page shows
 * each wrong field as path + expected + got.
 */
import * as z from 'zod/mini';

const nonEmpty = (expected: string) => z.string({ error: expected }).check(z.minLength(1, { error: expected }));

const isHttpUrl = (value: string) => {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
};

/** "", an absolute path ("/cs"), a relative path ("./api") or an http(s) URL. */
const location = (expected: string) =>
  z
    .string({ error: expected })
    .check(z.refine((value) => value === '' || /^\.{0,2}\//.test(value) || isHttpUrl(value), { error: expected }));

const origin = z.string({ error: 'an origin such as "https://portal.example.com"' }).check(
  z.refine((value) => isHttpUrl(value) && new URL(value).origin === value, {
    error: 'an origin such as "https://portal.example.com" (scheme, host and port only; no path or trailing slash)',
  }),
);

const authSchema = z.strictObject(
  {
    /** OpenID Connect issuer: an http(s) URL or a path on the page's origin ("/oidc"). */
    authority: location('the OpenID provider (issuer) URL, or a path on this origin such as "/oidc"').check(
      z.minLength(1, { error: 'the OpenID provider (issuer) URL, or a path on this origin such as "/oidc"' }),
    ),
    /** OAuth client id registered for the dashboard at the provider (a public client, PKCE). */
    clientId: nonEmpty('the OAuth client id registered for the dashboard, e.g. "vdk-dashboard"'),
    /** Space-separated scopes to request. */
    scopes: z._default(nonEmpty('space-separated scopes, e.g. "openid profile offline_access"'), 'openid profile'),
    /** Claim of the ID/access token that lists the user's teams (added to `teams` in the switcher). */
    teamsClaim: z._default(nonEmpty('the name of the token claim listing the user’s teams, e.g. "groups"'), 'groups'),
    /** Optional resource indicator (RFC 8707) / audience of the Control Service, when the provider needs one. */
    resource: z.optional(nonEmpty('the API resource indicator (audience) URL, or leave the key out')),
  },
  { error: 'null (Control Service without security) or an object {"authority", "clientId", "scopes", …}' },
);

const embedSchema = z.strictObject(
  {
    /** Start chromeless (no app bar) even without `?embed=1` in the URL. */
    enabled: z._default(z.boolean({ error: 'true or false' }), false),
    /** Origins of portals allowed to frame the dashboard and exchange postMessage with it. */
    allowedParentOrigins: z._default(
      z.array(origin, { error: 'a list of origins, e.g. ["https://portal.example.com"]' }),
      [],
    ),
    /** When embedded, pin the dashboard to this team (no team switching). */
    fixedTeam: z.optional(nonEmpty('a team name, or leave the key out')),
  },
  { error: 'an object {"enabled", "allowedParentOrigins", "fixedTeam"}' },
);

const topLevelShape = {
  /**
   * Where the Control Service's `/data-jobs` API lives. "" (default) = the same origin as the page;
   * a path ("/control-service") or an http(s) URL. The real service sends no CORS headers, so a
   * different origin needs a proxy that adds them.
   */
  apiBaseUrl: z._default(location('"" (same origin), a path such as "/control-service", or an http(s) URL'), ''),
  /** Router base path override. Normally detected from where the app's files are served. */
  basePath: z.optional(
    z
      .string({ error: 'a path starting with "/", e.g. "/console"' })
      .check(z.regex(/^\/.*/, { error: 'a path starting with "/", e.g. "/console"' })),
  ),
  /** Login settings, or null for a Control Service that runs without security. Required, so that
   * turning authentication off is always a deliberate choice. */
  auth: z.nullable(authSchema),
  /** Teams offered in the team switcher. With login, teams from the token claim are added. */
  teams: z._default(z.array(nonEmpty('a team name'), { error: 'a list of team names, e.g. ["data-platform"]' }), []),
  /** Team opened at `/` when the user has not picked one yet. */
  defaultTeam: z.optional(nonEmpty('a team name from "teams"')),
  /** Embedding in portals (iframe). */
  embed: z._default(embedSchema, { enabled: false, allowedParentOrigins: [] }),
  /** Where links to an external log system (`logs_url`) open: a new tab or this one. */
  logsUrlTarget: z._default(
    z.enum(['_blank', '_self'], { error: '"_blank" (new tab) or "_self" (same tab)' }),
    '_blank',
  ),
  /** Time zone used for timestamps until the user picks one: the browser's ("local") or "UTC". */
  timeZone: z._default(z.enum(['local', 'UTC'], { error: '"local" or "UTC"' }), 'local'),
  /** How often pages refresh while something is running, in milliseconds (at least 1000). */
  pollIntervalMs: z._default(
    z
      .int({ error: 'a whole number of milliseconds, at least 1000' })
      .check(z.gte(1000, { error: 'a whole number of milliseconds, at least 1000' })),
    5000,
  ),
};

export const runtimeConfigSchema = z
  .strictObject(topLevelShape, { error: 'a JSON object with the dashboard settings' })
  .check(
    z.superRefine((config, ctx) => {
      if (config.defaultTeam !== undefined && config.teams.length > 0 && !config.teams.includes(config.defaultTeam)) {
        ctx.issues.push({
          code: 'custom',
          path: ['defaultTeam'],
          message: `one of "teams" (${config.teams.join(', ')})`,
          input: config.defaultTeam,
        });
      }
      if (
        config.embed.fixedTeam !== undefined &&
        config.teams.length > 0 &&
        !config.teams.includes(config.embed.fixedTeam)
      ) {
        ctx.issues.push({
          code: 'custom',
          path: ['embed', 'fixedTeam'],
          message: `one of "teams" (${config.teams.join(', ')})`,
          input: config.embed.fixedTeam,
        });
      }
    }),
  );

export type RuntimeConfig = z.output<typeof runtimeConfigSchema>;
export type AuthConfig = NonNullable<RuntimeConfig['auth']>;

/** One wrong field, ready to show: where, what was expected, what the file had. */
export interface ConfigFieldProblem {
  path: string;
  expected: string;
  got: string;
}

const KNOWN_KEYS: Record<string, string[]> = {
  '': Object.keys(topLevelShape),
  auth: Object.keys(authSchema.shape),
  embed: Object.keys(embedSchema.shape),
};

function unknownKeyHint(parentPath: readonly PropertyKey[], key: string): string {
  const known = KNOWN_KEYS[parentPath.join('.')] ?? [];
  const match = known.find((candidate) => candidate.toLowerCase() === key.toLowerCase());
  return match
    ? `no such key: did you mean "${match}"? (keys are case-sensitive)`
    : `no such key; known keys here: ${known.join(', ')}`;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the key is missing)';
  const json = JSON.stringify(value);
  return json.length > 80 ? `${json.slice(0, 77)}…` : json;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (node, key) =>
      node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined,
    root,
  );
}

const formatPath = (path: readonly PropertyKey[]) =>
  path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    '',
  ) || '(the whole file)';

export type ConfigParseResult = { ok: true; config: RuntimeConfig } | { ok: false; problems: ConfigFieldProblem[] };

export function parseRuntimeConfig(raw: unknown): ConfigParseResult {
  const result = runtimeConfigSchema.safeParse(raw);
  if (result.success) return { ok: true, config: result.data };
  const problems = result.error.issues.flatMap((issue): ConfigFieldProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: formatPath([...issue.path, key]),
        expected: unknownKeyHint(issue.path, key),
        got: describeValue(valueAt(raw, [...issue.path, key])),
      }));
    }
    return [{ path: formatPath(issue.path), expected: issue.message, got: describeValue(valueAt(raw, issue.path)) }];
  });
  return { ok: false, problems };
}
