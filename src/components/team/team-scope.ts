/** The team a page is about (read with `useTeamScope`). */
export interface TeamScope {
  /** The `:team` of `/teams/:team/…`; undefined on an all-teams page. */
  team: string | undefined;
  /**
   * The team segment for API paths that need one even when they list every team: the service ignores it for
   * listing, but its authorization checks it, so it is a team the user works in.
   */
  pathTeam: string;
}

interface TeamScopeInputs {
  /** The route's `:team` parameter. */
  pathParam: string | undefined;
  /** The URL's query: an all-teams page names a team a path cannot (`.`, `..`) in `?team=`. */
  search: URLSearchParams;
  /** The team of the last team page the user opened (src/lib/preferences.ts). */
  lastTeam: string | undefined;
  defaultTeam: string | undefined;
}

/** Pure, apart from the hook, so that code outside React (a route's loader) can resolve the same scope. */
export function resolveTeamScope({ pathParam, search, lastTeam, defaultTeam }: TeamScopeInputs): TeamScope {
  const searchTeam = search.get('team')?.trim() || undefined;
  return { team: pathParam, pathTeam: pathParam ?? searchTeam ?? lastTeam ?? defaultTeam ?? 'all' };
}
