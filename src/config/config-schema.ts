/**
 * The schema of `public/config.json`, read at runtime so one build serves every deployment.
 * Every key is documented here; README's configuration reference is copied from these comments.
 *
 * Error messages are written as "what was expected", because the config error page shows
 * each wrong field as path + expected + got.
 */
import * as v from 'valibot';

const nonEmpty = (expected: string) => v.pipe(v.string(expected), v.minLength(1, expected));

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
  v.pipe(
    v.string(expected),
    v.check((value) => value === '' || /^\.{0,2}\//.test(value) || isHttpUrl(value), expected),
  );

const ORIGIN = 'an origin such as "https://portal.example.com"';
const origin = v.pipe(
  v.string(ORIGIN),
  v.check(
    (value) => isHttpUrl(value) && new URL(value).origin === value,
    `${ORIGIN} (scheme, host and port only; no path or trailing slash)`,
  ),
);

const AUTHORITY = 'the OpenID provider (issuer) URL, or a path on this origin such as "/oidc"';
const authSchema = v.strictObject(
  {
    /** OpenID Connect issuer: an http(s) URL or a path on the page's origin ("/oidc"). */
    authority: v.pipe(location(AUTHORITY), v.minLength(1, AUTHORITY)),
    /** OAuth client id registered for the dashboard at the provider (a public client, PKCE). */
    clientId: nonEmpty('the OAuth client id registered for the dashboard, e.g. "vdk-dashboard"'),
    /** Space-separated scopes to request. */
    scopes: v.optional(nonEmpty('space-separated scopes, e.g. "openid profile offline_access"'), 'openid profile'),
    /** Claim of the ID/access token that lists the user's teams (added to `teams` in the switcher). */
    teamsClaim: v.optional(nonEmpty('the name of the token claim listing the user’s teams, e.g. "groups"'), 'groups'),
    /** Optional resource indicator (RFC 8707) / audience of the Control Service, when the provider needs one. */
    resource: v.optional(nonEmpty('the API resource indicator (audience) URL, or leave the key out')),
  },
  'null (Control Service without security) or an object {"authority", "clientId", "scopes", …}',
);

const embedSchema = v.strictObject(
  {
    /** Start chromeless (no app bar) even without `?embed=1` in the URL. */
    enabled: v.optional(v.boolean('true or false'), false),
    /** Origins of portals allowed to frame the dashboard and exchange postMessage with it. */
    allowedParentOrigins: v.optional(v.array(origin, 'a list of origins, e.g. ["https://portal.example.com"]'), []),
    /** When embedded, pin the dashboard to this team (no team switching). */
    fixedTeam: v.optional(nonEmpty('a team name, or leave the key out')),
  },
  'an object {"enabled", "allowedParentOrigins", "fixedTeam"}',
);

const POLL = 'a whole number of milliseconds, at least 1000';

const topLevelShape = {
  /**
   * Where the Control Service's `/data-jobs` API lives. "" (default) = the same origin as the page;
   * a path ("/control-service") or an http(s) URL. The real service sends no CORS headers, so a
   * different origin needs a proxy that adds them.
   */
  apiBaseUrl: v.optional(location('"" (same origin), a path such as "/control-service", or an http(s) URL'), ''),
  /** Router base path override. Normally detected from where the app's files are served. */
  basePath: v.optional(
    v.pipe(
      v.string('a path starting with "/", e.g. "/console"'),
      v.regex(/^\/.*/, 'a path starting with "/", e.g. "/console"'),
    ),
  ),
  /** Login settings, or null for a Control Service that runs without security. Required, so that
   * turning authentication off is always a deliberate choice. */
  auth: v.nullable(authSchema),
  /** Teams offered in the team switcher. With login, teams from the token claim are added. */
  teams: v.optional(v.array(nonEmpty('a team name'), 'a list of team names, e.g. ["data-platform"]'), []),
  /** Team opened at `/` when the user has not picked one yet. */
  defaultTeam: v.optional(nonEmpty('a team name from "teams"')),
  /** Embedding in portals (iframe). */
  embed: v.optional(embedSchema, { enabled: false, allowedParentOrigins: [] }),
  /** Where links to an external log system (`logs_url`) open: a new tab or this one. */
  logsUrlTarget: v.optional(v.picklist(['_blank', '_self'], '"_blank" (new tab) or "_self" (same tab)'), '_blank'),
  /** Time zone used for timestamps until the user picks one: the browser's ("local") or "UTC". */
  timeZone: v.optional(v.picklist(['local', 'UTC'], '"local" or "UTC"'), 'local'),
  /**
   * How soon pages refresh while an execution runs, in milliseconds (at least 1000). Runs that have gone on for a
   * while are refreshed less often, up to 15 times this; failing refreshes back off up to 30 times this. Nothing is
   * polled while nothing runs. Raise it to lighten the load on a busy Control Service.
   */
  pollIntervalMs: v.optional(v.pipe(v.number(POLL), v.integer(POLL), v.minValue(1000, POLL)), 2000),
};

/** A team named outside `teams` when `teams` is given. */
function teamOutsideList(teams: readonly string[], team: string | undefined): string | undefined {
  return team !== undefined && teams.length > 0 && !teams.includes(team)
    ? `one of "teams" (${teams.join(', ')})`
    : undefined;
}

export const runtimeConfigSchema = v.pipe(
  v.strictObject(topLevelShape, 'a JSON object with the dashboard settings'),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const config = dataset.value;
    const checks: [string[], string | undefined][] = [
      [['defaultTeam'], config.defaultTeam],
      [['embed', 'fixedTeam'], config.embed.fixedTeam],
    ];
    for (const [path, team] of checks) {
      const message = teamOutsideList(config.teams, team);
      if (!message) continue;
      const [first, ...rest] = path.map((key): v.ObjectPathItem => ({
        type: 'object',
        origin: 'value',
        input: config,
        key,
        value: team,
      }));
      if (first) addIssue({ message, input: team, path: [first, ...rest] });
    }
  }),
);

