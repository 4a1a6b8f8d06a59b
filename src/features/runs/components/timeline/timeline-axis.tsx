import Box from '@mui/material/Box';
import { formatDateTime } from '@/lib/time';
import { axisTicks, fractionOf, type TimeWindow } from '../../model/timeline-window';

interface TimelineAxisProps {
  window: TimeWindow;
  now: number;
  timeZone: string;
  labelWidth: number;
}

/** Round times along the top of the lanes, in the chosen zone; the date is shown where it changes. */
export function TimelineAxis({ window, now, timeZone, labelWidth }: TimelineAxisProps) {
  const labels = axisTicks(window).map((at) => {
    const [day = '', time = ''] = (formatDateTime(at, timeZone, { seconds: false, zone: false }) ?? '').split(' ');
    return { at, day, time };
  });
  return (
    <Box
      sx={{
        display: 'flex',
        height: 36,
        borderBottom: 1,
        borderColor: 'divider',
      }}
      aria-hidden
    >
      <Box
        sx={{
          width: labelWidth,
          flexShrink: 0,
          px: 1,
          display: 'flex',
          alignItems: 'center',
          typography: 'caption',
        }}
      >
        Job
      </Box>
      <Box sx={{ position: 'relative', flexGrow: 1, overflow: 'hidden' }}>
        {labels.map(({ at, day, time }, index) => {
          const showDay = day !== labels[index - 1]?.day;
          const left = fractionOf(at, window);
          return (
            <Box
              key={at}
              sx={{
                position: 'absolute',
                left: `${left * 100}%`,
                top: 0,
                bottom: 0,
                borderLeft: 1,
                borderColor: 'divider',
                pl: 0.5,
                typography: 'caption',
                lineHeight: 1.3,
                whiteSpace: 'nowrap',
                // The last labels would be cut at the right edge: they hang to the left of their line instead.
                ...(left > 0.9
                  ? {
                      transform: 'translateX(-100%)',
                      pl: 0,
                      pr: 0.5,
                      borderLeft: 0,
                      borderRight: 1,
                    }
                  : {}),
              }}
            >
              <div>{time}</div>
              {showDay && <Box sx={{ color: 'text.secondary' }}>{day}</Box>}
            </Box>
          );
        })}
        {fractionOf(now, window) >= 0 && fractionOf(now, window) <= 1 && (
          <Box
            sx={{
              position: 'absolute',
              left: `${fractionOf(now, window) * 100}%`,
              bottom: 0,
              transform: 'translateX(-50%)',
              px: 0.5,
              borderRadius: 0.5,
              bgcolor: 'primary.main',
              color: 'primary.contrastText',
              typography: 'caption',
              lineHeight: 1.4,
            }}
          >
            now
          </Box>
        )}
      </Box>
    </Box>
  );
}
