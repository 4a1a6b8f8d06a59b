import Box from '@mui/material/Box';
import type { Theme } from '@mui/material/styles';
import type { SystemStyleObject } from '@mui/system';
import { fractionOf, type TimeWindow } from '../../model/timeline-window';
import { LABEL_WIDTH } from './timeline-lane';

/** A strip down every lane's track, from `start` to `end` (fractions of the window), over the runs. */
export function TrackOverlay({
  start,
  end = start,
  sx,
}: {
  start: number;
  end?: number;
  sx: SystemStyleObject<Theme>;
}) {
  return (
    <Box
      aria-hidden
      sx={[
        {
          position: 'absolute',
          top: 0,
          bottom: 0,
          left: `calc(${LABEL_WIDTH}px + (100% - ${LABEL_WIDTH}px) * ${start})`,
          width: `calc((100% - ${LABEL_WIDTH}px) * ${end - start})`,
          pointerEvents: 'none',
          zIndex: 3,
        },
        sx,
      ]}
    />
  );
}

/** A line down the lanes at the service's now, when now is in the window. */
export function NowLine({ window, now }: { window: TimeWindow; now: number }) {
  const at = fractionOf(now, window);
  if (at < 0 || at > 1) return null;
  return <TrackOverlay start={at} sx={{ borderLeft: 2, borderColor: 'primary.main' }} />;
}
