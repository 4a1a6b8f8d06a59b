import DarkModeIcon from '@mui/icons-material/DarkMode';
import LightModeIcon from '@mui/icons-material/LightMode';
import SettingsBrightnessIcon from '@mui/icons-material/SettingsBrightness';
import type { ThemePreference } from '@/lib/preferences';
import { useThemeMode } from '../theme/theme-mode-context';
import { AppBarChoice, type Choice } from './app-bar-choice';

const ICONS: Record<ThemePreference, typeof LightModeIcon> = {
  light: LightModeIcon,
  dark: DarkModeIcon,
  system: SettingsBrightnessIcon,
};
const LABELS: Record<ThemePreference, string> = { light: 'Light', dark: 'Dark', system: 'Same as system' };
const CHOICES: Choice<ThemePreference>[] = (['light', 'dark', 'system'] as const).map((value) => {
  const Icon = ICONS[value];
  return { value, label: LABELS[value], icon: <Icon fontSize="small" /> };
});

export function ThemeSwitch() {
  const { preference, setPreference } = useThemeMode();
  const Icon = ICONS[preference];
  return (
    <AppBarChoice
      label={`Theme: ${LABELS[preference]}`}
      display={{ icon: <Icon /> }}
      choices={CHOICES}
      value={preference}
      onChange={setPreference}
    />
  );
}
