/**
 * Loads `config.json` from the app's own base URL (never an absolute `/config.json`), validates it
 * and resolves relative URLs, before anything renders. The only module in src/ besides the API
 * client that may call `fetch`.
 */
import { routerBasename } from './app-base';
import { type AuthConfig, type ConfigFieldProblem, parseRuntimeConfig, type RuntimeConfig } from './config-schema';

/** The config as the app uses it: every URL absolute, plus where the app itself lives. */
export interface ResolvedConfig extends Omit<RuntimeConfig, 'auth'> {
  /** Absolute API root without trailing slash, e.g. `https://host` or `https://host/control-service`. */
  apiBaseUrl: string;
  auth: (AuthConfig & { authority: string }) | null;
  /** Absolute URL of the app's root, with trailing slash (where index.html and config.json live). */
  appBaseUrl: string;
  /** React Router basename, e.g. `/` or `/console`. */
  basename: string;
  configUrl: string;
}

export type ConfigProblem =
  | { kind: 'unreachable'; detail: string }
  | { kind: 'http'; status: number; statusText: string }
  | { kind: 'not-json'; detail: string; looksLikeHtml: boolean }
  | { kind: 'invalid'; problems: ConfigFieldProblem[] };

export type ConfigLoadResult =
  { ok: true; config: ResolvedConfig } | { ok: false; configUrl: string; problem: ConfigProblem };

const TIMEOUT_MS = 10_000;

const withoutTrailingSlash = (url: string) => url.replace(/\/+$/, '');

export function resolveConfig(config: RuntimeConfig, appBaseUrl: URL, currentPath: string): ResolvedConfig {
  const apiBaseUrl =
    config.apiBaseUrl === '' ? appBaseUrl.origin : withoutTrailingSlash(new URL(config.apiBaseUrl, appBaseUrl).href);
  return {
    ...config,
    apiBaseUrl,
    auth: config.auth && {
      ...config.auth,
      authority: withoutTrailingSlash(new URL(config.auth.authority, appBaseUrl).href),
    },
    appBaseUrl: appBaseUrl.href,
    basename: routerBasename(appBaseUrl, config.basePath, currentPath),
    configUrl: new URL('config.json', appBaseUrl).href,
  };
}

export async function loadConfig(appBaseUrl: URL, currentPath = window.location.pathname): Promise<ConfigLoadResult> {
  const configUrl = new URL('config.json', appBaseUrl).href;
  const fail = (problem: ConfigProblem): ConfigLoadResult => ({ ok: false, configUrl, problem });

  let response: Response;
  try {
    response = await fetch(configUrl, {
      cache: 'no-cache',
      headers: { Accept: 'application/json' },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    return fail({ kind: 'unreachable', detail: error instanceof Error ? error.message : String(error) });
  }
  if (!response.ok) return fail({ kind: 'http', status: response.status, statusText: response.statusText });

  const text = await response.text();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail({
      kind: 'not-json',
      detail: error instanceof Error ? error.message : String(error),
      looksLikeHtml: /^\s*</.test(text),
    });
  }

  const parsed = parseRuntimeConfig(raw);
  if (!parsed.ok) return fail({ kind: 'invalid', problems: parsed.problems });
  return { ok: true, config: resolveConfig(parsed.config, appBaseUrl, currentPath) };
}
