import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Tooltip from '@mui/material/Tooltip';
import { useTimeZone } from '@/components/time/time-zone-context';
import { browserTimeZone } from '@/lib/time';

/** UTC or the browser's zone, for every timestamp in the app. */
export function TimeZoneSwitch() {
  const { preference, setPreference } = useTimeZone();
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={preference}
      aria-label="Time zone"
      onChange={(_event, next: 'local' | 'UTC' | null) => {
        if (next) setPreference(next);
      }}
      sx={{ '& .MuiToggleButton-root': { color: 'inherit', borderColor: 'currentColor', py: 0.25 } }}
    >
      <ToggleButton value="UTC">UTC</ToggleButton>
      <Tooltip title={`Your browser’s time zone (${browserTimeZone()})`}>
        <ToggleButton value="local">Local</ToggleButton>
      </Tooltip>
    </ToggleButtonGroup>
  );
}
