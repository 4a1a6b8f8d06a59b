import { Time } from '@/components/time/time';
import { classNames } from '@/components/ui/class-names';
import { Text } from '@/components/ui/text';
import text from '@/components/ui/text.module.css';
import { useTimeZone } from '@/components/time/time-zone-context';
import type { ExecutionStatus } from '@/lib/execution-status';
import { shortVersion } from '@/lib/job-version';
import type { ChartModel } from '../../model/chart-model';
import { durationSummary, statusSummary } from '../../model/chart-summaries';
import { DurationChart } from './duration-chart';
import styles from './execution-charts.module.css';
import { StatusDistribution } from './status-distribution';
import { formatNumber } from '@/lib/words';

export interface ExecutionChartsProps {
  /** Drawn from every execution in range, or the newest up to the chart's limit. */
  model: ChartModel;
  /** How many executions the model was drawn from. */
  shown: number;
  /** How many the range holds, when that is more than the chart was given. */
  totalInRange: number | undefined;
  counts: { status: ExecutionStatus; count: number }[];
  /** Counts ignore the type filter (the service cannot count by type). */
  countsIgnoreType: boolean;
  onSelectRange: (from: Date, to: Date) => void;
  onOpenExecution: (executionId: string) => void;
}

const DENSE_NOTE =
  ' Every run is one mark; where marks overlap, failures lie on top of successes. Drag across the chart to zoom in.';

function versionChange(from: string | null, to: string | null, format = (value: string | null) => value ?? '—') {
  return from === to ? format(to) : `${format(from)} → ${format(to)}`;
}

/** The chart in words, under it: read out as the figure's description, and plain text for everyone. */
function ChartSummary({ id, children }: { id: string; children: string }) {
  return (
    <Text id={id} variant="caption" as="p" color="text.secondary">
      {children}
    </Text>
  );
}

/** Duration over time with deployment markers, and the status distribution. Loaded as its own chunk. */
export function ExecutionCharts(props: ExecutionChartsProps) {
  const { model, shown, totalInRange, counts, countsIgnoreType, onSelectRange, onOpenExecution } = props;
  const { markers } = model;
  const { timeZone } = useTimeZone();
  const summary = durationSummary(model.stats, markers.length, timeZone) + (model.dense ? DENSE_NOTE : '');

  return (
    <div className={styles.charts}>
      <figure
        className={styles.figure}
        aria-labelledby="duration-chart-caption"
        aria-describedby="duration-chart-summary"
      >
        <Text id="duration-chart-caption" variant="subtitle2" as="figcaption">
          Duration over time
          {totalInRange === undefined
            ? ''
            : ` (newest ${formatNumber(shown)} of ${formatNumber(totalInRange)} in range)`}{' '}
          — drag across the chart to filter by that time; click a point to open it
        </Text>
        <DurationChart
          model={model}
          timeZone={timeZone}
          onSelectRange={onSelectRange}
          onOpenExecution={onOpenExecution}
        />
        <ChartSummary id="duration-chart-summary">{summary}</ChartSummary>
        {markers.length > 0 && (
          <ul aria-label="Deployments in this range" className={classNames(text.caption, styles.deployments)}>
            {markers.map((marker) => (
              <li key={`${marker.at}-${marker.jobVersion}-${marker.vdkVersion}`}>
                <Time value={marker.at} seconds={false} />: job version{' '}
                {versionChange(marker.previousJobVersion, marker.jobVersion, shortVersion)}, VDK{' '}
                {versionChange(marker.previousVdkVersion, marker.vdkVersion)}
                {marker.deployedBy ? `, deployed by ${marker.deployedBy}` : ''}
              </li>
            ))}
          </ul>
        )}
      </figure>
      <figure className={styles.figure} aria-labelledby="status-chart-caption" aria-describedby="status-chart-summary">
        <Text id="status-chart-caption" variant="subtitle2" as="figcaption">
          Status distribution{countsIgnoreType ? ' (all types)' : ''}
        </Text>
        <StatusDistribution counts={counts} />
        <ChartSummary id="status-chart-summary">{statusSummary(counts)}</ChartSummary>
      </figure>
    </div>
  );
}

export default ExecutionCharts;
