import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { useApiClient } from '@/api/api-client-context';
import { jobQueries } from '@/api/jobs/queries';
import type { PageAction } from '@/components/page-actions/page-actions-context';
import { useTeams } from '@/components/team/teams-context';
import { useTeamScope } from '@/components/team/use-team-scope';
import { paths } from '@/lib/paths';

export interface PaletteOption {
  id: string;
  group: 'This page' | 'Execution' | 'Jobs' | 'Teams';
  label: string;
  detail?: string;
  disabledReason?: string;
  run: () => void;
}

const SEARCH_DELAY_MS = 250;
const JOB_RESULTS = 8;
/** Execution ids are `<job name>-<epoch seconds>` (docs/api-reference.md §4). */
const EXECUTION_ID = /^([a-z][a-z0-9-]*)-(\d{9,})$/i;

function useSettled(value: string): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [value]);
  return settled;
}

const matches = (text: string, term: string) => text.toLowerCase().includes(term.toLowerCase());

/**
 * What the palette offers for what is typed: the page's actions, an execution by its id, jobs of every team found by
 * the service's own search (never a local list of a page), and the teams to switch to.
 */
export function usePaletteOptions(input: string, pageActions: readonly PageAction[], onDone: () => void) {
  const client = useApiClient();
  const navigate = useNavigate();
  const { teams, fixedTeam } = useTeams();
  const { team: scope, pathTeam } = useTeamScope();
  const term = input.trim();
  const settled = useSettled(term);
  const executionId = EXECUTION_ID.exec(settled);
  const jobs = useQuery({
    ...jobQueries.list(client, { team: fixedTeam, search: settled, page: 1, pageSize: JOB_RESULTS }, pathTeam),
    enabled: settled.length >= 2 && !executionId,
  });
  const executionJob = useQuery({
    ...jobQueries.list(client, { team: fixedTeam, jobName: executionId?.[1], page: 1, pageSize: 1 }, pathTeam),
    enabled: executionId !== null,
  });
  const go = (to: string) => () => {
    onDone();
    void navigate(to);
  };

  const options: PaletteOption[] = pageActions
    .filter((action) => matches(action.label, term))
    .map((action, index) => ({
      id: `action-${index}`,
      group: 'This page',
      label: action.label,
      disabledReason: action.disabledReason,
      run: () => {
        onDone();
        action.run();
      },
    }));
  if (executionId) {
    const [id, jobName = ''] = executionId;
    const owner = executionJob.data?.content?.find((job) => job?.jobName === jobName);
    const team = owner?.config?.team;
    options.push({
      id: 'execution',
      group: 'Execution',
      label: `Open execution ${id}`,
      detail: team ? `${jobName} · ${team}` : executionJob.isFetching ? 'Finding its job…' : undefined,
      disabledReason:
        team || executionJob.isFetching ? undefined : `No job named ${jobName} was found for this execution.`,
      run: team ? go(paths.execution({ team, job: jobName, executionId: id })) : () => {},
    });
  }
  for (const job of jobs.data?.content ?? []) {
    const team = job?.config?.team;
    if (!job?.jobName || !team) continue;
    options.push({
      id: `job-${team}-${job.jobName}`,
      group: 'Jobs',
      label: job.jobName,
      detail: job.config?.description ? `${team} · ${job.config.description}` : team,
      run: go(paths.job({ team, job: job.jobName })),
    });
  }
  if (!fixedTeam) {
    for (const team of teams.filter((name) => name !== scope && matches(name, term))) {
      options.push({
        id: `team-${team}`,
        group: 'Teams',
        label: `Switch to team ${team}`,
        run: go(paths.jobs({ team })),
      });
    }
  }
  const isSearching = (jobs.isFetching && !executionId) || settled !== term;
  return { options, isSearching, searchError: jobs.error };
}
