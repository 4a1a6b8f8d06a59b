import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The documented production host; its policy is the one the emulator sends, read from there, not copied. */
export const NGINX_TEMPLATE = resolve(import.meta.dirname, '../../../../deploy/nginx.conf');

/** The template's placeholders the dashboard's headers use (see the header of deploy/nginx.conf). */
export interface HeaderVariables {
  VDK_FRAME_ANCESTORS: string;
  VDK_CONNECT_SRC: string;
}

/**
 * The headers deploy/nginx.conf puts on the dashboard's own responses (index.html, assets, config.json), with its
 * `${VDK_…}` placeholders substituted: the Content-Security-Policy from `set $vdk_csp "…"` and every
 * `add_header Name "literal" always;`. Throws when the template no longer has that shape, so a rewrite of the
 * template cannot silently leave the emulator without a policy.
 */
export function dashboardHeaders(template: string, variables: HeaderVariables): Record<string, string> {
  const substitute = (text: string) =>
    text.replace(/\$\{(VDK_[A-Z_]+)\}/g, (_match, name: string) => {
      const value = (variables as unknown as Record<string, string | undefined>)[name];
      if (value === undefined) throw new Error(`deploy/nginx.conf: the dashboard's headers use unknown \${${name}}`);
      return value;
    });
  const csp = /^\s*set \$vdk_csp "([^"]+)";/m.exec(template)?.[1];
  if (!csp) throw new Error(`${NGINX_TEMPLATE}: no \`set $vdk_csp "…";\` line to take the dashboard's policy from`);
  const headers: Record<string, string> = {
    // Byte for byte what nginx sends (an empty VDK_CONNECT_SRC leaves "'self' ;"), so the two compare equal.
    'content-security-policy': substitute(csp),
  };
  for (const [, name, value] of template.matchAll(/^\s*add_header ([\w-]+) "([^"$]*)" always;/gm)) {
    headers[name!.toLowerCase()] = value!;
  }
  return headers;
}

/**
 * The template's variables as an operator sets them for this build's config.json: frame-ancestors is the
 * dashboard itself plus `embed.allowedParentOrigins`; connect-src adds the origins of an absolute `apiBaseUrl` and
 * `auth.authority` (empty when both are relative, as with the emulator's own /oidc). Anything that is not a plain
 * http(s) origin is left out: it could not be a CSP source and could smuggle in directives. An unreadable config.json
 * gives the strictest values (the app explains the config problem itself).
 */
export function headerVariables(configJson: string | undefined): HeaderVariables {
  let config: { apiBaseUrl?: unknown; auth?: { authority?: unknown }; embed?: { allowedParentOrigins?: unknown } };
  try {
    config = (JSON.parse(configJson ?? '{}') as typeof config | null) ?? {};
  } catch {
    config = {};
  }
  const origin = (url: unknown) => {
    if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) return [];
    try {
      return [new URL(url).origin];
    } catch {
      return [];
    }
  };
  const parents = config.embed?.allowedParentOrigins;
  const listed = Array.isArray(parents) ? (parents as unknown[]).filter((url) => origin(url)[0] === url) : [];
  return {
    VDK_FRAME_ANCESTORS: ["'self'", ...listed].join(' '),
    VDK_CONNECT_SRC: [...new Set([...origin(config.apiBaseUrl), ...origin(config.auth?.authority)])].join(' '),
  };
}

/** The template, read once: the emulator runs from this checkout. */
export function readNginxTemplate(): string {
  return readFileSync(NGINX_TEMPLATE, 'utf8');
}
