import type { ComponentProps } from 'react';
import { classNames, FOCUS_RING } from './class-names';
import styles from './icon-button.module.css';

interface IconButtonProps extends Omit<ComponentProps<'button'>, 'aria-label' | 'color'> {
  /** What the button does, for assistive technology (its accessible name): an icon alone says nothing. */
  label: string;
  size?: 'small' | 'medium';
  /** `default`: the theme's icon grey; `inherit`: the text colour around it. */
  color?: 'default' | 'inherit';
  /** Pulls the button into the padding of its container on the end side, as MUI's `edge`. */
  edge?: 'end';
}

/** A round button around an <Icon>, as MUI's IconButton draws it; a real <button> named by `label`. */
export function IconButton({
  label,
  size = 'medium',
  color = 'default',
  edge,
  className,
  type = 'button',
  children,
  ...props
}: IconButtonProps) {
  const classes = classNames(
    styles.iconButton,
    FOCUS_RING,
    color !== 'default' && styles[color],
    size === 'small' && styles.small,
    edge === 'end' && styles.edgeEnd,
    className,
  );
  return (
    <button type={type} aria-label={label} className={classes} {...props}>
      {children}
    </button>
  );
}
