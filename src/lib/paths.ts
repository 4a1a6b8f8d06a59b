/**
 * Href builders for every route in src/app/router.tsx. Links are built here, never by string
 * concatenation in components, so a route change is one edit. Paths are relative to the router's
 * basename (the sub-path the app is served under), as React Router expects.
 */

import type { ExecutionRef, JobRef, TeamRef } from './refs';

type SearchValue = string | number | boolean | null | undefined | readonly (string | number)[];

/** `encodeURIComponent` throws on a lone surrogate (a broken name from a token or the API): it becomes U+FFFD. */
const segment = (value: string) =>
  encodeURIComponent(
    value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'),
  );

/**
 * `.` and `..` cannot be a path segment: the browser and `fetch` resolve them, also spelled `%2E`, so
 * `/teams/../jobs` would open another page (or call another URL). Such a team exists only in a token's claim.
 */
export const isDotSegment = (value: string) => value === '.' || value === '..';

/** Appends a query string; undefined, null and empty values are left out so defaults stay out of the URL. */
export function withSearch(path: string, search: Record<string, SearchValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    const values = Array.isArray(value) ? value : [value];
    for (const item of values) {
      if (item !== undefined && item !== null && item !== '') params.append(key, String(item));
    }
  }
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** A team's page at `/teams/:team/<rest>`; for a team a path cannot name, the all-teams page filtered to it. */
const teamPage =
  (allTeamsPath: string, rest: string) =>
  ({ team }: TeamRef, search?: Record<string, SearchValue>) =>
    isDotSegment(team)
      ? withSearch(allTeamsPath, { ...search, team })
      : withSearch(`/teams/${segment(team)}${rest}`, search);

export const paths = {
  home: () => '/',
  /** The health home of every team the user can see. */
  allTeamsHome: (search?: Record<string, SearchValue>) => withSearch('/teams', search),
  /** A team's health home. */
  teamHome: teamPage('/teams', ''),
  /** Executions of every team's jobs. */
  allRuns: (search?: Record<string, SearchValue>) => withSearch('/executions', search),
  /** Executions of a team's jobs. */
  runs: teamPage('/executions', '/executions'),
  /** Failed executions of every team grouped into causes. */
  allFailures: (search?: Record<string, SearchValue>) => withSearch('/failures', search),
  /** Failed executions of a team grouped into causes. */
  failures: teamPage('/failures', '/failures'),
  /** Jobs of every team the user can see. */
  allJobs: (search?: Record<string, SearchValue>) => withSearch('/jobs', search),
  /** A team's jobs; for a team a path cannot name, the all-teams list filtered to it. */
  jobs: ({ team }: TeamRef, search?: Record<string, SearchValue>) =>
    isDotSegment(team) ? paths.allJobs({ ...search, team }) : withSearch(`/teams/${segment(team)}/jobs`, search),
  job: ({ team, job }: JobRef) => `/teams/${segment(team)}/jobs/${segment(job)}`,
  executions: (ref: JobRef, search?: Record<string, SearchValue>) => withSearch(`${paths.job(ref)}/executions`, search),
  execution: ({ executionId, ...ref }: ExecutionRef) => `${paths.job(ref)}/executions/${segment(executionId)}`,
  deployment: (ref: JobRef) => `${paths.job(ref)}/deployment`,
  /** Two executions of one job side by side. */
  compareExecutions: (ref: JobRef, search: { a: string; b: string }) =>
    withSearch(`${paths.job(ref)}/executions/compare`, search),
};
