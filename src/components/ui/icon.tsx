import type { ComponentProps } from 'react';
import styles from './icon.module.css';
import type { IconShape } from './icons';

export type IconColor = 'inherit' | 'action' | 'disabled' | 'error' | 'warning' | 'info' | 'success';

interface IconProps extends Omit<ComponentProps<'svg'>, 'color'> {
  icon: IconShape;
  /** `medium` is 24px; `inherit` follows the text around it. */
  fontSize?: 'inherit' | 'small' | 'medium';
  color?: IconColor;
  /** Names the icon for assistive technology; without it the icon is decoration, hidden from it. */
  titleAccess?: string;
}

/** A Material icon (./icons/) drawn as MUI's SvgIcon draws it, as a plain <svg>. */
export function Icon({ icon, fontSize = 'medium', color = 'inherit', titleAccess, className, ...props }: IconProps) {
  const classes = [
    styles.icon,
    fontSize !== 'medium' && styles[fontSize],
    color !== 'inherit' && styles[color],
    className,
  ];
  return (
    <svg
      className={classes.filter(Boolean).join(' ')}
      focusable="false"
      aria-hidden={titleAccess ? undefined : true}
      role={titleAccess ? 'img' : undefined}
      viewBox="0 0 24 24"
      data-testid={`${icon.name}Icon`}
      {...props}
    >
      {titleAccess ? <title>{titleAccess}</title> : null}
      <path d={icon.path} />
    </svg>
  );
}
