import type { ComponentProps, ReactNode } from 'react';
import { RouterLink, type RouterLinkProps } from '@/components/routing/router-link';
import styles from './button.module.css';
import { classNames, FOCUS_RING } from './class-names';

export interface ButtonLookProps {
  /** `text` (default), `outlined` or `contained`, as MUI's Button. */
  variant?: 'text' | 'outlined' | 'contained';
  size?: 'small' | 'medium';
  /** `inherit` takes the colour of the text around it (in an alert, on the top bar). */
  color?: 'primary' | 'inherit';
  fullWidth?: boolean;
  /** An <Icon> before or after the label; the label names the button. */
  startIcon?: ReactNode;
  endIcon?: ReactNode;
}

function buttonClassName(
  { variant = 'text', size = 'medium', color = 'primary', fullWidth = false }: ButtonLookProps,
  className?: string,
): string {
  return classNames(
    styles.button,
    FOCUS_RING,
    styles[variant],
    styles[color],
    size === 'small' && styles.small,
    fullWidth && styles.fullWidth,
    className,
  );
}

function ButtonContent({
  startIcon,
  endIcon,
  children,
}: Pick<ButtonLookProps, 'startIcon' | 'endIcon'> & { children?: ReactNode }) {
  return (
    <>
      {startIcon ? <span className={styles.startIcon}>{startIcon}</span> : null}
      {children}
      {endIcon ? <span className={styles.endIcon}>{endIcon}</span> : null}
    </>
  );
}

type ButtonProps = ButtonLookProps & ComponentProps<'button'>;

/** A button that looks like MUI's Button, without MUI: a real <button> (type="button" unless told). */
export function Button({
  variant,
  size,
  color,
  fullWidth,
  startIcon,
  endIcon,
  className,
  type = 'button',
  children,
  ...props
}: ButtonProps) {
  return (
    <button type={type} className={buttonClassName({ variant, size, color, fullWidth }, className)} {...props}>
      <ButtonContent startIcon={startIcon} endIcon={endIcon}>
        {children}
      </ButtonContent>
    </button>
  );
}

type LinkButtonProps = ButtonLookProps & RouterLinkProps;

/** A link to a route of the app that looks like a Button: it navigates, so it is a link (`<a href>`) for everyone. */
export function LinkButton({
  variant,
  size,
  color,
  fullWidth,
  startIcon,
  endIcon,
  className,
  children,
  ...props
}: LinkButtonProps) {
  return (
    <RouterLink className={buttonClassName({ variant, size, color, fullWidth }, className)} {...props}>
      <ButtonContent startIcon={startIcon} endIcon={endIcon}>
        {children}
      </ButtonContent>
    </RouterLink>
  );
}
