import type { JobRef } from '@/api/types';
import { Alert } from '@/components/ui/alert';
import { LinkButton } from '@/components/ui/button';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/lib/paths';

interface CreatedJobNoticeProps {
  created: JobRef & { existed: boolean };
  className?: string;
  onClose: () => void;
}

/**
 * What "Create job" made and how to run it. Loaded with the dialog's outcome, not with the list: few visits create a
 * job, and every visit would otherwise download these words.
 */
export default function CreatedJobNotice({ created, className, onClose }: CreatedJobNoticeProps) {
  return (
    <Alert
      severity="success"
      className={className}
      onClose={onClose}
      action={
        <LinkButton color="inherit" size="small" to={paths.job(created)}>
          Open job
        </LinkButton>
      }
    >
      {created.existed
        ? `A job ${created.job} with these settings already is in team ${created.team} (made earlier, or by an attempt whose answer was lost). `
        : `Job ${created.job} created in team ${created.team}. `}
      To run it, deploy it: upload its folder as a zip on the job’s{' '}
      <TextLink to={paths.deployment(created)} color="inherit">
        Deployment tab
      </TextLink>
      , or use the VDK CLI (<code>vdk deploy</code>).
    </Alert>
  );
}
