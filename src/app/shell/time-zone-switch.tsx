import { useTimeZone } from '@/components/time/time-zone-context';
import { Icon } from '@/components/ui/icon';
import { ScheduleIcon } from '@/components/ui/icons';
import type { TimeZonePreference } from '@/lib/preferences';
import { AppBarChoice, type Choice } from './app-bar-choice';
import styles from './app-bar-choice.module.css';

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
            <Icon icon={ScheduleIcon} fontSize="small" className={styles.leadingIcon} />
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
