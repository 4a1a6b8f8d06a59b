import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ButtonGroup from '@mui/material/ButtonGroup';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { RouterLink } from '@/components/routing/router-link';
import { useTimeZone } from '@/components/time/time-zone-context';
import type { CardState } from '../model/card-state';
import type { OutcomeBar } from '../hooks/use-success-over-time';
import { FINISHED_STATUSES, OUTCOMES, successRate, sumOutcomes, totalOf } from '../model/outcomes';
import type { HomeLinks } from '../model/home-links';
import type { ChartSpan } from '../model/chart-span';
import { bucketBounds } from '../model/time-buckets';
import { formatNumber } from '@/lib/words';
import { CARD_TITLES } from '../model/card-titles';
import { HomeCard } from './home-card';
import { OUTCOME_LOOK } from './outcome-look';
import { OutcomeSwatch } from './outcome-swatch';

interface SuccessOverTimeCardProps {
  state: CardState<OutcomeBar[]>;
  span: ChartSpan;
  onSpanChange: (span: ChartSpan) => void;
  links: HomeLinks;
}

const SPAN_LABELS: Record<ChartSpan, string> = { '24h': 'Last 24 hours', '7d': 'Last 7 days' };
const CHART_HEIGHT = 120;

/** Finished runs per hour or day by final status, the success rate, and every segment a link to its runs. */
export function SuccessOverTimeCard({ state, span, onSpanChange, links }: SuccessOverTimeCardProps) {
  const { timeZone } = useTimeZone();
  const label = new Intl.DateTimeFormat(
    'en-GB',
    span === '24h'
      ? { hour: '2-digit', minute: '2-digit', timeZone }
      : { weekday: 'short', day: 'numeric', month: 'short', timeZone },
  );
  const switcher = (
    <ButtonGroup size="small" aria-label="Span of the chart">
      {(Object.keys(SPAN_LABELS) as ChartSpan[]).map((option) => (
        <Button
          key={option}
          aria-pressed={option === span}
          variant={option === span ? 'contained' : 'outlined'}
          onClick={() => onSpanChange(option)}
        >
          {option === '24h' ? '24 h' : '7 days'}
        </Button>
      ))}
    </ButtonGroup>
  );
  return (
    <HomeCard title={CARD_TITLES.successOverTime} action={switcher} state={state}>
      {(bars) => {
        const sum = sumOutcomes(bars);
        const finished = totalOf(sum);
        const rate = successRate(sum);
        const highest = Math.max(1, ...bars.map((bar) => totalOf(bar.counts)));
        const preset = span;
        return (
          <>
            <Typography variant="body2" id={`success-summary-${span}`}>
              {SPAN_LABELS[span]}:{' '}
              <Link component={RouterLink} to={links.runs({ preset, status: FINISHED_STATUSES })}>
                {formatNumber(finished)} finished {finished === 1 ? 'run' : 'runs'}
              </Link>
              {rate ? `, ${rate} succeeded` : ', none passed or failed'}
              {OUTCOMES.filter(({ key }) => sum[key] > 0).map(({ key, label: outcome, statuses }) => (
                <span key={key}>
                  {' · '}
                  <Link component={RouterLink} to={links.runs({ preset, status: statuses })}>
                    {formatNumber(sum[key])} {outcome.toLowerCase()}
                  </Link>
                </span>
              ))}
              .
            </Typography>
            <Box
              role="group"
              aria-label={`Finished runs per ${span === '24h' ? 'hour' : 'day'}, ${SPAN_LABELS[span].toLowerCase()}`}
              aria-describedby={`success-summary-${span}`}
              sx={{
                display: 'flex',
                alignItems: 'flex-end',
                gap: '2px',
                height: CHART_HEIGHT,
                borderBottom: 1,
                borderColor: 'divider',
              }}
            >
              {bars.map((bar) => {
                const { from, to } = bucketBounds(bar);
                const when = label.format(bar.start);
                return (
                  <Box
                    key={from}
                    sx={{ flex: 1, minWidth: 0, height: '100%', display: 'flex', flexDirection: 'column-reverse' }}
                  >
                    {OUTCOMES.filter(({ key }) => bar.counts[key] > 0).map(({ key, label: outcome, statuses }) => (
                      <Box
                        key={key}
                        component={RouterLink}
                        to={links.runs({ from, to, status: statuses })}
                        aria-label={`${when}: ${formatNumber(bar.counts[key])} ${outcome.toLowerCase()}`}
                        title={`${when}: ${formatNumber(bar.counts[key])} ${outcome.toLowerCase()}`}
                        sx={{
                          display: 'block',
                          height: `${(100 * bar.counts[key]) / highest}%`,
                          minHeight: 3,
                          ...OUTCOME_LOOK[key],
                          '&:hover, &:focus-visible': {
                            filter: 'brightness(1.2)',
                            outline: 2,
                            outlineColor: 'text.primary',
                          },
                        }}
                      />
                    ))}
                  </Box>
                );
              })}
            </Box>
            <Box
              sx={{ display: 'flex', justifyContent: 'space-between', typography: 'caption', color: 'text.secondary' }}
            >
              <span>{label.format(bars[0]!.start)}</span>
              <span>{label.format(bars[bars.length - 1]!.start)}</span>
            </Box>
            <Box
              component="ul"
              aria-label="Legend"
              sx={{ listStyle: 'none', m: 0, p: 0, display: 'flex', flexWrap: 'wrap', gap: 2 }}
            >
              {OUTCOMES.map(({ key, label: outcome }) => (
                <Box
                  component="li"
                  key={key}
                  sx={{ display: 'flex', alignItems: 'center', gap: 0.5, typography: 'caption' }}
                >
                  <OutcomeSwatch outcome={key} />
                  {outcome}
                </Box>
              ))}
            </Box>
          </>
        );
      }}
    </HomeCard>
  );
}
