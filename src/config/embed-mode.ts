import type { ResolvedConfig } from './load-config';

export interface EmbedMode {
  /** No app bar or navigation chrome: the host portal provides its own. */
  chromeless: boolean;
  /** Team the embedded dashboard is pinned to, if any. */
  fixedTeam: string | undefined;
}

/**
 * Read once at startup: `?embed=1` (or `embed=true`) in the first URL, or `embed.enabled` in
 * config.json. Later navigation drops the query parameter, but the app stays chromeless.
 */
export function resolveEmbedMode(config: Pick<ResolvedConfig, 'embed'>, initialSearch: string): EmbedMode {
  const flag = new URLSearchParams(initialSearch).get('embed');
  const chromeless = config.embed.enabled || flag === '1' || flag === 'true';
  return { chromeless, fixedTeam: chromeless ? config.embed.fixedTeam : undefined };
}
