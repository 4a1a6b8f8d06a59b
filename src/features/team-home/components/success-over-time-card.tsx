import { memo, useMemo } from 'react';
import { RouterLink } from '@/components/routing/router-link';
import { useTimeZone } from '@/components/time/time-zone-context';
import { classNames } from '@/components/ui/class-names';
import { Text } from '@/components/ui/text';
import { TextLink } from '@/components/ui/text-link';
import { ToggleButtons, type ToggleOption } from '@/components/ui/toggle-buttons';
import type { CardState } from '../model/card-state';
import type { OutcomeBar, SuccessOverTime } from '../hooks/use-success-over-time';
import { FINISHED_STATUSES, OUTCOMES, successRate, sumOutcomes, totalOf } from '../model/outcomes';
import type { HomeLinks } from '../model/home-links';
import type { ChartSpan } from '../model/chart-span';
import { bucketBounds } from '../model/time-buckets';
import { formatNumber } from '@/lib/words';
import { CARD_TITLES } from '../model/card-titles';
import { HomeCard } from './home-card';
import look from './outcome-look.module.css';
import { OutcomeSwatch } from './outcome-swatch';
import styles from './success-over-time-card.module.css';

interface SuccessOverTimeCardProps {
  state: CardState<SuccessOverTime>;
  span: ChartSpan;
  onSpanChange: (span: ChartSpan) => void;
  links: HomeLinks;
}

const SPAN_LABELS: Record<ChartSpan, string> = { '24h': 'Last 24 hours', '7d': 'Last 7 days' };
const SPAN_OPTIONS: ToggleOption<ChartSpan>[] = [
  { value: '24h', label: '24 h' },
  { value: '7d', label: '7 days' },
];

/**
 * Finished runs per hour or day by final status, the success rate, and every segment a link to its runs. The bars
 * fill as their counts arrive, newest first; the totals and the rate wait for every count. Memoized, as each bar:
 * an answer draws again the bars whose counts changed.
 */
export const SuccessOverTimeCard = memo(function SuccessOverTimeCard({
  state,
  span,
  onSpanChange,
  links,
}: SuccessOverTimeCardProps) {
  const { timeZone } = useTimeZone();
  const label = useMemo(
    () =>
      new Intl.DateTimeFormat(
        'en-GB',
        span === '24h'
          ? { hour: '2-digit', minute: '2-digit', timeZone }
          : { weekday: 'short', day: 'numeric', month: 'short', timeZone },
      ),
    [span, timeZone],
  );
  const switcher = (
    <ToggleButtons label="Span of the chart" options={SPAN_OPTIONS} value={span} onChange={onSpanChange} size="small" />
  );
  return (
    <HomeCard
      title={CARD_TITLES.successOverTime}
      action={switcher}
      state={state}
      isBusy={state.data !== undefined && state.data.counted < state.data.cells}
    >
      {({ bars, counted, cells }) => {
        const sum = sumOutcomes(bars);
        const finished = totalOf(sum);
        const rate = successRate(sum);
        const highest = Math.max(1, ...bars.map((bar) => totalOf(bar.counts)));
        const preset = span;
        return (
          <>
            {counted < cells ? (
              <Text variant="body2" id={`success-summary-${span}`} role="status">
                {SPAN_LABELS[span]}: counting finished runs, newest first… {formatNumber(counted)} of{' '}
                {formatNumber(cells)} counts.
              </Text>
            ) : (
              <Text variant="body2" id={`success-summary-${span}`}>
                {SPAN_LABELS[span]}:{' '}
                <TextLink to={links.runs({ preset, status: FINISHED_STATUSES })}>
                  {formatNumber(finished)} finished {finished === 1 ? 'run' : 'runs'}
                </TextLink>
                {rate ? `, ${rate} succeeded` : ', none passed or failed'}
                {OUTCOMES.filter(({ key }) => sum[key] > 0).map(({ key, label: outcome, statuses }) => (
                  <span key={key}>
                    {' · '}
                    <TextLink to={links.runs({ preset, status: statuses })}>
                      {formatNumber(sum[key])} {outcome.toLowerCase()}
                    </TextLink>
                  </span>
                ))}
                .
              </Text>
            )}
            <div
              role="group"
              aria-label={`Finished runs per ${span === '24h' ? 'hour' : 'day'}, ${SPAN_LABELS[span].toLowerCase()}`}
              aria-describedby={`success-summary-${span}`}
              className={styles.chart}
            >
              {bars.map((bar) => (
                <OutcomeBarView key={bar.start.getTime()} bar={bar} highest={highest} label={label} links={links} />
              ))}
            </div>
            <Text as="div" variant="caption" color="text.secondary" className={styles.axis}>
              <span>{label.format(bars[0]!.start)}</span>
              <span>{label.format(bars[bars.length - 1]!.start)}</span>
            </Text>
            <ul aria-label="Legend" className={styles.legend}>
              {OUTCOMES.map(({ key, label: outcome }) => (
                <Text as="li" key={key} variant="caption" className={styles.legendItem}>
                  <OutcomeSwatch outcome={key} />
                  {outcome}
                </Text>
              ))}
            </ul>
          </>
        );
      }}
    </HomeCard>
  );
});

interface OutcomeBarViewProps {
  bar: OutcomeBar;
  /** The tallest bar's total: the full height. */
  highest: number;
  label: Intl.DateTimeFormat;
  links: HomeLinks;
}

/** One hour's or day's bar, a link per outcome with runs in it. */
const OutcomeBarView = memo(function OutcomeBarView({ bar, highest, label, links }: OutcomeBarViewProps) {
  const { from, to } = bucketBounds(bar);
  const when = label.format(bar.start);
  return (
    <div className={styles.bar}>
      {OUTCOMES.filter(({ key }) => bar.counts[key] > 0).map(({ key, label: outcome, statuses }) => (
        <RouterLink
          key={key}
          to={links.runs({ from, to, status: statuses })}
          aria-label={`${when}: ${formatNumber(bar.counts[key])} ${outcome.toLowerCase()}`}
          title={`${when}: ${formatNumber(bar.counts[key])} ${outcome.toLowerCase()}`}
          className={classNames(styles.segment, look[key])}
          style={{ height: `${(100 * bar.counts[key]) / highest}%` }}
        />
      ))}
    </div>
  );
});
