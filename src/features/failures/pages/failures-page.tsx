import { useDeferredValue } from 'react';
import type { TeamScope } from '@/components/team/team-scope';
import { useTeamScope } from '@/components/team/use-team-scope';
import { ApiErrorAlert } from '@/components/feedback/api-error-alert';
import { EmptyState } from '@/components/feedback/empty-state';
import { LoadingBar } from '@/components/feedback/loading-bar';
import { PagePlaceholder } from '@/components/feedback/page-placeholder';
import { RefreshIndicator } from '@/components/feedback/refresh-indicator';
import { useDocumentTitle } from '@/components/page/use-document-title';
import { useHoldFirstContent } from '@/components/page/use-hold-first-content';
import { Icon } from '@/components/ui/icon';
import { CheckCircleOutlinedIcon } from '@/components/ui/icons';
import { Text } from '@/components/ui/text';
import { ToggleButtons } from '@/components/ui/toggle-buttons';
import { CauseList } from '../components/cause-list';
import { FailuresOverview } from '../components/failures-overview';
import { useFailureTriage } from '../hooks/use-failure-triage';
import { useFailuresSearch } from '../hooks/use-failures-search';
import { WINDOW_LABEL, WINDOWS, type FailureWindow } from '../model/failures-search';
import styles from './failures-page.module.css';

const WINDOW_OPTIONS = WINDOWS.map((option) => ({ value: option, label: option, name: WINDOW_LABEL[option] }));

/** `/teams/:team/failures` and `/failures`: why runs failed, grouped into causes, most important first. */
export function FailuresPage() {
  const scope = useTeamScope();
  const { team } = scope;
  const { window, setWindow } = useFailuresSearch();
  useDocumentTitle('Failures', team ?? 'All teams');
  return (
    <section aria-labelledby="failures-heading" className={styles.page}>
      <div className={styles.header}>
        <Text id="failures-heading" variant="h5" as="h2">
          Why did it fail?
        </Text>
        <ToggleButtons label="Window" size="small" options={WINDOW_OPTIONS} value={window} onChange={setWindow} />
      </div>
      {/* A new window is a new page of data: keyed, so nothing of the previous window's state is kept. */}
      <FailureCauses key={window} scope={scope} window={window} />
    </section>
  );
}

function FailureCauses({ scope, window }: { scope: TeamScope; window: FailureWindow }) {
  const { team } = scope;
  const triage = useFailureTriage(scope, window);
  const { failures, successes } = triage;
  // The causes are the page's largest render: React draws them in the background, in slices it can interrupt, and
  // the previous causes (or the loading bar) stay until it is done.
  const causes = useDeferredValue(triage.causes);
  // The page's content is its causes, worked out after several answers: the shell's menus load after them.
  const failed = failures.isError || successes.isError;
  useHoldFirstContent(!failed && failures.data?.read !== 0 && !causes);

  if (failures.isPending) return <PagePlaceholder label="Loading failed runs" headingWidth={320} />;
  if (failures.isError) {
    return (
      <ApiErrorAlert
        error={failures.error}
        title="Could not load the failed runs"
        onRetry={triage.refresh}
        isRetrying={failures.isFetching}
      />
    );
  }
  if (successes.isError) {
    return (
      <ApiErrorAlert
        error={successes.error}
        title="Could not load the successful runs the causes are compared with"
        onRetry={triage.refresh}
        isRetrying={successes.isFetching}
      />
    );
  }
  if (failures.data.read === 0) {
    return (
      <EmptyState
        icon={<Icon icon={CheckCircleOutlinedIcon} />}
        title={`No failed or skipped runs in the ${WINDOW_LABEL[window]}`}
        description={team ? `Every run of ${team}’s jobs in this window succeeded, or is still going.` : undefined}
      />
    );
  }
  if (!causes) {
    return <LoadingBar label={`Grouping ${failures.data.read.toLocaleString('en-US')} runs into causes`} />;
  }
  return (
    <div className={styles.causes}>
      <div className={styles.refresh}>
        <RefreshIndicator
          updatedAt={failures.dataUpdatedAt}
          isFetching={failures.isFetching || successes.isFetching || triage.isTriaging}
          onRefresh={triage.refresh}
        />
      </div>
      <FailuresOverview
        causes={causes}
        window={window}
        totalItems={failures.data.totalItems}
        read={failures.data.read}
        logsRead={triage.logsRead}
        logsReading={triage.logsReading}
        signaturesPersist={triage.signaturesPersist}
      />
      <CauseList causes={causes} team={team} teamOf={triage.teamOf} />
    </div>
  );
}
