import type { ReactNode } from 'react';
import { EmptyState } from '@/components/feedback/empty-state';
import { Button, LinkButton } from '@/components/ui/button';
import { Icon } from '@/components/ui/icon';
import { FilterListOffIcon, LockOutlinedIcon, WorkOutlinedIcon } from '@/components/ui/icons';
import { paths } from '@/lib/paths';
import styles from './jobs-empty-states.module.css';

// What the list says when it has no job to show. Its own chunk (jobs-page.tsx): most visits never need it.

/** A team without any job: say so, and offer the first step. */
export function NoJobsYet({ team, createAction }: { team: string | undefined; createAction: ReactNode }) {
  return (
    <EmptyState
      icon={<Icon icon={WorkOutlinedIcon} />}
      title="No jobs yet"
      description={
        team
          ? `Team ${team} has no data jobs. Create one here, then deploy it with the VDK CLI (vdk deploy).`
          : 'No team has any data jobs yet.'
      }
      action={createAction}
    />
  );
}

/** Filters that match nothing: name them and offer to clear them. */
export function NoMatchingJobs({ criteria, onClear }: { criteria: string[]; onClear: () => void }) {
  return (
    <EmptyState
      icon={<Icon icon={FilterListOffIcon} />}
      title="No jobs match"
      description={criteria.length > 0 ? `No job matches ${criteria.join(' and ')}.` : undefined}
      action={
        <Button variant="outlined" onClick={onClear}>
          Clear filters
        </Button>
      }
    />
  );
}

/** The service refused (403): say so plainly and offer the teams the user can go to instead. */
export function NoAccess({ team, otherTeams }: { team: string | undefined; otherTeams: readonly string[] }) {
  return (
    <EmptyState
      icon={<Icon icon={LockOutlinedIcon} />}
      title="No access"
      description={
        team
          ? `You are not allowed to see the jobs of team ${team}. Ask one of its members for access, or open another team.`
          : 'You are not allowed to list these jobs.'
      }
      action={otherTeams.slice(0, 5).map((other) => (
        <LinkButton key={other} variant="outlined" to={paths.jobs({ team: other })} className={styles.otherTeam}>
          Jobs of {other}
        </LinkButton>
      ))}
    />
  );
}