export type RuntimeConfig = v.InferOutput<typeof runtimeConfigSchema>;
export type AuthConfig = NonNullable<RuntimeConfig['auth']>;

/** One wrong field, ready to show: where, what was expected, what the file had. */
export interface ConfigFieldProblem {
  path: string;
  expected: string;
  got: string;
}

const ENTRIES: Record<string, Record<string, v.GenericSchema>> = {
  '': topLevelShape,
  auth: authSchema.entries,
  embed: embedSchema.entries,
};
const KNOWN_KEYS = Object.fromEntries(Object.entries(ENTRIES).map(([path, entries]) => [path, Object.keys(entries)]));

/** What a missing required key should have held, in the words of its own schema. */
function expectedOf(parentPath: readonly PropertyKey[], key: string): string | undefined {
  const schema = ENTRIES[parentPath.join('.')]?.[key];
  return schema ? v.safeParse(schema, undefined).issues?.[0]?.message : undefined;
}

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
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      ok: false,
      problems: [
        { path: formatPath([]), expected: 'a JSON object with the dashboard settings', got: describeValue(raw) },
      ],
    };
  }
  const result = v.safeParse(runtimeConfigSchema, raw);
  if (result.success) return { ok: true, config: result.output };
  const problems = result.issues.map((issue): ConfigFieldProblem => {
    const path = (issue.path ?? []).map((item) => item.key as PropertyKey);
    const got = describeValue(valueAt(raw, path));
    // A strict object reports a key it does not know as expecting "never" at that key.
    if (issue.type === 'strict_object' && path.length > 0) {
      const key = String(path[path.length - 1]);
      const parent = path.slice(0, -1);
      if (issue.expected === 'never') return { path: formatPath(path), expected: unknownKeyHint(parent, key), got };
      return { path: formatPath(path), expected: expectedOf(parent, key) ?? issue.message, got };
    }
    return { path: formatPath(path), expected: issue.message, got };
  });
  return { ok: false, problems };
}
