import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { type ReactNode, useId, useState } from 'react';

export interface Choice<T extends string> {
  value: T;
  label: string;
  icon?: ReactNode;
}

interface ChoiceMenuProps<T extends string> {
  /** Accessible name of the button, naming the current choice: "Theme: Dark". */
  label: string;
  /** What the button shows: text (a Button) or an icon (an IconButton). */
  display: { text: ReactNode } | { icon: ReactNode };
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
}

/** An app-bar button that opens a single-choice menu (`menuitemradio`). */
export function ChoiceMenu<T extends string>({ label, display, choices, value, onChange }: ChoiceMenuProps<T>) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const buttonProps = {
    color: 'inherit' as const,
    'aria-label': label,
    title: label,
    'aria-haspopup': 'menu' as const,
    'aria-controls': anchor ? menuId : undefined,
    'aria-expanded': anchor ? ('true' as const) : undefined,
    onClick: (event: React.MouseEvent<HTMLElement>) => setAnchor(event.currentTarget),
  };
  return (
    <>
      {'icon' in display ? (
        <IconButton {...buttonProps}>{display.icon}</IconButton>
      ) : (
        <Button {...buttonProps} sx={{ textTransform: 'none' }}>
          {display.text}
        </Button>
      )}
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {choices.map((choice) => (
          <MenuItem
            key={choice.value}
            role="menuitemradio"
            aria-checked={choice.value === value}
            selected={choice.value === value}
            onClick={() => {
              setAnchor(null);
              onChange(choice.value);
            }}
            sx={{ gap: 1 }}
          >
            {choice.icon}
            {choice.label}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
