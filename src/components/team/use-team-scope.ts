import { useParams } from 'react-router';

/**
 * The team the current page is scoped to: the `:team` of `/teams/:team/…`, or undefined on an all-teams page.
 * Pages read their team here, never from `useParams` or preferences, so the team is resolved in one place.
 */
export function useTeamScope(): string | undefined {
  return useParams().team;
}
