import { memo } from 'react';
import type { JobRef } from '@/api/types';
import type { ContactField } from '@/components/contacts/contact-lists';
import { jobEditorPath } from '@/components/routing/job-editor-link';
import { Button } from '@/components/ui/button';
import { Icon } from '@/components/ui/icon';
import { NotificationsOffIcon } from '@/components/ui/icons';
import { Text } from '@/components/ui/text';
import { TextLink } from '@/components/ui/text-link';
import type { CardState } from '../model/card-state';
import type { SwitchCheck } from '../hooks/use-notification-coverage';
import type { NotificationCoverage } from '../model/notification-coverage';
import { formatNumber } from '@/lib/words';
import { CARD_TITLES } from '../model/card-titles';
import { HomeCard } from './home-card';
import styles from './notification-coverage-card.module.css';

const SHOWN = 8;

/** A job's link into the editor, at the field, that fixes what its list is about. */
interface Fix {
  to: (ref: JobRef) => string;
  label: string;
}

const editContacts = (field: ContactField): Fix => ({
  to: (ref) => jobEditorPath(ref, 'contacts', field),
  label: 'edit contacts',
});
const SWITCH_ON: Fix = {
  to: (ref) => jobEditorPath(ref, 'settings', 'enable_execution_notifications'),
  label: 'edit settings',
};

interface JobListProps {
  title: string;
  jobs: readonly JobRef[];
  fix: Fix;
}

function JobList({ title, jobs, fix }: JobListProps) {
  return (
    <section aria-label={title}>
      <Text variant="subtitle2" as="h3">
        {title}: {formatNumber(jobs.length)}
      </Text>
      {jobs.length > 0 && (
        <ul className={styles.jobs}>
          {jobs.slice(0, SHOWN).map((ref) => (
            <li key={`${ref.team}/${ref.job}`}>
              <TextLink to={fix.to(ref)} className={styles.job}>
                {ref.job}{' '}
                <Text as="span" variant="body2" color="text.secondary">
                  · {fix.label}
                </Text>
              </TextLink>
            </li>
          ))}
          {jobs.length > SHOWN && (
            <Text as="li" variant="body2" color="text.secondary">
              and {formatNumber(jobs.length - SHOWN)} more
            </Text>
          )}
        </ul>
      )}
    </section>
  );
}

function SwitchesOff({ switches }: { switches: SwitchCheck }) {
  if (switches.total === 0) return null;
  if (!switches.isStarted) {
    return (
      <div>
        <Text variant="body2" className={styles.explain}>
          Whether a job’s execution notifications are switched off is in its own settings: checking{' '}
          {formatNumber(switches.total)} jobs takes one request each.
        </Text>
        <Button
          size="small"
          variant="outlined"
          startIcon={<Icon icon={NotificationsOffIcon} fontSize="inherit" />}
          onClick={switches.start}
        >
          Check {formatNumber(switches.total)} jobs for switched-off notifications
        </Button>
      </div>
    );
  }
  if (switches.off === undefined) {
    return (
      <Text variant="body2" color="text.secondary" role="status">
        Checking whether {formatNumber(switches.total)} jobs have execution notifications switched off…
      </Text>
    );
  }
  return (
    <>
      <JobList title="Execution notifications switched off" jobs={switches.off} fix={SWITCH_ON} />
      {switches.failed > 0 && (
        <Text variant="body2" color="warning" role="status">
          {formatNumber(switches.failed)} jobs could not be checked; the list above may be missing them.
        </Text>
      )}
    </>
  );
}

interface NotificationCoverageCardProps {
  state: CardState<NotificationCoverage>;
  switches: SwitchCheck;
}

/**
 * Whose failures notify nobody, per kind of failure: a job notifying only on user errors is not covered for
 * platform errors. Deployed jobs only: a job that never runs cannot fail.
 */
export const NotificationCoverageCard = memo(function NotificationCoverageCard({
  state,
  switches,
}: NotificationCoverageCardProps) {
  return (
    <HomeCard title={CARD_TITLES.notificationCoverage} state={state}>
      {(coverage) =>
        coverage.deployed === 0 ? (
          <Text variant="body2" color="text.secondary">
            No job is deployed, so no failure can notify anyone yet.
          </Text>
        ) : (
          <>
            <Text variant="body2">
              Of {formatNumber(coverage.deployed)} deployed {coverage.deployed === 1 ? 'job' : 'jobs'}, failures that
              notify nobody:
            </Text>
            <JobList
              title="User errors notify nobody"
              jobs={coverage.userErrorUncovered}
              fix={editContacts('notified_on_job_failure_user_error')}
            />
            <JobList
              title="Platform errors notify nobody"
              jobs={coverage.platformErrorUncovered}
              fix={editContacts('notified_on_job_failure_platform_error')}
            />
            <SwitchesOff switches={switches} />
          </>
        )
      }
    </HomeCard>
  );
});
