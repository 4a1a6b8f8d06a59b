import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { teamHealthKeys } from '@/api/team-health/keys';

/** "Refresh" on the home: asks every one of its questions again. */
export function useRefreshHome(team: string | undefined): () => void {
  const queryClient = useQueryClient();
  return useCallback(
    () => void queryClient.invalidateQueries({ queryKey: teamHealthKeys.scope(team) }),
    [queryClient, team],
  );
}
