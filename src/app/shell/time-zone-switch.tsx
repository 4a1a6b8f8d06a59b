import ScheduleIcon from '@mui/icons-material/Schedule';
import { useTimeZone } from '@/components/time/time-zone-context';
import type { TimeZonePreference } from '@/lib/preferences';
import { AppBarChoice, type Choice } from './app-bar-choice';

/** UTC or the browser's zone, for every timestamp in the app. */
export function TimeZoneSwitch() {
  const { preference, setPreference, localTimeZone: local } = useTimeZone();
  const choices: Choice<TimeZonePreference>[] = [
    { value: 'UTC', label: 'UTC' },
    { value: 'local', label: `Local (${local})` },
  ];
  const current = preference === 'UTC' ? 'UTC' : 'Local';
  return (
    <AppBarChoice
      label={`Time zone: ${preference === 'UTC' ? 'UTC' : `local (${local})`}`}
      display={{
        text: (
          <>
            <ScheduleIcon fontSize="small" sx={{ mr: 0.5 }} />
            {current}
          </>
        ),
      }}
      choices={choices}
      value={preference}
      onChange={setPreference}
    />
  );
}
