/**
 * Which dashboards may use the `vdk-dashboard` client. The dashboard can run on the emulator's own
 * origin, on Vite's dev (5173) or preview (4173) server, or any other local port, and under a
 * sub-path; so any loopback origin is trusted, plus the origins configured explicitly.
 */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export const CALLBACK_PATH_SUFFIX = '/auth/callback';

function parse(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

export function createOriginPolicy(dashboardOrigins: readonly string[]) {
  const explicit = new Set(dashboardOrigins.map((origin) => new URL(origin).origin));

  const originAllowed = (origin: string): boolean => {
    const url = parse(origin);
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return false;
    return explicit.has(url.origin) || LOOPBACK_HOSTS.has(url.hostname);
  };

  const withoutExtras = (url: URL) => !url.hash && !url.username && !url.password;

  return {
    originAllowed,
    /** A redirect back to a dashboard's sign-in callback, wherever the dashboard is mounted. */
    redirectUriAllowed(value: string): boolean {
      const url = parse(value);
      return !!url && withoutExtras(url) && originAllowed(url.origin) && url.pathname.endsWith(CALLBACK_PATH_SUFFIX);
    },
    /** After sign-out the dashboard may land on any of its own pages. */
    postLogoutRedirectUriAllowed(value: string): boolean {
      const url = parse(value);
      return !!url && withoutExtras(url) && originAllowed(url.origin);
    },
  };
}

export type OriginPolicy = ReturnType<typeof createOriginPolicy>;
