import { Icon } from '@/components/ui/icon';
import { DarkModeIcon, type IconShape, LightModeIcon, SettingsBrightnessIcon } from '@/components/ui/icons';
import type { ThemePreference } from '@/lib/preferences';
import { useThemeMode } from '@/components/theme/theme-mode-context';
import { AppBarChoice, type Choice } from './app-bar-choice';

const ICONS: Record<ThemePreference, IconShape> = {
  light: LightModeIcon,
  dark: DarkModeIcon,
  system: SettingsBrightnessIcon,
};
const LABELS: Record<ThemePreference, string> = { light: 'Light', dark: 'Dark', system: 'Same as system' };
const CHOICES: Choice<ThemePreference>[] = (['light', 'dark', 'system'] as const).map((value) => ({
  value,
  label: LABELS[value],
  icon: <Icon icon={ICONS[value]} fontSize="small" />,
}));

export function ThemeSwitch() {
  const { preference, setPreference } = useThemeMode();
  return (
    <AppBarChoice
      label={`Theme: ${LABELS[preference]}`}
      display={{ icon: <Icon icon={ICONS[preference]} /> }}
      choices={CHOICES}
      value={preference}
      onChange={setPreference}
    />
  );
}
