import type { ReactNode } from 'react';
import { Button } from './button';
import { classNames } from './class-names';
import styles from './toggle-buttons.module.css';

export interface ToggleOption<T extends string> {
  value: T;
  /** What the button shows. */
  label: ReactNode;
  /** Its accessible name when the label is short for it ("7d" for "last 7 days"). */
  name?: string;
}

interface ToggleButtonsProps<T extends string> {
  /** Names the group for assistive technology ("Window"). */
  label: string;
  options: readonly ToggleOption<T>[];
  value: T;
  onChange: (value: T) => void;
  size?: 'small' | 'medium';
  /** The group's own class, for a page that adjusts its buttons (`.group > button`). */
  className?: string;
}

/**
 * One choice of a few, as buttons joined into one (MUI's exclusive ToggleButtonGroup): the chosen one is pressed
 * (`aria-pressed`) and filled, so it shows without colour too.
 */
export function ToggleButtons<T extends string>({
  label,
  options,
  value,
  onChange,
  size,
  className,
}: ToggleButtonsProps<T>) {
  return (
    <div role="group" aria-label={label} className={classNames(styles.group, className)}>
      {options.map((option) => {
        const isPressed = option.value === value;
        return (
          <Button
            key={option.value}
            size={size}
            variant={isPressed ? 'contained' : 'outlined'}
            aria-pressed={isPressed}
            aria-label={option.name}
            onClick={() => onChange(option.value)}
          >
            {option.label}
          </Button>
        );
      })}
    </div>
  );
}
