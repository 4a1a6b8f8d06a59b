import type { ReactNode } from 'react';
import { classNames } from './class-names';
import styles from './toggle-buttons.module.css';

interface ButtonGroupProps {
  /** Names the group for assistive technology ("Levels shown"). */
  label: string;
  children: ReactNode;
  className?: string;
}

/**
 * Buttons joined into one, as ToggleButtons draws them, for buttons that are pressed each on its own (several of a
 * few, MUI's non-exclusive ToggleButtonGroup). Apart from ToggleButtons: the landing routes that draw those do not
 * carry this.
 */
export function ButtonGroup({ label, children, className }: ButtonGroupProps) {
  return (
    <div role="group" aria-label={label} className={classNames(styles.group, className)}>
      {children}
    </div>
  );
}
