import DarkModeIcon from '@mui/icons-material/DarkMode';
import LightModeIcon from '@mui/icons-material/LightMode';
import SettingsBrightnessIcon from '@mui/icons-material/SettingsBrightness';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Tooltip from '@mui/material/Tooltip';
import { useId, useState } from 'react';
import type { ThemePreference } from '@/lib/preferences';
import { useThemeMode } from '../theme/theme-mode-context';

interface ThemeChoice {
  value: ThemePreference;
  label: string;
  icon: typeof LightModeIcon;
}

const SYSTEM: ThemeChoice = { value: 'system', label: 'Same as system', icon: SettingsBrightnessIcon };
const CHOICES: ThemeChoice[] = [
  { value: 'light', label: 'Light', icon: LightModeIcon },
  { value: 'dark', label: 'Dark', icon: DarkModeIcon },
  SYSTEM,
];

export function ThemeSwitch() {
  const { preference, setPreference } = useThemeMode();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const current = CHOICES.find((choice) => choice.value === preference) ?? SYSTEM;
  const CurrentIcon = current.icon;
  const label = `Theme: ${current.label}`;

  return (
    <>
      <Tooltip title={label}>
        <IconButton
          color="inherit"
          aria-label={label}
          aria-haspopup="menu"
          aria-controls={anchor ? menuId : undefined}
          aria-expanded={anchor ? 'true' : undefined}
          onClick={(event) => setAnchor(event.currentTarget)}
        >
          <CurrentIcon />
        </IconButton>
      </Tooltip>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {CHOICES.map(({ value, label: choiceLabel, icon: Icon }) => (
          <MenuItem
            key={value}
            role="menuitemradio"
            aria-checked={value === preference}
            selected={value === preference}
            onClick={() => {
              setPreference(value);
              setAnchor(null);
            }}
          >
            <Icon fontSize="small" sx={{ mr: 1 }} />
            {choiceLabel}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
