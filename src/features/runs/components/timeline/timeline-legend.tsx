import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import { ExecutionStatusIcon } from '@/components/execution/execution-status-chip';
import { statusColor } from '@/components/execution/status-colors';
import { EXECUTION_STATUSES, executionStatusLabel } from '@/lib/execution-status';
import type { TickKind } from '@/lib/schedule-reality';
import { TICK_GLYPHS } from './tick-glyphs';

const TICK_KINDS: TickKind[] = ['missed', 'late', 'skipped', 'upcoming', 'ran'];

/** What the bars' colours and shapes and the tick marks mean, in words. */
export function TimelineLegend() {
  return (
    <Stack
      component="ul"
      aria-label="Legend"
      direction="row"
      useFlexGap
      spacing={1.5}
      sx={{
        flexWrap: 'wrap',
        listStyle: 'none',
        p: 0,
        m: 0,
        typography: 'caption',
        color: 'text.secondary',
      }}
    >
      {EXECUTION_STATUSES.map((status) => (
        <Box component="li" key={status} sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
          <Box
            aria-hidden
            sx={{
              width: 14,
              height: 10,
              borderRadius: 0.5,
              border: 1,
              borderColor: statusColor(status),
            }}
          />
          <ExecutionStatusIcon status={status} fontSize="inherit" />
          {executionStatusLabel(status)}
        </Box>
      ))}
      {TICK_KINDS.map((kind) => {
        const { Icon, color, label } = TICK_GLYPHS[kind];
        return (
          <Box component="li" key={kind} sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
            <Icon aria-hidden sx={{ fontSize: 14, color }} />
            {label}
          </Box>
        );
      })}
    </Stack>
  );
}
