import { useTheme } from '@mui/material/styles';
import { BarChart } from '@mui/x-charts/BarChart';
import { executionStatusLabel, type ExecutionStatus } from '@/lib/execution-status';
import { statusColor } from '@/components/execution/status-colors';

interface StatusDistributionProps {
  counts: { status: ExecutionStatus; count: number }[];
}

/** How many executions ended (or are) in each status; the axis names each bar, so colour is a bonus. */
export function StatusDistribution({ counts }: StatusDistributionProps) {
  const theme = useTheme();
  const labels = counts.map(({ status }) => executionStatusLabel(status));
  return (
    <BarChart
      height={Math.max(140, 34 * counts.length + 40)}
      layout="horizontal"
      hideLegend
      // Room for the count printed after the longest bar.
      margin={{ right: 40 }}
      series={[
        {
          data: counts.map(({ count }) => count),
          label: 'Executions',
          barLabel: 'value',
          barLabelPlacement: 'outside',
        },
      ]}
      yAxis={[
        {
          scaleType: 'band',
          data: labels,
          width: 110,
          colorMap: {
            type: 'ordinal',
            values: labels,
            colors: counts.map(({ status }) => statusColor(theme, status)),
          },
        },
      ]}
      xAxis={[{ tickMinStep: 1 }]}
    />
  );
}
