import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import Button from '@mui/material/Button';
import { RouterLink } from '@/components/routing/router-link';
import { isForbidden } from '@/api/errors';
import type { JobRef } from '@/api/types';
import { EmptyState } from '@/components/feedback/empty-state';
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
        <Button
          component={RouterLink}
          to={paths.jobs({ team: jobRef.team })}
          startIcon={<ArrowBackIcon />}
          variant="contained"
        >
          Back to the jobs of {jobRef.team}
        </Button>
      }
    />
  );
}
