import { isForbidden } from '@/api/errors';
import type { JobRef } from '@/api/types';
import { EmptyState } from '@/components/feedback/empty-state';
import { LinkButton } from '@/components/ui/button';
import { Icon } from '@/components/ui/icon';
import { ArrowBackIcon } from '@/components/ui/icons';
import { paths } from '@/lib/paths';

/** A job that does not exist in this team (404, also for a wrong team) or that the user may not see (403). */
export function JobUnavailable({ jobRef, error }: { jobRef: JobRef; error: unknown }) {
  const noAccess = isForbidden(error);
  return (
    <EmptyState
      headingLevel="h1"
      title={noAccess ? `No access to ${jobRef.job}` : `Job ${jobRef.job} not found in team ${jobRef.team}`}
      description={
        noAccess
          ? 'The Control Service refused to show this job to you. Ask an owner of the team for access.'
          : 'It may have been deleted, renamed, or it belongs to another team. Job names are case-sensitive.'
      }
      action={
        <LinkButton
          to={paths.jobs({ team: jobRef.team })}
          startIcon={<Icon icon={ArrowBackIcon} />}
          variant="contained"
        >
          Back to the jobs of {jobRef.team}
        </LinkButton>
      }
    />
  );
}
