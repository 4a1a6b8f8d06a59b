/**
 * The postMessage contract between an embedded dashboard and the portal that frames it (version 1).
 * docs/embedding.md describes it for portal authors; examples/portal.html uses it.
 *
 * Every message is a plain object with `type` and `version`. Dashboard → host types start with
 * `vdk-dashboard:`, host → dashboard types with `vdk-host:`. Paths are relative to the dashboard's root
 * (e.g. "/teams/data-platform/jobs/ingest"), whatever sub-path it is served under. No message ever carries
 * a token or anything about the signed-in user.
 */
import * as v from 'valibot';

export const EMBED_PROTOCOL_VERSION = 1;

/** Dashboard → host. */
export type DashboardMessage =
  /** Sent once the dashboard runs, and again in answer to `vdk-host:hello`. */
  | { type: 'vdk-dashboard:ready'; version: 1; path: string; height: number }
  /** The content height in CSS pixels changed: size the frame to it to avoid a scrollbar inside. */
  | { type: 'vdk-dashboard:resize'; version: 1; height: number }
  /** The user (or the host) moved to another page: path with query, relative to the dashboard's root. */
  | { type: 'vdk-dashboard:route'; version: 1; path: string }
  /** A host message from an allowed origin was not understood or not acted on; `reason` says why. */
  | { type: 'vdk-dashboard:rejected'; version: 1; rejectedType: string; reason: string };

export const THEMES = ['light', 'dark', 'system'] as const;
export type EmbedTheme = (typeof THEMES)[number];

const version = v.literal(EMBED_PROTOCOL_VERSION, `"version" must be ${EMBED_PROTOCOL_VERSION}`);

const hostMessageSchema = v.variant('type', [
  /** Ask for a `vdk-dashboard:ready` (e.g. when the host's listener started after the dashboard). */
  v.object({ type: v.literal('vdk-host:hello'), version }),
  /** Open a page of the dashboard; `replace` replaces the current history entry instead of adding one. */
  v.object({
    type: v.literal('vdk-host:navigate'),
    version,
    path: v.string('"path" must be a string such as "/teams/data-platform/jobs"'),
    replace: v.optional(v.boolean('"replace" must be true or false')),
  }),
  /** Follow the portal's colour scheme. */
  v.object({
    type: v.literal('vdk-host:set-theme'),
    version,
    theme: v.picklist(THEMES, `"theme" must be one of ${THEMES.map((theme) => `"${theme}"`).join(', ')}`),
  }),
]);

export type HostMessage = v.InferOutput<typeof hostMessageSchema>;

const HOST_MESSAGE_TYPES: readonly HostMessage['type'][] = [
  'vdk-host:hello',
  'vdk-host:navigate',
  'vdk-host:set-theme',
];

export type HostMessageParse =
  | { kind: 'ok'; message: HostMessage }
  /** Not addressed to the dashboard at all (another library's message): ignored silently. */
  | { kind: 'foreign' }
  | { kind: 'invalid'; type: string; reason: string };

/** Reads a host message; anything without a `vdk-host:` type is someone else's. */
export function parseHostMessage(data: unknown): HostMessageParse {
  const type = typeof data === 'object' && data !== null ? (data as { type?: unknown }).type : undefined;
  if (typeof type !== 'string' || !type.startsWith('vdk-host:')) return { kind: 'foreign' };
  const result = v.safeParse(hostMessageSchema, data);
  if (result.success) return { kind: 'ok', message: result.output };
  const issue = result.issues[0];
  const reason =
    issue.type === 'variant' && issue.path?.length === 1
      ? `unknown message type (known: ${HOST_MESSAGE_TYPES.join(', ')})`
      : (issue?.message ?? 'malformed message');
  return { kind: 'invalid', type, reason };
}

/**
 * A path the host may send the dashboard to: absolute within the dashboard ("/teams/a/jobs"), never a URL
 * or a protocol-relative "//host" that would leave it, and on `fixedTeam` when the dashboard is pinned to one.
 * Returns the normalised path or a reason.
 */
export function parseDashboardPath(
  path: string,
  fixedTeam?: string,
): { ok: true; path: string } | { ok: false; reason: string } {
  const probe = 'https://dashboard.invalid';
  if (!path.startsWith('/') || path.startsWith('//') || path.includes('\\')) {
    return { ok: false, reason: `"path" must start with a single "/" and stay inside the dashboard, got "${path}"` };
  }
  const url = new URL(path, probe);
  if (url.origin !== probe) return { ok: false, reason: `"path" must stay inside the dashboard, got "${path}"` };
  const team = /^\/teams\/([^/]+)/.exec(url.pathname)?.[1];
  if (fixedTeam !== undefined && team !== undefined && decodeURIComponent(team) !== fixedTeam) {
    return { ok: false, reason: `this dashboard is pinned to team "${fixedTeam}" (embed.fixedTeam), got "${path}"` };
  }
  return { ok: true, path: `${url.pathname}${url.search}${url.hash}` };
}
